#include "assessment/section_editor.h"

#include "assessment/field_editor.h"
#include "assessment/repeating_editor.h"
#include "assessment/shared_section_view.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kith::ui {

using namespace assessment;

namespace {

QLabel* text(const QString& words, QWidget* parent) {
    auto* label = new QLabel(words, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SectionEditor::SectionEditor(const Inputs& inputs, QWidget* parent)
    : QWidget(parent)
    , m_key(inputs.section.key) {
    const SectionDefinition& section = inputs.section;
    setObjectName(QStringLiteral("section:") + section.key);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 16);
    outer->setSpacing(16);
    auto* content = new QVBoxLayout;
    content->setSpacing(6);
    outer->addLayout(content, 3);

    auto* title = text(section.title, this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    QFont big = title->font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    content->addWidget(title);
    if (!section.help.isEmpty()) {
        auto* help = text(section.help, this);
        help->setObjectName(QStringLiteral("sectionHelp"));
        content->addWidget(help);
    }
    if (section.kind != SectionKind::Fields) {
        auto* shared = new SharedSectionView(section.kind, inputs.familyId, inputs.family,
                                             inputs.session, this);
        connect(shared, &SharedSectionView::openTab, this, &SectionEditor::openTab);
        content->addWidget(shared);
    }
    for (const FieldDefinition& field : section.fields) {
        if (field.kind == FieldKind::Repeating) {
            const QString path = AnswerPath::make(section.key, field.key);
            auto* repeating = new RepeatingEditor(field, section.key, inputs.family,
                                                  inputs.rows.value(path), this);
            connect(repeating, &RepeatingEditor::edited, this, &SectionEditor::edited);
            connect(repeating, &RepeatingEditor::left, this, &SectionEditor::left);
            connect(repeating, &RepeatingEditor::rowRemoved, this, &SectionEditor::rowRemoved);
            content->addWidget(repeating);
            m_repeating.append(repeating);
            continue;
        }
        auto* editor =
            new FieldEditor(field, AnswerPath::make(section.key, field.key), inputs.family, this);
        connect(editor, &FieldEditor::edited, this, &SectionEditor::edited);
        connect(editor, &FieldEditor::left, this, &SectionEditor::left);
        content->addWidget(editor);
        m_fields.append(editor);
    }
    content->addStretch(1);

    if (!section.guidanceKey.isEmpty() && inputs.form.guidance.contains(section.guidanceKey))
        outer->addWidget(guidancePanel(inputs.form.guidance.value(section.guidanceKey)), 2,
                         Qt::AlignTop);
}

// The restorative questions, as prompts for the conversation rather than boxes to fill.
QWidget* SectionEditor::guidancePanel(const QList<GuidancePrompt>& prompts) {
    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("sectionGuidance"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setBackgroundRole(QPalette::AlternateBase);
    panel->setAutoFillBackground(true);
    panel->setMaximumWidth(320);
    auto* layout = new QVBoxLayout(panel);
    auto* heading = text(tr("Questions to talk through with the family"), panel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    QStringList parts;
    for (const GuidancePrompt& prompt : prompts) {
        QString block = QStringLiteral("<p><b>%1</b>").arg(prompt.title.toHtmlEscaped());
        for (const QString& question : prompt.questions)
            block += QStringLiteral("<br>\u2022 %1").arg(question.toHtmlEscaped());
        parts.append(block + QStringLiteral("</p>"));
    }
    auto* body = text(parts.join(QString()), panel);
    body->setTextFormat(Qt::RichText);
    body->setObjectName(QStringLiteral("guidancePrompts"));
    layout->addWidget(body);
    panel->setAccessibleName(tr("Questions to talk through with the family"));
    return panel;
}

QList<FieldEditor*> SectionEditor::editors() const {
    QList<FieldEditor*> all = m_fields;
    for (RepeatingEditor* repeating : m_repeating)
        all.append(repeating->editors());
    return all;
}

FieldEditor* SectionEditor::editor(const QString& path) const {
    for (FieldEditor* found : editors()) {
        if (found->path() == path)
            return found;
    }
    return nullptr;
}

void SectionEditor::setAnswers(const Answers& answers) {
    for (FieldEditor* found : editors())
        found->setValue(answers.value(found->path()));
}

void SectionEditor::setReadOnly(bool readOnly) {
    for (FieldEditor* field : std::as_const(m_fields))
        field->setReadOnly(readOnly);
    for (RepeatingEditor* repeating : std::as_const(m_repeating))
        repeating->setReadOnly(readOnly);
}

} // namespace kith::ui
