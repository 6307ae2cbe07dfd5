#include "audit/audit_log.h"
#include "lock/unlock_gate.h"
#include "lock/unlock_secret_hash.h"
#include "store/sql_support.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::lock;
using Outcome = UnlockGate::Attempt::Outcome;

namespace {

// The cheapest Argon2id libsodium allows: the gate's logic is the same, the tests fast.
constexpr HashCost kCheap{1, 8192};

const QString kPassphrase = QStringLiteral("kettle on the hob");

QString storeMeta(const Database& database, const QString& key) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    query.addBindValue(key);
    REQUIRE(query.exec());
    return query.next() ? query.value(0).toString() : QString();
}

int eventsOf(const audit::AuditLog& log, audit::Action action) {
    int count = 0;
    for (const audit::AuditEvent& event : log.recent(100))
        count += event.action == action ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("An Argon2id hash checks the secret and does not contain it", "[lock][hash]") {
    const auto hash = hashUnlockSecret(kPassphrase);
    REQUIRE(hash);
    CHECK(hash.value().startsWith("$argon2id$"));
    // The default cost: 3 passes over 64 MiB.
    CHECK(hash.value().contains("m=65536,t=3"));
    CHECK_FALSE(hash.value().contains(kPassphrase.toUtf8()));
    CHECK(verifyUnlockSecret(hash.value(), kPassphrase));
    CHECK_FALSE(verifyUnlockSecret(hash.value(), QStringLiteral("kettle on the hoB")));
    CHECK_FALSE(verifyUnlockSecret(QByteArray("not a hash"), kPassphrase));
    CHECK_FALSE(verifyUnlockSecret(QByteArray(), QString()));

    // Two hashes of one secret differ (each has its own salt).
    CHECK(hashUnlockSecret(kPassphrase, kCheap).value() !=
          hashUnlockSecret(kPassphrase, kCheap).value());
}

TEST_CASE("An accented letter typed either way unlocks", "[lock][hash]") {
    const QString composed = QStringLiteral("caf\u00e9 au lait please");
    const QString decomposed = QStringLiteral("cafe\u0301 au lait please");
    const auto hash = hashUnlockSecret(composed, kCheap);
    REQUIRE(hash);
    CHECK(verifyUnlockSecret(hash.value(), decomposed));
}

TEST_CASE("The chosen secret is stored only as its hash", "[lock][gate]") {
    testing::TempStore temp;
    REQUIRE(temp.database);
    UnlockGate gate(*temp.database, nullptr, kCheap);
    CHECK_FALSE(gate.hasSecret());

    const Status mismatch = gate.chooseSecret(kPassphrase, QStringLiteral("kettle on the hog"));
    CHECK_FALSE(mismatch);
    CHECK(mismatch.error().contains(QStringLiteral("different")));
    CHECK_FALSE(gate.chooseSecret(QStringLiteral("12345"), QStringLiteral("12345")));
    CHECK_FALSE(gate.hasSecret());

    REQUIRE(gate.chooseSecret(kPassphrase, kPassphrase));
    CHECK(gate.hasSecret());
    const QString stored = storeMeta(*temp.database, QStringLiteral("unlock_secret"));
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored.contains(kPassphrase));
    // Nor anywhere in the store file.
    REQUIRE(sql::exec(temp.database->connection(), QStringLiteral("PRAGMA wal_checkpoint(FULL)")));
    QFile file(temp.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(kPassphrase.toUtf8()));

    // A second choice would let whoever finds a locked laptop replace the secret.
    CHECK_FALSE(gate.chooseSecret(QStringLiteral("another passphrase"),
                                  QStringLiteral("another passphrase")));
    CHECK(gate.tryUnlock(kPassphrase).outcome == Outcome::Unlocked);
}

