#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace kith::ui {

class StoreSession;
class SyncController;

// The "Register a family…" action (Ctrl+N) and what it does: offer to carry on with a
// saved draft, run the wizard, and say which family was registered.
class RegistrationLauncher : public QObject {
    Q_OBJECT

public:
    using SessionSource = std::function<StoreSession*()>;

    RegistrationLauncher(QWidget* window, SessionSource session);

    QAction* action() const { return m_action; }
    // When set and the store has synced, the wizard also asks the hub's directory whether
    // the person typed is known there (a family known to the hub is often not on this laptop).
    void setSyncController(SyncController* sync) { m_sync = sync; }
    void start();

signals:
    // A family was registered, or the clerk chose one already known: show it.
    void familyToShow(const QString& familyId);

private:
    QWidget* m_window;
    SessionSource m_session;
    QAction* m_action;
    QPointer<SyncController> m_sync;
};

} // namespace kith::ui
