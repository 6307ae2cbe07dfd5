#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace kith::meeting {
class MeetingStore;
}

namespace kith::ui {

class AgendaController;
class MeetingDetails;
class StoreSession;

// The family's "Meetings" tab: their TAF meetings (kind, date, place, status); schedule
// one; who came, notes and the review for the chosen one; start the visual agenda for it;
// and agree the plan and record the meeting as held.
class MeetingsPage : public QWidget {
    Q_OBJECT

public:
    explicit MeetingsPage(QWidget* parent = nullptr);
    ~MeetingsPage() override;

    void setSession(StoreSession* session);
    void showFamily(const QString& familyId);
    void clear();
    void placeBeside(QWidget* familyPage);

    QTableWidget* list() const { return m_list; }
    MeetingDetails* details() const { return m_details; }
    // What the lower part shows: the empty state (no meetings yet), a hint (none chosen) or
    // the chosen meeting's details.
    QStackedWidget* lowerPart() const { return m_lower; }
    // Starts the visual agenda for the chosen meeting; the controller (or null and a message).
    AgendaController* startAgenda();
    // Agrees the plan as it stands now at the chosen meeting and records the meeting as held.
    bool agreeAndHold();
    // Cancels the chosen planned meeting for `reason` (said in the page's message when
    // refused); the button asks for the reason first.
    bool cancelChosen(const QString& reason);
    void scheduleMeeting();
    void chooseMeeting(const QString& meetingId);

private:
    void reload();
    void showChosen();
    void showWhatFits();
    QWidget* makeEmptyState();
    QString chosenId() const;
    void report(const QString& message);

    StoreSession* m_session = nullptr;
    std::unique_ptr<meeting::MeetingStore> m_meetings;
    QString m_familyId;
    QPointer<AgendaController> m_agenda;

    QTableWidget* m_list = nullptr;
    QWidget* m_listPart = nullptr; // the list with its buttons: hidden until a meeting exists
    QStackedWidget* m_lower = nullptr;
    QWidget* m_emptyState = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_detailsPart = nullptr;
    QPushButton* m_scheduleFirst = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_schedule = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_hold = nullptr;
    QPushButton* m_cancel = nullptr;
    MeetingDetails* m_details = nullptr;
};

} // namespace kith::ui
