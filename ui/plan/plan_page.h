#pragma once

#include <QWidget>

class QLabel;

namespace kith::ui {

class PlanEditor;
class PlanVersionsPanel;
class PlanViewsPanel;
class SmartPanel;
class StoreSession;

// The family's "Plan" tab: the plan editor with the SMART check beside it, everyone's views
// of the plan, and the versions agreed at meetings with what has changed since.
class PlanPage : public QWidget {
    Q_OBJECT

public:
    explicit PlanPage(QWidget* parent = nullptr);
    ~PlanPage() override;

    void setSession(const StoreSession* session);
    void showFamily(const QString& familyId);
    void clear();
    // Adds this page as a "Plan" tab after `familyPage` in the tab widget that holds it.
    void placeBeside(QWidget* familyPage);

    PlanEditor* editor() const { return m_editor; }
    SmartPanel* smartPanel() const { return m_smart; }
    PlanViewsPanel* viewsPanel() const { return m_views; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void planChanged();

    const StoreSession* m_session = nullptr;
    QString m_familyId;
    QLabel* m_status = nullptr;
    PlanEditor* m_editor = nullptr;
    SmartPanel* m_smart = nullptr;
    PlanViewsPanel* m_views = nullptr;
    PlanVersionsPanel* m_versions = nullptr;
};

} // namespace kith::ui
