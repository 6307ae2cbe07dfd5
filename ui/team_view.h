#pragma once

#include "due/due_report.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace kith::ui {

class StoreSession;

// The manager's view across a team: every practitioner's overdue and due-soon items,
// grouped by who answers for them, with counts; can be narrowed to one agency.
class TeamView : public QWidget {
    Q_OBJECT

public:
    explicit TeamView(QWidget* parent = nullptr);

    void setSession(const StoreSession* session);
    void refresh();

    QComboBox* agencyChooser() const { return m_agency; }
    QTreeWidget* tree() const { return m_tree; }

signals:
    void familyRequested(const QString& familyId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const due::DueReport& report);

    const StoreSession* m_session = nullptr;
    QComboBox* m_agency = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    bool m_stale = true;
};

} // namespace kith::ui
