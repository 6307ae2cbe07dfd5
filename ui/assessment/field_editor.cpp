#include "assessment/field_editor.h"

#include "assessment/assessment_model.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace kith::ui {
namespace {

using assessment::FieldKind;

QLabel* wrapped(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Dates are kept as year-month-day; a British day/month/year is read too.
QJsonValue dateValue(const QString& text) {
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate day = QDate::fromString(text, format);
        if (day.isValid())
            return day.toString(Qt::ISODate);
    }
    return text; // unreadable: the store's message says how to write it
}

QJsonValue numberValue(const QString& text, const QString& unit) {
    QString digits = text;
    if (!unit.isEmpty() && digits.endsWith(unit))
        digits.chop(unit.size());
    digits = digits.trimmed();
    bool ok = false;
    const double number = QLocale().toDouble(digits, &ok);
    if (ok)
        return number;
    const double plain = digits.toDouble(&ok);
    return ok ? QJsonValue(plain) : QJsonValue(text);
}

// A list of answers starting with "not answered", so an answer can be taken back.
QComboBox* choiceBox(const QList<std::pair<QString, QJsonValue>>& items, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(FieldEditor::tr("(not answered)"));
    for (const auto& [label, value] : items)
        box->addItem(label, value.toVariant());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

FieldEditor::FieldEditor(const assessment::FieldDefinition& field, QString path,
                         const assessment::FamilyContext& family, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_path(std::move(path)) {
    setObjectName(QStringLiteral("field:") + m_path);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(3);
    const QString title = field.required ? tr("%1 *").arg(field.label) : field.label;
    // The label is the input's buddy, so an "&" in a council's wording must not become a
    // keyboard shortcut.
    auto* label = wrapped(QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    if (field.required)
        label->setToolTip(tr("Needed before the assessment can be sent for sign-off"));
    layout->addWidget(label);
    if (!field.help.isEmpty()) {
        auto* help = wrapped(field.help, this);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }
    m_input = makeInput(family);
    m_input->setObjectName(QStringLiteral("input:") + m_path);
    m_input->setAccessibleName(field.required ? tr("%1 (required)").arg(field.label) : field.label);
    if (!field.help.isEmpty())
        m_input->setAccessibleDescription(field.help);
    m_input->installEventFilter(this);
    label->setBuddy(m_input);
    if (field.kind == FieldKind::Scale) {
        // The two ends of the scale say what the numbers mean.
        auto* row = new QHBoxLayout;
        row->addWidget(m_input);
        row->addWidget(wrapped(tr("%1 = %2, %3 = %4")
                                   .arg(field.scaleMin)
                                   .arg(field.scaleMinLabel)
                                   .arg(field.scaleMax)
                                   .arg(field.scaleMaxLabel),
                               this),
                       1);
        layout->addLayout(row);
    } else if (field.kind == FieldKind::LongText || field.kind == FieldKind::ShortText) {
        layout->addWidget(m_input);
    } else {
        auto* row = new QHBoxLayout;
        row->addWidget(m_input);
        row->addStretch(1);
        layout->addLayout(row);
    }
    m_note = wrapped({}, this);
    m_note->setObjectName(QStringLiteral("note:") + m_path);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    layout->addWidget(m_note);
    m_error = wrapped({}, this);
    m_error->setObjectName(QStringLiteral("error:") + m_path);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
}

QWidget* FieldEditor::makeInput(const assessment::FamilyContext& family) {
    switch (m_field.kind) {
    case FieldKind::LongText: {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
        edit->setMaximumHeight(fontMetrics().lineSpacing() * 9);
        connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::changed);
        return edit;
    }
    case FieldKind::ShortText:
    case FieldKind::Date:
    case FieldKind::Number: {
        auto* edit = new QLineEdit(this);
        if (m_field.kind == FieldKind::Date) {
            edit->setPlaceholderText(tr("year-month-day, e.g. 2026-11-25"));
            edit->setMaximumWidth(fontMetrics().averageCharWidth() * 34);
        } else if (m_field.kind == FieldKind::Number) {
            edit->setPlaceholderText(
                m_field.unit.isEmpty() ? tr("a number") : tr("a number, in %1").arg(m_field.unit));
            edit->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
        }
        connect(edit, &QLineEdit::textEdited, this, &FieldEditor::changed);
        return edit;
    }
    case FieldKind::Scale: {
        auto* spin = new QSpinBox(this);
        // One below the scale means "not scored yet", so a score can be taken back.
        spin->setRange(m_field.scaleMin - 1, m_field.scaleMax);
        spin->setSpecialValueText(tr("Not scored"));
        spin->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
        connect(spin, &QSpinBox::valueChanged, this, &FieldEditor::changed);
        return spin;
    }
    case FieldKind::Choice: {
        QList<std::pair<QString, QJsonValue>> items;
        for (const assessment::ChoiceOption& option : m_field.options)
            items.append({option.label, option.code});
        auto* box = choiceBox(items, this);
        connect(box, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
        return box;
    }
    case FieldKind::YesNo: {
        auto* box = choiceBox({{tr("Yes"), true}, {tr("No"), false}}, this);
        connect(box, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
        return box;
    }
    case FieldKind::PersonRef: {
        QList<std::pair<QString, QJsonValue>> items;
        for (auto it = family.names.cbegin(); it != family.names.cend(); ++it)
            items.append({it.value(), it.key()});
        std::sort(items.begin(), items.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        auto* box = choiceBox(items, this);
        connect(box, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
        return box;
    }
    case FieldKind::Repeating:
        break; // drawn by RepeatingEditor
    }
    return new QWidget(this);
}

void FieldEditor::changed() {
    if (!m_loading)
        emit edited(m_path);
}

void FieldEditor::setValue(const QJsonValue& value) {
    m_loading = true;
    const bool answered = assessment::isAnswered(value);
    if (auto* text = qobject_cast<QPlainTextEdit*>(m_input)) {
        text->setPlainText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(m_input)) {
        if (!answered)
            line->clear();
        else if (m_field.kind == FieldKind::Number)
            line->setText(QString::number(value.toDouble(), 'g', 10));
        else
            line->setText(value.toString());
    } else if (auto* spin = qobject_cast<QSpinBox*>(m_input)) {
        spin->setValue(answered ? value.toInt() : spin->minimum());
    } else if (auto* box = qobject_cast<QComboBox*>(m_input)) {
        const int index = answered ? box->findData(value.toVariant()) : 0;
        box->setCurrentIndex(std::max(index, 0));
    }
    m_loading = false;
}

QJsonValue FieldEditor::value() const {
    if (auto* text = qobject_cast<QPlainTextEdit*>(m_input)) {
        const QString typed = text->toPlainText();
        return typed.trimmed().isEmpty() ? QJsonValue() : QJsonValue(typed);
    }
    if (auto* line = qobject_cast<QLineEdit*>(m_input)) {
        const QString typed = line->text().trimmed();
        if (typed.isEmpty())
            return QJsonValue();
        if (m_field.kind == FieldKind::Date)
            return dateValue(typed);
        if (m_field.kind == FieldKind::Number)
            return numberValue(typed, m_field.unit);
        return line->text();
    }
    if (auto* spin = qobject_cast<QSpinBox*>(m_input))
        return spin->value() < m_field.scaleMin ? QJsonValue() : QJsonValue(spin->value());
    if (auto* box = qobject_cast<QComboBox*>(m_input))
        return box->currentIndex() <= 0 ? QJsonValue()
                                        : QJsonValue::fromVariant(box->currentData());
    return QJsonValue();
}

void FieldEditor::setError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_input->setAccessibleDescription(message.isEmpty() ? m_field.help : message);
}

QString FieldEditor::error() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void FieldEditor::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void FieldEditor::setReadOnly(bool readOnly) {
    if (auto* text = qobject_cast<QPlainTextEdit*>(m_input))
        text->setReadOnly(readOnly);
    else if (auto* line = qobject_cast<QLineEdit*>(m_input))
        line->setReadOnly(readOnly);
    else if (auto* spin = qobject_cast<QSpinBox*>(m_input))
        spin->setReadOnly(readOnly);
    else
        m_input->setEnabled(!readOnly);
}

bool FieldEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_input && event->type() == QEvent::FocusOut)
        emit left(m_path);
    return QWidget::eventFilter(watched, event);
}

} // namespace kith::ui
