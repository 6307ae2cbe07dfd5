#pragma once

#include "assessment/assessment_model.h"
#include "assessment/family_context.h"
#include "assessment/form_definition.h"

#include <QMap>
#include <QWidget>

namespace kith::ui {

class FieldEditor;
class RepeatingEditor;
class StoreSession;

// One section of any assessment form, drawn from its definition: its title and help, the
// shared record it shows (read-only), an editor for each of its fields, and the guidance
// prompts beside it when the form names some. Nothing here knows a council's sections.
class SectionEditor : public QWidget {
    Q_OBJECT

public:
    struct Inputs {
        const assessment::FormDefinition& form;
        const assessment::SectionDefinition& section;
        QString familyId;
        const assessment::FamilyContext& family;
        const StoreSession& session;
        // Rows already answered for each repeating field ("section/field" -> row ids).
        QMap<QString, QStringList> rows;
    };

    explicit SectionEditor(const Inputs& inputs, QWidget* parent = nullptr);

    const QString& sectionKey() const { return m_key; }
    QList<FieldEditor*> editors() const;
    FieldEditor* editor(const QString& path) const;
    const QList<RepeatingEditor*>& repeatingEditors() const { return m_repeating; }
    void setAnswers(const assessment::Answers& answers);
    void setReadOnly(bool readOnly);

signals:
    void edited(const QString& path);
    void left(const QString& path);
    void rowRemoved(const QStringList& paths);
    void openTab(const QString& pageName);

private:
    QWidget* guidancePanel(const QList<assessment::GuidancePrompt>& prompts);

    QString m_key;
    QList<FieldEditor*> m_fields;
    QList<RepeatingEditor*> m_repeating;
};

} // namespace kith::ui
