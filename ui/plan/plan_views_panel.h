#pragma once

#include "plan/plan_model.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace kith::plan {
class PlanStore;
}

namespace kith {
struct FamilyRecord;
}

namespace kith::ui {

// What everyone thinks of the plan: the family's views in their words, each child's views
// (recorded when the child is not there too, with how they were heard), how confident
// people are that it will help (0-10), and what happens if nothing changes. Saved as
// they are written.
class PlanViewsPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlanViewsPanel(QWidget* parent = nullptr);

    // `store` is the plan editor's; the panel saves through it and then says `changed`.
    void showPlan(plan::PlanStore* store, const std::optional<plan::Plan>& plan,
                  const FamilyRecord* family);

signals:
    void changed();

private:
    struct ChildRow {
        QString childId;
        QString viewId;
        QPlainTextEdit* words = nullptr;
        QCheckBox* present = nullptr;
        QLineEdit* howGathered = nullptr;
        QCheckBox* confidential = nullptr;
        QWidget* box = nullptr;
    };
    void saveFamilyViews();
    void saveIfNothingChanges();
    void saveChild(int row);
    void addScore();
    void report(const QString& problem);

    plan::PlanStore* m_store = nullptr;
    std::optional<plan::Plan> m_plan;
    bool m_filling = false;

    QLabel* m_problem = nullptr;
    QPlainTextEdit* m_familyViews = nullptr;
    QVBoxLayout* m_children = nullptr;
    QList<ChildRow> m_childRows;
    QListWidget* m_scores = nullptr;
    QLineEdit* m_scoreBy = nullptr;
    QSpinBox* m_score = nullptr;
    QPlainTextEdit* m_ifNothingChanges = nullptr;
};

} // namespace kith::ui
