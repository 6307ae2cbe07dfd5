#include "journey_tabs.h"

#include "journey_view.h"
#include "my_week_view.h"
#include "team_view.h"

#include <QTabWidget>

namespace kith::ui {

JourneyTabs::JourneyTabs(QTabWidget* tabs, QWidget* familyPage, QObject* parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_familyPage(familyPage)
    , m_myWeek(new MyWeekView(tabs))
    , m_team(new TeamView(tabs))
    , m_journey(new JourneyView(tabs)) {
    m_tabs->insertTab(0, m_myWeek, tr("My week"));
    m_tabs->insertTab(1, m_team, tr("Team"));
    m_tabs->insertTab(m_tabs->indexOf(familyPage) + 1, m_journey, tr("Journey"));
    m_tabs->setCurrentWidget(m_myWeek);
    connect(m_myWeek, &MyWeekView::familyRequested, this, &JourneyTabs::familyRequested);
    connect(m_team, &TeamView::familyRequested, this, &JourneyTabs::familyRequested);
    connect(this, &JourneyTabs::familyRequested, this,
            [this] { m_tabs->setCurrentWidget(m_familyPage); });
    // What is recorded on the Journey tab changes what is due.
    connect(m_journey, &JourneyView::journeyChanged, m_myWeek, &MyWeekView::refresh);
    connect(m_journey, &JourneyView::journeyChanged, m_team, &TeamView::refresh);
}

void JourneyTabs::setSession(const StoreSession* session) {
    m_myWeek->setSession(session);
    m_team->setSession(session);
    m_journey->setSession(session);
}

void JourneyTabs::showFamily(const QString& familyId) {
    m_journey->showFamily(familyId);
}

} // namespace kith::ui