TEST_CASE("Wrong attempts slow down, are recorded, and the right one clears them", "[lock][gate]") {
    testing::TempStore temp;
    REQUIRE(temp.database);
    audit::AuditLog log(*temp.database);
    log.setActor(QStringLiteral("test user"));
    UnlockGate gate(*temp.database, &log, kCheap);
    REQUIRE(gate.chooseSecret(kPassphrase, kPassphrase));

    CHECK(gate.tryUnlock(QStringLiteral("wrong one")).outcome == Outcome::Wrong);
    CHECK(gate.tryUnlock(QStringLiteral("wrong two")).outcome == Outcome::Wrong);
    const UnlockGate::Attempt third = gate.tryUnlock(QStringLiteral("wrong three"));
    CHECK(third.outcome == Outcome::Wrong);
    CHECK(third.failures == 3);
    CHECK(third.waitSeconds == 2);
    CHECK(third.message.contains(QStringLiteral("not the right PIN")));
    CHECK(UnlockGate::waitMessage(third.waitSeconds).contains(QStringLiteral("wait 2 seconds")));
    CHECK(UnlockGate::waitMessage(61).contains(QStringLiteral("wait 2 minutes")));

    // Even the right secret is not checked before the wait is over.
    const UnlockGate::Attempt early = gate.tryUnlock(kPassphrase);
    CHECK(early.outcome == Outcome::TooSoon);
    CHECK(early.waitSeconds == 2);
    CHECK(gate.failures() == 3);

    temp.clock.advanceSeconds(2);
    CHECK(gate.tryUnlock(QStringLiteral("wrong four")).waitSeconds == 4);
    temp.clock.advanceSeconds(3);
    CHECK(gate.tryUnlock(kPassphrase).outcome == Outcome::TooSoon);
    temp.clock.advanceSeconds(1);
    const UnlockGate::Attempt right = gate.tryUnlock(kPassphrase);
    CHECK(right.outcome == Outcome::Unlocked);
    CHECK(right.message.isEmpty());
    CHECK(gate.failures() == 0);
    CHECK(gate.secondsToWait() == 0);

    CHECK(eventsOf(log, audit::Action::UnlockFailed) == 4);
    CHECK(eventsOf(log, audit::Action::Unlock) == 1);
    // The audit records hold a count, never what was typed.
    for (const audit::AuditEvent& event : log.recent(100))
        CHECK_FALSE(event.detail.contains(QStringLiteral("wrong")));
}

TEST_CASE("Closing Kith does not reset the wait", "[lock][gate]") {
    testing::TempStore temp;
    REQUIRE(temp.database);
    {
        UnlockGate gate(*temp.database, nullptr, kCheap);
        REQUIRE(gate.chooseSecret(QStringLiteral("402917"), QStringLiteral("402917")));
        for (int i = 0; i < 5; ++i) {
            temp.clock.advanceSeconds(gate.secondsToWait());
            REQUIRE(gate.tryUnlock(QStringLiteral("000001")).outcome == Outcome::Wrong);
        }
        REQUIRE(gate.secondsToWait() == 8);
    }
    UnlockGate reopened(*temp.database, nullptr, kCheap);
    CHECK(reopened.failures() == 5);
    CHECK(reopened.secondsToWait() == 8);
    CHECK(reopened.tryUnlock(QStringLiteral("402917")).outcome == Outcome::TooSoon);
}

TEST_CASE("Locks are recorded with their reason", "[lock][gate]") {
    testing::TempStore temp;
    REQUIRE(temp.database);
    audit::AuditLog log(*temp.database);
    log.setActor(QStringLiteral("test user"));
    UnlockGate gate(*temp.database, &log, kCheap);
    gate.recordLocked(LockReason::Idle);
    gate.recordLocked(LockReason::Sleep);
    const QList<audit::AuditEvent> events = log.recent(10);
    REQUIRE(events.size() >= 2);
    CHECK(events.at(0).action == audit::Action::Lock);
    CHECK(events.at(0).detail == QStringLiteral("sleep"));
    CHECK(events.at(1).detail == QStringLiteral("idle"));
}

TEST_CASE("A secret hashed at another cost is hashed again on unlock", "[lock][gate]") {
    testing::TempStore temp;
    REQUIRE(temp.database);
    REQUIRE(UnlockGate(*temp.database, nullptr, kCheap).chooseSecret(kPassphrase, kPassphrase));
    const QString cheap = storeMeta(*temp.database, QStringLiteral("unlock_secret"));
    UnlockGate standard(*temp.database);
    REQUIRE(standard.tryUnlock(kPassphrase).outcome == Outcome::Unlocked);
    const QString upgraded = storeMeta(*temp.database, QStringLiteral("unlock_secret"));
    CHECK(upgraded != cheap);
    CHECK(upgraded.contains(QStringLiteral("m=65536,t=3")));
    CHECK(standard.tryUnlock(kPassphrase).outcome == Outcome::Unlocked);
}
