#include "lock_controller.h"

#include "lock_page.h"
#include "lock_setup_page.h"
#include "platform/session_lock_signals.h"
#include "privacy_screen_cover.h"
#include "store_session.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolTip>
#include <QWhatsThis>

namespace kith::ui {
namespace {

// The input that means someone is using Kith. Anything else (timers, paint, focus
// changes made by Kith itself) does not keep it open.
bool isUserInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

LockController::LockController(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_cover(new ContentCover(window))
    , m_lockPage(new LockPage(window))
    , m_setupPage(new LockSetupPage(window))
    , m_lockAction(new QAction(tr("&Lock Kith"), this))
    , m_desktop(new platform::SessionLockSignals(this)) {
    m_lockPage->hide();
    m_setupPage->hide();
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setStatusTip(tr("Hide everything until your PIN or passphrase is typed"));
    m_lockAction->setEnabled(false);
    // On the window as well as in the menu, so the shortcut works whatever the menus do.
    m_window->addAction(m_lockAction);
    connect(m_lockAction, &QAction::triggered, this, [this] { lock(lock::LockReason::Shortcut); });

    connect(m_lockPage, &LockPage::unlockRequested, this, &LockController::unlock);
    connect(m_setupPage, &LockSetupPage::secretChosen, this, &LockController::chooseSecret);
    connect(m_desktop, &platform::SessionLockSignals::screenLocked, this,
            [this] { lock(lock::LockReason::ScreenLocked); });
    connect(m_desktop, &platform::SessionLockSignals::goingToSleep, this,
            [this] { lock(lock::LockReason::Sleep); });

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &LockController::idleTimerFired);
    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &LockController::showWait);
    qApp->installEventFilter(this);
}

LockController::~LockController() {
    qApp->removeEventFilter(this);
}

void LockController::setSession(const StoreSession* session, audit::AuditLog* audit) {
    if (m_state != State::Open) {
        m_state = State::Open;
        uncoverWindow();
    }
    m_idleTimer.stop();
    m_waitTimer.stop();
    m_gate.reset();
    m_lockAction->setEnabled(session != nullptr);
    if (!session)
        return;
    m_gate = std::make_unique<lock::UnlockGate>(session->database(), audit);
    if (m_gate->hasSecret()) {
        lock(lock::LockReason::Start);
        return;
    }
    m_state = State::ChoosingSecret;
    m_setupPage->reset();
    m_setupPage->setIdleTime(m_idle.timeout());
    coverWindow(m_setupPage, tr("Kith"));
}

void LockController::setIdlePolicy(const lock::IdleLockPolicy& policy) {
    m_idle = policy;
    m_setupPage->setIdleTime(m_idle.timeout());
    if (m_state == State::Open && m_gate)
        startIdleTimer();
}

void LockController::lock(lock::LockReason reason) {
    if (m_state != State::Open || !m_gate || !m_gate->hasSecret())
        return;
    m_state = State::Locked;
    m_idleTimer.stop();
    m_lockPage->reset();
    coverWindow(m_lockPage, tr("Kith \u2014 locked"));
    m_gate->recordLocked(reason);
    m_waiting = false;
    showWait();
    emit locked();
}

bool LockController::unlock(const QString& secret) {
    if (m_state != State::Locked || !m_gate)
        return false;
    const lock::UnlockGate::Attempt attempt = m_gate->tryUnlock(secret);
    if (attempt.outcome != lock::UnlockGate::Attempt::Outcome::Unlocked) {
        m_lockPage->showMessage(attempt.message);
        m_waiting = false;
        showWait();
        return false;
    }
    m_state = State::Open;
    m_waitTimer.stop();
    m_lockPage->reset();
    uncoverWindow();
    startIdleTimer();
    emit unlocked();
    return true;
}

bool LockController::chooseSecret(const QString& secret, const QString& confirmation) {
    if (m_state != State::ChoosingSecret || !m_gate)
        return false;
    if (const Status chosen = m_gate->chooseSecret(secret, confirmation); !chosen) {
        m_setupPage->showProblem(chosen.error());
        return false;
    }
    m_state = State::Open;
    m_setupPage->reset();
    uncoverWindow();
    startIdleTimer();
    emit unlocked();
    return true;
}

bool LockController::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (isUserInput(type)) {
        m_sinceInput.restart();
    } else if (type == QEvent::WindowTitleChange && watched == m_window && m_state != State::Open &&
               m_window->windowTitle() != m_coveredTitle) {
        // Something changed the title while covered (it might name a family): keep the
        // new title for later and put the covered one back.
        m_openTitle = m_window->windowTitle();
        m_window->setWindowTitle(m_coveredTitle);
    }
    return QObject::eventFilter(watched, event);
}

