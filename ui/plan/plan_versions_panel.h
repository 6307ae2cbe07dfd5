#pragma once

#include "plan/plan_model.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace kith::plan {
class PlanStore;
}

namespace kith::ui {

// The plan as agreed at each meeting ("Agreed at the meeting", version by version) and
// what has changed since the last meeting agreed it, item by item.
class PlanVersionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlanVersionsPanel(QWidget* parent = nullptr);

    void showPlan(const plan::PlanStore* store, const std::optional<plan::Plan>& plan);
    QListWidget* changes() const { return m_changes; }
    QListWidget* versions() const { return m_versions; }

private:
    QListWidget* m_versions = nullptr;
    QLabel* m_changesHeading = nullptr;
    QListWidget* m_changes = nullptr;
};

} // namespace kith::ui
