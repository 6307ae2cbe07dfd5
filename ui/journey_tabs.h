#pragma once

#include <QObject>

class QTabWidget;
class QWidget;

namespace kith::ui {

class JourneyView;
class MyWeekView;
class StoreSession;
class TeamView;

// Puts the journey's pages into the main window's tabs: "My week" (the start screen) and
// "Team" before the family's own tabs, "Journey" after the family page. Kept apart from
// MainWindow so that the window needs only a few lines for them.
class JourneyTabs : public QObject {
    Q_OBJECT

public:
    JourneyTabs(QTabWidget* tabs, QWidget* familyPage, QObject* parent = nullptr);

    void setSession(const StoreSession* session);
    MyWeekView* myWeek() const { return m_myWeek; }
    TeamView* team() const { return m_team; }
    JourneyView* journey() const { return m_journey; }

public slots:
    // The family chosen in the list: the Journey tab follows it.
    void showFamily(const QString& familyId);

signals:
    // A family picked on the start screen or the team view, to be opened like one
    // chosen from the family list.
    void familyRequested(const QString& familyId);

private:
    QTabWidget* m_tabs;
    QWidget* m_familyPage;
    MyWeekView* m_myWeek;
    TeamView* m_team;
    JourneyView* m_journey;
};

} // namespace kith::ui
