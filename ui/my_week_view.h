#pragma once

#include "due/due_report.h"
#include "journey_page.h"

#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;

namespace kith::ui {

class ContentHeightTableView;
class DueItemsModel;
class StoreSession;

// The practitioner's start screen: my families, what is overdue, what is due this week,
// children not seen within their limit, and assessments and plans waiting. Until there
// are accounts, the practitioner says once who they are; the store remembers.
class MyWeekView : public SectionPage {
    Q_OBJECT

public:
    explicit MyWeekView(QWidget* parent = nullptr);

    void setSession(const StoreSession* session);
    // Reads the caseload and works out what is due again.
    void refresh();

    QComboBox* whoChooser() const { return m_who; }
    DueItemsModel* overdueModel() const { return m_overdue; }
    DueItemsModel* thisWeekModel() const { return m_thisWeek; }
    DueItemsModel* childrenNotSeenModel() const { return m_notSeen; }
    QStandardItemModel* waitingModel() const { return m_waiting; }
    QStandardItemModel* familiesModel() const { return m_families; }

signals:
    void familyRequested(const QString& familyId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillChooser();
    void chooseProfessional(int index);
    void fillEpisodes(const due::DueReport& report);

    const StoreSession* m_session = nullptr;
    std::optional<due::DueReport> m_report;
    QComboBox* m_who = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_policy = nullptr;
    QLabel* m_summary = nullptr;
    ContentHeightTableView* m_overdueTable = nullptr;
    ContentHeightTableView* m_thisWeekTable = nullptr;
    DueItemsModel* m_overdue = nullptr;
    DueItemsModel* m_thisWeek = nullptr;
    DueItemsModel* m_notSeen = nullptr;
    QStandardItemModel* m_waiting = nullptr;
    QStandardItemModel* m_families = nullptr;
};

} // namespace kith::ui
