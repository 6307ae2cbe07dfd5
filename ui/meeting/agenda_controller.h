#pragma once

#include "consent/consent_rules.h"
#include "meeting/agenda_keys.h"
#include "meeting/chair_window.h"
#include "meeting/meeting_model.h"
#include "meeting/presentation_window.h"
#include "projection/safe_to_project.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QScreen;

namespace kith::meeting {
class MeetingStore;
}

namespace kith::ui {

class MeetingTimer;
class StoreSession;

// Runs the visual agenda for one meeting: the chair's window on the laptop and the
// projected window, the current step, the timer, and what may be projected. Whenever the
// plan or who is in the room changes, the plan is filtered again (projection::SafeToProject)
// and only the filtered plan goes to the projected window.
class AgendaController : public QObject {
    Q_OBJECT

public:
    AgendaController(const StoreSession& session, const QString& meetingId,
                     QObject* parent = nullptr);
    ~AgendaController() override;

    // False (and problem() says why) when the meeting or the family's consent cannot be read.
    bool start();
    QString problem() const { return m_problem; }

    ChairWindow* chairWindow() const { return m_chair; }
    PresentationWindow* presentationWindow() const { return m_presentation; }
    int currentStep() const { return m_step; }
    const projection::Projection& projection() const { return m_projection; }
    const meeting::Meeting& meeting() const { return m_meeting; }
    meeting::MeetingStore& meetings() const { return *m_meetings; }

    void goToStep(int number);
    void handle(kith::ui::AgendaCommand command);
    // Shows the projected window on `screen` (full screen unless it is the chair's own).
    void setProjecting(bool on, QScreen* screen = nullptr);
    bool isProjecting() const;
    // Reads who is present again (after the chair changes attendance) and re-filters.
    void reloadMeeting();

signals:
    void stepChanged(int number);
    void finished();

private:
    void reproject();

    const StoreSession& m_session;
    QString m_meetingId;
    QString m_problem;
    std::unique_ptr<meeting::MeetingStore> m_meetings;
    std::unique_ptr<consent::ConsentRules> m_rules;
    consent::FamilySharing m_family;
    meeting::Meeting m_meeting;
    projection::Projection m_projection;
    int m_step = 1;
    MeetingTimer* m_timer = nullptr;
    QPointer<ChairWindow> m_chair;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace kith::ui
