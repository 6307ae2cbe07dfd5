#include "keychain_reachable.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QStringList>
#endif

namespace kith::sync {

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)

// Linux and the BSDs: QtKeychain talks to the Secret Service (GNOME Keyring, KeePassXC,
// recent KWallet) or to KWallet over the session bus. A service counts when it is
// running or the bus can start it on demand.
bool keychainReachable() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList services{QStringLiteral("org.freedesktop.secrets"),
                               QStringLiteral("org.kde.kwalletd5"),
                               QStringLiteral("org.kde.kwalletd6")};
    const QStringList activatable = bus.interface()->activatableServiceNames().value();
    for (const QString& service : services) {
        if (bus.interface()->isServiceRegistered(service).value() || activatable.contains(service))
            return true;
    }
    return false;
}

#else

// macOS Keychain and Windows Credential Manager are always there for a signed-in user.
bool keychainReachable() {
    return true;
}

#endif

} // namespace kith::sync
