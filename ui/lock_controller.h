#pragma once

#include "lock/idle_lock_policy.h"
#include "lock/unlock_gate.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAction;
class QMainWindow;
class QWidget;

namespace kith::audit {
class AuditLog;
}

namespace kith::ui {

class ContentCover;
class LockPage;
class LockSetupPage;
class StoreSession;
namespace platform {
class SessionLockSignals;
}

// Locks the main window: after the idle time, on Ctrl+L ("Lock Kith"), and when the
// desktop locks its screen or goes to sleep. Locked, the window shows only the lock
// page: the content is taken out, the title says "Kith — locked", the menu, tool and
// status bars are hidden and so is every other Kith window, popup and tooltip. Unlocking
// puts everything back as it was. A store without a PIN or passphrase yet opens on the
// page that chooses one, so the families are never shown unprotected.
class LockController : public QObject {
    Q_OBJECT

public:
    enum class State { Open, Locked, ChoosingSecret };

    explicit LockController(QMainWindow* window);
    ~LockController() override;

    // Reads the store's unlock secret: with one, Kith locks at once (a store is opened
    // locked); without, it asks for one. `audit` (may be null) receives the lock events.
    void setSession(const StoreSession* session, audit::AuditLog* audit);
    void setIdlePolicy(const lock::IdleLockPolicy& policy);
    const lock::IdleLockPolicy& idlePolicy() const { return m_idle; }

    State state() const { return m_state; }
    bool isLocked() const { return m_state != State::Open; }

    ContentCover* cover() const { return m_cover; }
    QAction* lockAction() const { return m_lockAction; }
    LockPage* lockPage() const { return m_lockPage; }
    LockSetupPage* setupPage() const { return m_setupPage; }
    platform::SessionLockSignals* desktopSignals() const { return m_desktop; }

public slots:
    void lock(kith::lock::LockReason reason);
    // True when `secret` unlocked Kith; otherwise the lock page says why.
    bool unlock(const QString& secret);
    // True when the first secret was accepted and Kith opened.
    bool chooseSecret(const QString& secret, const QString& confirmation);

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void coverWindow(QWidget* page, const QString& title);
    void uncoverWindow();
    void hideEverythingElse();
    void showEverythingElse();
    void startIdleTimer();
    void idleTimerFired();
    void showWait();

    QMainWindow* m_window;
    ContentCover* m_cover;
    LockPage* m_lockPage;
    LockSetupPage* m_setupPage;
    QAction* m_lockAction;
    platform::SessionLockSignals* m_desktop;
    std::unique_ptr<lock::UnlockGate> m_gate;
    lock::IdleLockPolicy m_idle;
    QTimer m_idleTimer;
    QElapsedTimer m_sinceInput;
    QTimer m_waitTimer; // ticks the back-off countdown on the lock page
    bool m_waiting = false;
    State m_state = State::Open;

    // What the window looked like before it was covered, to put back.
    QString m_coveredTitle;
    QString m_openTitle;
    QPointer<QWidget> m_focus;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace kith::ui
