#pragma once

#include "plan/plan_model.h"
#include "plan/plan_store.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace kith::ui {

class PlanItemForm;
class StoreSession;

// The family's plan edited in place: needs, the outcome for each under one of the ten
// headings, and the actions for each outcome (who, by when, how we will know, support,
// status, with a RAG chip in words and colour). Each change is saved as it is made, like
// the rest of Kith. Used on the Plan tab and in the chair's window of the visual agenda.
class PlanEditor : public QWidget {
    Q_OBJECT

public:
    explicit PlanEditor(QWidget* parent = nullptr);
    ~PlanEditor() override;

    void setSession(const StoreSession* session);
    // Reads the family's plan (there may be none yet: then "Start the plan" is offered).
    bool showFamily(const QString& familyId);
    void clear();
    void reload();

    const std::optional<plan::Plan>& plan() const { return m_plan; }
    plan::PlanStore* store() const { return m_store.get(); }
    // Items not shown on the projector (item id -> why), marked for the chair.
    void setProjectorHidden(const QHash<QString, QString>& hidden);

    // Starts the family's plan from their assessment.
    bool startPlan();
    // Each opens an empty form for a new item under what is chosen; it is saved once it has
    // words. addAction goes to the chosen outcome (or the chosen action's, or the last one).
    bool addNeed();
    bool addOutcome();
    bool addAction();
    bool removeChosen();
    // Chooses the action and puts the cursor in the field a SMART finding is about.
    void focusAction(const QString& actionId, const QString& findingCode = {});
    // Saves what is in the form now (also done a moment after each change).
    bool saveNow();

    QTreeWidget* tree() const { return m_tree; }
    PlanItemForm* form() const { return m_form; }
    QString problem() const;

signals:
    // After every save and load: the plan as it is now is in plan().
    void planChanged();

private:
    void fillTree();
    QTreeWidgetItem* itemFor(const QString& id) const;
    void choose(QTreeWidgetItem* item);
    QString chosenId(int kind) const;
    void showProblem(const QString& message);
    void updateButtons();

    const StoreSession* m_session = nullptr;
    std::unique_ptr<plan::PlanStore> m_store;
    QString m_familyId;
    std::optional<plan::Plan> m_plan;
    QHash<QString, QString> m_hidden;
    QString m_pendingParentId; // the need or outcome a new item goes under
    bool m_filling = false;

    QLabel* m_empty = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_addNeed = nullptr;
    QPushButton* m_addOutcome = nullptr;
    QPushButton* m_addAction = nullptr;
    QPushButton* m_remove = nullptr;
    QTreeWidget* m_tree = nullptr;
    PlanItemForm* m_form = nullptr;
    QLabel* m_problem = nullptr;
    QTimer* m_autosave = nullptr;
};

} // namespace kith::ui
