#pragma once

#include "plan/plan_model.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace kith::ui {

// The fields of the need, outcome or action chosen in the plan editor, edited in place.
// Says `edited` on every change the user makes and `committed` when they leave a field;
// the editor saves (nothing here writes).
class PlanItemForm : public QWidget {
    Q_OBJECT

public:
    enum class Kind { None, Need, Outcome, Action };

    explicit PlanItemForm(QWidget* parent = nullptr);

    // Who can be named on an action and who a need can be about.
    void setChoices(const QList<plan::ActionOwner>& owners,
                    const QList<std::pair<QString, QString>>& people);

    void editNeed(const plan::PlanNeed& need);
    void editOutcome(const plan::PlanOutcome& outcome);
    void editAction(const plan::PlanAction& action);
    void showNothing(const QString& hint);
    // After a new item is first saved, it carries on being edited under its id.
    void setItemId(const QString& id);

    Kind kind() const { return m_kind; }
    QString itemId() const;
    plan::PlanNeed need() const;
    plan::PlanOutcome outcome() const;
    plan::PlanAction action() const;

    QLineEdit* actionWhat() const { return m_what; }
    QDateEdit* actionDue() const { return m_due; }
    QLineEdit* actionMeasure() const { return m_measure; }
    QComboBox* actionOwner() const { return m_owner; }
    void focusField(const QString& findingCode);

signals:
    void edited();
    void committed();

private:
    QWidget* buildNeedPage();
    QWidget* buildOutcomePage();
    QWidget* buildActionPage();
    void watch(QLineEdit* edit);
    void watch(QPlainTextEdit* edit);
    void watch(QComboBox* combo);
    void watch(QCheckBox* box);
    void load(const std::function<void()>& fill);

    Kind m_kind = Kind::None;
    bool m_loading = false;
    plan::PlanNeed m_need;
    plan::PlanOutcome m_outcome;
    plan::PlanAction m_action;
    QList<plan::ActionOwner> m_owners;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_hint = nullptr;
    QPlainTextEdit* m_needText = nullptr;
    QComboBox* m_needAbout = nullptr;
    QCheckBox* m_needConfidential = nullptr;
    QComboBox* m_heading = nullptr;
    QPlainTextEdit* m_outcomeText = nullptr;
    QCheckBox* m_outcomeConfidential = nullptr;
    QLineEdit* m_what = nullptr;
    QComboBox* m_owner = nullptr;
    QDateEdit* m_due = nullptr;
    QLineEdit* m_measure = nullptr;
    QLineEdit* m_support = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_actionConfidential = nullptr;
};

} // namespace kith::ui