void LockController::coverWindow(QWidget* page, const QString& title) {
    if (QWidget* focus = QApplication::focusWidget(); focus && m_window->isAncestorOf(focus))
        m_focus = focus;
    // If the person was in another Kith window (now hidden), the lock page takes the
    // keyboard; if they were in another program, Kith does not push itself forward.
    const bool kithWasActive = QApplication::activeWindow() != nullptr;
    hideEverythingElse();
    m_openTitle = m_window->windowTitle();
    m_coveredTitle = title;
    m_window->setWindowTitle(title);
    m_cover->cover(ContentCover::Layer::Lock, page);
    if (kithWasActive && m_window->isVisible())
        m_window->activateWindow();
}

void LockController::uncoverWindow() {
    m_cover->uncover(ContentCover::Layer::Lock);
    const QString title = m_openTitle;
    m_coveredTitle.clear();
    m_window->setWindowTitle(title);
    showEverythingElse();
    // Back where the person was typing; or, the first time, the first place to type, so
    // that the keyboard (and Ctrl+L) works at once without a click.
    QWidget* focus = m_focus;
    for (QWidget* next = m_window->centralWidget(); !focus && next;) {
        if (next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus))
            focus = next;
        next = next->nextInFocusChain();
        if (next == m_window->centralWidget() || !m_window->isAncestorOf(next))
            break;
    }
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
    m_focus = nullptr;
}

// Popups, tooltips, other Kith windows and the window's bars: anything that could
// show a name while the content is covered.
void LockController::hideEverythingElse() {
    for (int guard = 0; guard < 16 && QApplication::activePopupWidget(); ++guard)
        QApplication::activePopupWidget()->close();
    QToolTip::hideText();
    QWhatsThis::hideText();

    // Other windows that are open now; the window's own bars even before it is shown.
    QList<QWidget*> parts;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top != m_window && top->isVisible())
            parts.append(top);
    }
    parts.append(m_window->menuWidget()); // never creates a menu bar, unlike menuBar()
    for (QStatusBar* bar : m_window->findChildren<QStatusBar*>(Qt::FindDirectChildrenOnly)) {
        bar->clearMessage();
        parts.append(bar);
    }
    for (QToolBar* bar : m_window->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
        parts.append(bar);
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
        parts.append(dock);

    for (QWidget* part : parts) {
        // isVisibleTo: shown now, or will be when the window is shown.
        if (!part || !(part->isWindow() ? part->isVisible() : part->isVisibleTo(m_window)))
            continue;
        // A modal dialog ends when hidden (its edits are saved as they are made); only
        // windows that can stand on their own come back after unlocking.
        const bool modalWindow = part->isWindow() && part->windowModality() != Qt::NonModal;
        part->hide();
        if (!modalWindow)
            m_hidden.append(part);
    }
}

void LockController::showEverythingElse() {
    for (const QPointer<QWidget>& part : std::as_const(m_hidden)) {
        if (part)
            part->show();
    }
    m_hidden.clear();
}

void LockController::startIdleTimer() {
    m_sinceInput.start();
    m_idleTimer.start(m_idle.timeoutMs());
}

void LockController::idleTimerFired() {
    if (m_state != State::Open)
        return;
    // Input restarts a clock rather than the timer (cheaper on every mouse move); when
    // the timer fires, wait for whatever is left since the last input.
    const qint64 left = m_idle.timeout().count() - m_sinceInput.elapsed();
    if (left > 0)
        m_idleTimer.start(static_cast<int>(left));
    else
        lock(lock::LockReason::Idle);
}

// The back-off countdown: the page is disabled with a message until the wait is over.
void LockController::showWait() {
    const qint64 wait = m_gate && m_state == State::Locked ? m_gate->secondsToWait() : 0;
    if (wait > 0) {
        m_lockPage->setWaiting(wait, lock::UnlockGate::waitMessage(wait));
        m_waiting = true;
        m_waitTimer.start();
        return;
    }
    m_waitTimer.stop();
    m_lockPage->setWaiting(0, m_waiting ? tr("You can try again now.") : QString());
    m_waiting = false;
}

} // namespace kith::ui
