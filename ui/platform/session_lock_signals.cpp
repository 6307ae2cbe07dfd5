#include "platform/session_lock_signals.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>

namespace kith::ui::platform {
namespace {

const QString kLogindService = QStringLiteral("org.freedesktop.login1");
const QString kLogindPath = QStringLiteral("/org/freedesktop/login1");
const QString kLogindManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogindSession = QStringLiteral("org.freedesktop.login1.Session");

// The logind session Kith runs in, so that another user's screen lock does not lock
// this Kith. Empty when logind does not know this process (then any session's Lock
// is listened to: locking too often is the safe mistake).
QString ownSessionPath(const QDBusConnection& bus) {
    QDBusMessage call = QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager,
                                                       QStringLiteral("GetSessionByPID"));
    call << static_cast<quint32>(QCoreApplication::applicationPid());
    const QDBusReply<QDBusObjectPath> reply = bus.call(call, QDBus::Block, 2000);
    return reply.isValid() ? reply.value().path() : QString();
}

} // namespace

SessionLockSignals::SessionLockSignals(QObject* parent)
    : QObject(parent) {
    listenToLogind();
    listenToScreenSaver();
}

void SessionLockSignals::listenToLogind() {
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return;
    const bool sleep =
        bus.connect(kLogindService, kLogindPath, kLogindManager, QStringLiteral("PrepareForSleep"),
                    this, SLOT(onPrepareForSleep(bool)));
    const bool lock = bus.connect(kLogindService, ownSessionPath(bus), kLogindSession,
                                  QStringLiteral("Lock"), this, SLOT(onSessionLock()));
    m_listening = m_listening || sleep || lock;
}

void SessionLockSignals::listenToScreenSaver() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // KDE, Xfce and others use the freedesktop name, GNOME its own; the path differs
    // between desktops, so any path will do.
    for (const QString& interface :
         {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
        const bool connected =
            bus.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"), this,
                        SLOT(onScreenSaverActiveChanged(bool)));
        m_listening = m_listening || connected;
    }
}

void SessionLockSignals::onSessionLock() {
    emit screenLocked();
}

void SessionLockSignals::onPrepareForSleep(bool starting) {
    if (starting)
        emit goingToSleep();
}

void SessionLockSignals::onScreenSaverActiveChanged(bool active) {
    if (active)
        emit screenLocked();
}

} // namespace kith::ui::platform
