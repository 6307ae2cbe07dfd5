#include "assessment/repeating_editor.h"

#include "assessment/field_editor.h"
#include "util/ids.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

using assessment::AnswerPath;

RepeatingEditor::RepeatingEditor(const assessment::FieldDefinition& field, QString sectionKey,
                                 const assessment::FamilyContext& family, const QStringList& rows,
                                 QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_sectionKey(std::move(sectionKey))
    , m_family(family) {
    setObjectName(QStringLiteral("repeating:") + AnswerPath::make(m_sectionKey, field.key));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    auto* title = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!field.help.isEmpty()) {
        auto* help = new QLabel(field.help, this);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }
    m_rowsLayout = new QVBoxLayout;
    layout->addLayout(m_rowsLayout);

    if (field.perChild) {
        if (family.children.isEmpty()) {
            auto* none = new QLabel(tr("There are no children in the family record yet. Add "
                                       "them on the Family tab and they appear here, one "
                                       "entry each."),
                                    this);
            none->setObjectName(QStringLiteral("noChildren"));
            none->setWordWrap(true);
            layout->addWidget(none);
        }
        for (const auto& child : family.children)
            buildRow(child.id, child.name);
        return;
    }
    for (const QString& row : rows)
        buildRow(row, {});
    m_add = new QPushButton(tr("Add another: %1").arg(field.label), this);
    m_add->setObjectName(QStringLiteral("addRow:") + AnswerPath::make(m_sectionKey, field.key));
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch(1);
    layout->addLayout(actions);
    renumber();
}

void RepeatingEditor::buildRow(const QString& rowId, const QString& title) {
    Row row;
    row.id = rowId;
    auto* box = new QGroupBox(title, this);
    box->setObjectName(QStringLiteral("row:") + rowId);
    auto* rowLayout = new QVBoxLayout(box);
    for (const assessment::FieldDefinition& sub : m_field.subfields) {
        auto* editor = new FieldEditor(
            sub, AnswerPath::make(m_sectionKey, m_field.key, rowId, sub.key), m_family, box);
        // Each row's questions are told apart by whose row it is.
        if (!title.isEmpty())
            editor->input()->setAccessibleName(tr("%1: %2").arg(title, sub.label));
        connect(editor, &FieldEditor::edited, this, &RepeatingEditor::edited);
        connect(editor, &FieldEditor::left, this, &RepeatingEditor::left);
        rowLayout->addWidget(editor);
        row.editors.append(editor);
    }
    if (!m_field.perChild) {
        row.remove = new QPushButton(tr("Remove this entry"), box);
        row.remove->setObjectName(QStringLiteral("removeRow:") + rowId);
        connect(row.remove, &QPushButton::clicked, this, [this, rowId] { removeRow(rowId); });
        auto* actions = new QHBoxLayout;
        actions->addStretch(1);
        actions->addWidget(row.remove);
        rowLayout->addLayout(actions);
        row.remove->setEnabled(!m_readOnly);
    }
    for (FieldEditor* editor : std::as_const(row.editors))
        editor->setReadOnly(m_readOnly);
    row.box = box;
    m_rowsLayout->addWidget(box);
    m_rows.append(row);
}

void RepeatingEditor::renumber() {
    if (m_field.perChild)
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QString title = tr("%1: entry %2").arg(m_field.label).arg(i + 1);
        static_cast<QGroupBox*>(m_rows[i].box)->setTitle(title);
        for (FieldEditor* editor : std::as_const(m_rows[i].editors))
            editor->input()->setAccessibleName(tr("%1: %2").arg(title, editor->field().label));
        m_rows[i].remove->setAccessibleName(tr("Remove %1").arg(title));
    }
}

QString RepeatingEditor::addRow() {
    const QString id = newId();
    buildRow(id, {});
    renumber();
    if (!m_rows.last().editors.isEmpty())
        m_rows.last().editors.first()->input()->setFocus();
    return id;
}

void RepeatingEditor::removeRow(const QString& rowId) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id != rowId)
            continue;
        QStringList paths;
        for (FieldEditor* editor : std::as_const(m_rows[i].editors))
            paths.append(editor->path());
        m_rows[i].box->deleteLater();
        m_rows[i].box->hide();
        m_rows.removeAt(i);
        renumber();
        emit rowRemoved(paths);
        return;
    }
}

QList<FieldEditor*> RepeatingEditor::editors() const {
    QList<FieldEditor*> all;
    for (const Row& row : m_rows)
        all.append(row.editors);
    return all;
}

void RepeatingEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (const Row& row : std::as_const(m_rows)) {
        for (FieldEditor* editor : row.editors)
            editor->setReadOnly(readOnly);
        if (row.remove)
            row.remove->setEnabled(!readOnly);
    }
    if (m_add)
        m_add->setEnabled(!readOnly);
}

} // namespace kith::ui
