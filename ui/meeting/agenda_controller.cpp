#include "meeting/agenda_controller.h"

#include "due/due_settings.h"
#include "meeting/chair_window.h"
#include "meeting/meeting_store.h"
#include "meeting/meeting_timer.h"
#include "meeting/presentation_window.h"
#include "meeting/visual_agenda.h"
#include "plan/plan_editor.h"
#include "store_session.h"

#include <QGuiApplication>
#include <QScreen>

namespace kith::ui {

AgendaController::AgendaController(const StoreSession& session, const QString& meetingId,
                                   QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_meetingId(meetingId)
    , m_meetings(std::make_unique<meeting::MeetingStore>(session.database()))
    , m_timer(new MeetingTimer(this)) {
    m_meetings->setActor(due::DueSettings::actorId(session.database()));
}

AgendaController::~AgendaController() {
    delete m_presentation;
    if (m_chair) {
        disconnect(m_chair, nullptr, this, nullptr); // no "finished" while going away
        delete m_chair;
    }
}

bool AgendaController::start() {
    const auto found = m_meetings->load(m_meetingId);
    if (!found) {
        m_problem = tr("The meeting could not be found.");
        return false;
    }
    m_meeting = *found;
    auto agencies = consent::HubAgencies::forStore(m_session.database());
    if (!agencies) {
        m_problem = agencies.error();
        return false;
    }
    m_rules = std::make_unique<consent::ConsentRules>(m_session.database(), agencies.value());
    m_family = m_rules->forFamily(m_meeting.familyId);

    // The projected window has no parent: it lives on its own screen.
    m_presentation = new PresentationWindow;
    m_chair = new ChairWindow(m_session, *this);
    m_chair->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_chair, &QObject::destroyed, this, [this] {
        delete m_presentation;
        emit finished();
    });
    connect(m_presentation, &PresentationWindow::commandIssued, this, &AgendaController::handle);
    connect(m_chair, &ChairWindow::commandIssued, this, &AgendaController::handle);
    connect(m_chair->planEditor(), &PlanEditor::planChanged, this, &AgendaController::reproject);
    connect(m_timer, &MeetingTimer::ticked, m_presentation, &PresentationWindow::setTimerText);
    connect(m_timer, &MeetingTimer::ticked, m_chair, &ChairWindow::setTimerText);

    m_chair->planEditor()->showFamily(m_meeting.familyId);
    m_chair->show();
    m_timer->start();
    goToStep(1);
    return true;
}

void AgendaController::reloadMeeting() {
    if (const auto found = m_meetings->load(m_meetingId))
        m_meeting = *found;
    m_family = m_rules->forFamily(m_meeting.familyId);
    reproject();
}

void AgendaController::reproject() {
    if (!m_chair || !m_rules)
        return;
    PlanEditor* editor = m_chair->planEditor();
    const QList<consent::Audience> present = projection::audiencesPresent(m_meeting.attendees);
    m_projection = editor->plan()
                       ? projection::SafeToProject(m_family, present).project(*editor->plan())
                       : projection::Projection{};
    editor->setProjectorHidden(m_projection.hidden);
    m_chair->setHiddenCount(m_projection.safe.hiddenCount);
    if (m_presentation)
        m_presentation->setPlan(m_projection.safe); // the filtered plan, never the plan
}

void AgendaController::goToStep(int number) {
    m_step = std::clamp(number, 1, meeting::VisualAgenda::kStepCount);
    if (m_presentation)
        m_presentation->setCurrentStep(m_step);
    if (m_chair)
        m_chair->showStep(m_step);
    emit stepChanged(m_step);
}

void AgendaController::handle(AgendaCommand command) {
    switch (command) {
    case AgendaCommand::Next:
        goToStep(m_step + 1);
        break;
    case AgendaCommand::Previous:
        goToStep(m_step - 1);
        break;
    case AgendaCommand::AddAction:
        // Adding an action is writing the plan: that is step 6.
        if (m_step != PresentationWindow::kPlanStep)
            goToStep(PresentationWindow::kPlanStep);
        if (m_chair) {
            m_chair->raise();
            m_chair->activateWindow();
            m_chair->planEditor()->addAction();
        }
        break;
    case AgendaCommand::Leave:
        setProjecting(false);
        break;
    }
}

void AgendaController::setProjecting(bool on, QScreen* screen) {
    if (!m_presentation)
        return;
    if (on) {
        QScreen* chairScreen = m_chair ? m_chair->screen() : nullptr;
        QScreen* target = screen ? screen : chairScreen;
        reproject();
        m_presentation->setTimerText(m_timer->text());
        m_presentation->showOn(target, target && target != chairScreen);
    } else {
        m_presentation->hide();
        if (m_chair) {
            m_chair->raise();
            m_chair->activateWindow();
        }
    }
    if (m_chair)
        m_chair->setProjecting(on);
}

bool AgendaController::isProjecting() const {
    return m_presentation && m_presentation->isVisible();
}

} // namespace kith::ui
