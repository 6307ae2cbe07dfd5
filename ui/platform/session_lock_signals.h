#pragma once

#include <QObject>

namespace kith::ui::platform {

// The desktop telling Kith that the person has stepped away: the screen locked or the
// screensaver came on, or the laptop is about to sleep (usually the lid closing).
// On Linux these come over D-Bus from logind (org.freedesktop.login1 Session "Lock",
// Manager "PrepareForSleep") and the screensaver (org.freedesktop.ScreenSaver and
// org.gnome.ScreenSaver "ActiveChanged"). With no bus, or on another platform, it stays
// silent: the idle timer and the shortcut still lock.
class SessionLockSignals : public QObject {
    Q_OBJECT

public:
    explicit SessionLockSignals(QObject* parent = nullptr);

    // Whether any desktop signal could be listened to (for diagnostics and tests).
    bool isListening() const { return m_listening; }

signals:
    void screenLocked();
    void goingToSleep();

private slots:
    void onSessionLock();
    void onPrepareForSleep(bool starting);
    void onScreenSaverActiveChanged(bool active);

private:
    void listenToLogind();
    void listenToScreenSaver();

    bool m_listening = false;
};

} // namespace kith::ui::platform
