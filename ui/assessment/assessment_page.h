#pragma once

#include "assessment/assessment_model.h"
#include "assessment/family_context.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace kith::assessment {
class AssessmentStore;
class FormLibrary;
struct FormDefinition;
} // namespace kith::assessment

namespace kith::ui {

class AnswerAutosaver;
class AssessmentHeader;
class FieldEditor;
class SectionEditor;
class StoreSession;

// The family's "Assessment" tab: the Early Help Assessment drawn from its form definition
// (any council's), a section list with how far each has got, the status, due date and the
// family's view at the top, and the sign-off actions. Every change is saved a moment after
// typing stops, or when the field is left; nothing pending is lost when the family changes,
// the tab is left or the window closes.
class AssessmentPage : public QWidget {
    Q_OBJECT

public:
    explicit AssessmentPage(QWidget* parent = nullptr);
    ~AssessmentPage() override;

    // The forms to open assessments with (the built-in ones unless a test gives others).
    void setFormLibrary(const assessment::FormLibrary* forms);
    void setSession(const StoreSession* session);
    // Adds this page as an "Assessment" tab after `familyPage` in the tab widget holding it.
    void placeBeside(QWidget* familyPage);
    bool showFamily(const QString& familyId);
    void clear();

    // The actions behind the buttons; each shows the store's message when refused.
    Status start(const QString& formId = {});
    Status sendForSignOff();
    Status signOff(const QString& comments);
    Status returnWithComments(const QString& comments);
    Status recordFamilyView(assessment::Agreement agreement, const QString& comments,
                            const QString& personId = {});
    // Saves whatever is waiting to be saved; false when a value was refused.
    bool savePending();

    const std::optional<assessment::Assessment>& assessment() const { return m_assessment; }
    QListWidget* sectionList() const { return m_sectionList; }
    int sectionCount() const;
    // The editor of a section, made now if it has not been shown yet.
    SectionEditor* sectionEditor(int index);
    FieldEditor* fieldEditor(const QString& path);
    QString saveStateText() const;
    QString messageText() const;
    QPushButton* submitButton() const;

protected:
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildStartView();
    QWidget* buildEditorView();
    void connectActions();
    void reload();
    void rebuildSections(const assessment::FormDefinition* form);
    void refreshSummary();
    void refreshBaselines();
    Status save(const QString& path, const QJsonValue& value);
    void clearRows(const QStringList& paths);
    void openTab(const QString& pageName);
    QString professionalName(const QString& id) const;

    const StoreSession* m_session = nullptr;
    const assessment::FormLibrary* m_forms = nullptr;
    std::unique_ptr<assessment::AssessmentStore> m_store;
    std::optional<assessment::Assessment> m_assessment;
    assessment::FamilyContext m_family;
    QString m_familyId;
    QString m_actor;      // who is using Kith: recorded on every answer and decision
    bool m_stale = false; // a family chosen while the tab was hidden, not yet drawn
    AnswerAutosaver* m_autosaver = nullptr;
    QPointer<QWidget> m_watchedWindow;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_nothing = nullptr;
    QWidget* m_startView = nullptr;
    QLabel* m_startProblem = nullptr;
    QWidget* m_editorView = nullptr;

    AssessmentHeader* m_header = nullptr;
    QLabel* m_overall = nullptr;

    QListWidget* m_sectionList = nullptr;
    QStackedWidget* m_sectionStack = nullptr;
    const assessment::FormDefinition* m_form = nullptr; // the form being shown, or none
    QList<SectionEditor*> m_editors;                    // null until the section is shown
};

} // namespace kith::ui
