// Runs against the real keychain. These cases are hidden from the default run; CTest
// starts them inside a private session bus with an unlocked GNOME Keyring, or with no
// session bus at all (see CMakeLists.txt next to this file).
#include "catch_qt.h"
#include "keychain_token_store.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

using namespace kith::sync;

namespace {

QString uniqueToken() {
    return QStringLiteral("kith-test-token-") + QUuid::createUuid().toString(QUuid::Id128);
}

// Every file under `folder` whose bytes contain `needle`.
QStringList filesContaining(const QString& folder, const QByteArray& needle) {
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

TEST_CASE("The real keychain keeps, returns and forgets a token", "[.keychain-real]") {
    KeychainTokenStore store(QStringLiteral("Kith sync test"));
    const TokenAccount account{QStringLiteral("https://kith.example.gov.uk"),
                               QStringLiteral("amira")};
    const TokenAccount other{account.serverUrl, QStringLiteral("ben")};
    const QString token = uniqueToken();

    REQUIRE(store.erase(account).ok());
    CHECK(store.read(account).status == TokenStoreStatus::NotFound);

    const auto written = store.store(account, token);
    INFO(written.detail.toStdString());
    REQUIRE(written.ok());
    REQUIRE(store.store(other, QStringLiteral("someone else's")).ok());

    const auto read = store.read(account);
    REQUIRE(read.ok());
    CHECK(read.token == token);
    CHECK(store.read(other).token == QStringLiteral("someone else's"));

    REQUIRE(store.store(account, token + u'2').ok());
    CHECK(store.read(account).token == token + u'2');

    REQUIRE(store.erase(account).ok());
    CHECK(store.read(account).status == TokenStoreStatus::NotFound);
    CHECK(store.read(other).ok()); // erasing one account leaves the other
    REQUIRE(store.erase(other).ok());
}

TEST_CASE("With no session bus the keychain is reported missing and nothing is written",
          "[.keychain-nobus]") {
    REQUIRE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    // A home of its own, so that any fallback file would land where we can look.
    QTemporaryDir home;
    REQUIRE(home.isValid());
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toUtf8());

    KeychainTokenStore store(QStringLiteral("Kith sync test"));
    const TokenAccount account{QStringLiteral("https://kith.example.gov.uk"),
                               QStringLiteral("amira")};
    const QString token = uniqueToken();

    CHECK(store.store(account, token).status == TokenStoreStatus::NoKeychain);
    CHECK(store.read(account).status == TokenStoreStatus::NoKeychain);
    CHECK(store.erase(account).status == TokenStoreStatus::NoKeychain);

    CHECK(filesContaining(home.path(), token.toUtf8()).isEmpty());
    const QString settingsFolder =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    CHECK(filesContaining(settingsFolder, token.toUtf8()).isEmpty());
}
