#pragma once

#include <QList>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace kith::ui {

class RegistrationForm;

// The wizard's fields with a message line under each that says, in words, what is wrong
// with it and how to put it right. A message shows once the field has been left (or the
// clerk tried to go on), not while they are still typing.
class FieldMessages {
public:
    // Adds `editor` to `form` with `label` (which may carry a &mnemonic) and a message
    // line below it. `path` is the document field it edits, e.g. "addresses[0].postcode".
    QLabel* add(QFormLayout* form, const QString& label, QWidget* editor, const QString& path);
    // A message line for `editor` placed by the caller (for fields outside a form).
    QLabel* addMessageFor(QWidget* editor, QLabel* message, const QString& path);
    void setPath(QWidget* editor, const QString& path);

    void touch(QWidget* editor);
    void touchAll();
    void untouchAll();
    void refresh(const RegistrationForm& form);
    // The first field (in the order added) that has a problem; null when none has.
    QWidget* firstProblem(const RegistrationForm& form) const;

private:
    struct Entry {
        QWidget* editor;
        QLabel* message;
        QString path;
        bool touched = false;
    };
    QList<Entry> m_entries;
};

// A message line: small, dark red, wrapped, hidden while empty.
QLabel* makeMessageLabel(QWidget* parent);

} // namespace kith::ui
