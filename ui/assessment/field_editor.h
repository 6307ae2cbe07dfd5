#pragma once

#include "assessment/family_context.h"
#include "assessment/form_definition.h"

#include <QJsonValue>
#include <QWidget>

class QLabel;

namespace kith::ui {

// One question of an assessment form, drawn for its field kind: its label (marked when it
// must be answered), its help, the input, and a message when the last save was refused.
// It never saves: it says when the person changed it or left it, and the page saves.
// A value the store refuses stays in the input exactly as typed, with the message beside it.
class FieldEditor : public QWidget {
    Q_OBJECT

public:
    FieldEditor(const assessment::FieldDefinition& field, QString path,
                const assessment::FamilyContext& family, QWidget* parent = nullptr);

    const QString& path() const { return m_path; }
    const assessment::FieldDefinition& field() const { return m_field; }
    QWidget* input() const { return m_input; }

    // Shows a stored answer without counting it as an edit.
    void setValue(const QJsonValue& value);
    // What to save: the answer as the store wants it, or, when the text cannot be read as
    // the field's kind, the text itself (so the store's message says what is wrong).
    QJsonValue value() const;

    void setError(const QString& message); // empty hides it
    QString error() const;
    void setReadOnly(bool readOnly);
    // A line under the input, e.g. the baseline of the scaling question.
    void setNote(const QString& note);

signals:
    void edited(const QString& path); // the person changed the answer
    void left(const QString& path);   // focus left the input: a good moment to save

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeInput(const assessment::FamilyContext& family);
    void changed();

    assessment::FieldDefinition m_field;
    QString m_path;
    QWidget* m_input = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_note = nullptr;
    bool m_loading = false;
};

} // namespace kith::ui
