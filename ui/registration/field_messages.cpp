#include "field_messages.h"

#include "registration_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kith::ui {

QLabel* makeMessageLabel(QWidget* parent) {
    auto* message = new QLabel(parent);
    message->setObjectName(QStringLiteral("fieldMessage"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #a4001d;"));
    message->setVisible(false);
    return message;
}

QLabel* FieldMessages::add(QFormLayout* form, const QString& label, QWidget* editor,
                           const QString& path) {
    auto* cell = new QWidget(form->parentWidget());
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    QLabel* message = makeMessageLabel(cell);
    column->addWidget(message);
    auto* caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(editor);
    form->addRow(caption, cell);
    return addMessageFor(editor, message, path);
}

QLabel* FieldMessages::addMessageFor(QWidget* editor, QLabel* message, const QString& path) {
    m_entries.append({editor, message, path, false});
    // Leaving a field (or choosing from a list) is when its message may show.
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        QObject::connect(line, &QLineEdit::editingFinished, line, [this, line] { touch(line); });
    return message;
}

void FieldMessages::setPath(QWidget* editor, const QString& path) {
    for (Entry& entry : m_entries) {
        if (entry.editor == editor)
            entry.path = path;
    }
}

void FieldMessages::touch(QWidget* editor) {
    for (Entry& entry : m_entries) {
        if (entry.editor == editor)
            entry.touched = true;
    }
}

void FieldMessages::touchAll() {
    for (Entry& entry : m_entries)
        entry.touched = true;
}

void FieldMessages::untouchAll() {
    for (Entry& entry : m_entries)
        entry.touched = false;
}

void FieldMessages::refresh(const RegistrationForm& form) {
    for (const Entry& entry : std::as_const(m_entries)) {
        const QString text = entry.touched ? form.messagesFor(entry.path).join(u'\n') : QString();
        entry.message->setText(text);
        entry.message->setVisible(!text.isEmpty() &&
                                  entry.editor->isVisibleTo(entry.editor->window()));
        entry.editor->setAccessibleDescription(text);
    }
}

QWidget* FieldMessages::firstProblem(const RegistrationForm& form) const {
    for (const Entry& entry : m_entries) {
        if (entry.editor->isEnabled() && !form.messagesFor(entry.path).isEmpty())
            return entry.editor;
    }
    return nullptr;
}

} // namespace kith::ui
