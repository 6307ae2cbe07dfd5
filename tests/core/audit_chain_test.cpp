#include "audit/audit_chain.h"
#include "audit/audit_log.h"
#include "store/sql_support.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using kith::audit::Action;
using kith::audit::AuditEvent;
using kith::audit::AuditLog;
using kith::audit::VerifyResult;
using kith::testing::TempStore;

namespace {

// Five views of made-up families, one second apart, on a store with no other events.
void recordFiveViews(TempStore& store, AuditLog& log) {
    for (int i = 1; i <= 5; ++i) {
        store.clock.advanceSeconds(1);
        REQUIRE(log.recordView(QStringLiteral("family-%1").arg(i)));
    }
}

// Tampering needs the append-only triggers gone, as an attacker with the file would do.
void dropTriggers(TempStore& store) {
    for (const char* trigger : {"audit_event_append_only_update", "audit_event_append_only_delete"})
        REQUIRE(kith::sql::exec(store.database->connection(),
                                QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
}

void run(TempStore& store, const QString& statement) {
    INFO(statement.toStdString());
    REQUIRE(kith::sql::exec(store.database->connection(), statement));
}

} // namespace

TEST_CASE("Audit events chain each row to the one before", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    log.setActor(QStringLiteral("hv.jones"));
    recordFiveViews(store, log);
    const auto events = log.recent(10);
    REQUIRE(events.size() == 5);
    CHECK(events.last().seq == 1);
    CHECK(events.last().previousHash == kith::audit::genesisHash());
    for (qsizetype i = 0; i + 1 < events.size(); ++i)
        CHECK(events.at(i).previousHash == events.at(i + 1).hash);
    CHECK(events.first().actor == QStringLiteral("hv.jones"));
    CHECK(events.first().deviceId == store.database->deviceId());
    const VerifyResult result = log.verify();
    CHECK(result.intact);
    CHECK(result.checked == 5);
}

TEST_CASE("The canonical form is fixed: the same fields always give the same hash", "[audit]") {
    AuditEvent event;
    event.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    event.occurredAt = QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
    event.actor = QStringLiteral("hv.jones");
    event.deviceId = QStringLiteral("device");
    event.action = Action::View;
    event.familyId = QStringLiteral("f");
    event.previousHash = kith::audit::genesisHash();
    const QStringList fields = kith::audit::canonicalFields(event);
    CHECK(kith::audit::canonicalForm(fields).startsWith("kith-audit-v1\n36:00000000-"));
    // Length prefixes keep "ab"+"c" apart from "a"+"bc".
    QStringList shifted = fields;
    shifted[2] = QStringLiteral("hv.jone");
    shifted[3] = QStringLiteral("sdevice");
    CHECK(kith::audit::chainHash(fields) != kith::audit::chainHash(shifted));
    CHECK(kith::audit::chainHash(fields).size() == 64);
}

TEST_CASE("The database refuses to change or remove audit rows", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    recordFiveViews(store, log);
    CHECK_FALSE(
        kith::sql::exec(store.database->connection(),
                        QStringLiteral("UPDATE audit_event SET actor = 'x' WHERE seq = 2")));
    CHECK_FALSE(kith::sql::exec(store.database->connection(),
                                QStringLiteral("DELETE FROM audit_event WHERE seq = 2")));
    // Marking a row as sent to the server is the one change allowed.
    CHECK(
        kith::sql::exec(store.database->connection(),
                        QStringLiteral("UPDATE audit_event SET synced_at = 'now' WHERE seq = 2")));
    CHECK(log.verify().intact);
}

TEST_CASE("An altered audit row is found at that row", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    recordFiveViews(store, log);
    dropTriggers(store);
    run(store, QStringLiteral("UPDATE audit_event SET family_id = 'someone-else' WHERE seq = 3"));
    const VerifyResult result = log.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.brokenSeq == 3);
    CHECK(result.problem == VerifyResult::Problem::Altered);
    CHECK(result.checked == 2);
    CHECK(result.message.contains(QStringLiteral("record 3")));
}

TEST_CASE("An altered row whose hash was recomputed is found at the next row", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    recordFiveViews(store, log);
    dropTriggers(store);
    QSqlQuery row(store.database->connection());
    REQUIRE(row.exec(QStringLiteral("SELECT id, occurred_at, actor, device_id, action, family_id, "
                                    "person_id, entity, entity_id, detail, previous_hash FROM "
                                    "audit_event WHERE seq = 2")));
    REQUIRE(row.next());
    QStringList fields;
    for (int i = 0; i < 11; ++i)
        fields.append(row.value(i).toString());
    row.finish();
    fields[2] = QStringLiteral("nobody");
    run(store, QStringLiteral("UPDATE audit_event SET actor = 'nobody', hash = '%1' WHERE seq = 2")
                   .arg(kith::audit::chainHash(fields)));
    const VerifyResult result = log.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.brokenSeq == 3);
    CHECK(result.problem == VerifyResult::Problem::Removed);
}

TEST_CASE("A removed audit row is found at the row after it", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    recordFiveViews(store, log);
    dropTriggers(store);
    run(store, QStringLiteral("DELETE FROM audit_event WHERE seq = 2"));
    const VerifyResult result = log.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.brokenSeq == 3);
    CHECK(result.problem == VerifyResult::Problem::Removed);
}

TEST_CASE("Removed and renumbered audit rows are still found", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    recordFiveViews(store, log);
    dropTriggers(store);
    run(store, QStringLiteral("DELETE FROM audit_event WHERE seq = 2"));
    run(store, QStringLiteral("UPDATE audit_event SET seq = seq - 1 WHERE seq > 2"));
    const VerifyResult result = log.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.brokenSeq == 2);
    CHECK(result.problem == VerifyResult::Problem::Removed);
}

TEST_CASE("Swapped audit rows are reported as reordered", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    recordFiveViews(store, log);
    dropTriggers(store);
    run(store, QStringLiteral("UPDATE audit_event SET seq = 100 WHERE seq = 3"));
    run(store, QStringLiteral("UPDATE audit_event SET seq = 3 WHERE seq = 4"));
    run(store, QStringLiteral("UPDATE audit_event SET seq = 4 WHERE seq = 100"));
    const VerifyResult result = log.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.brokenSeq == 3);
    CHECK(result.problem == VerifyResult::Problem::Reordered);
}

TEST_CASE("Newest audit rows cut off the end are found", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    recordFiveViews(store, log);
    dropTriggers(store);
    run(store, QStringLiteral("DELETE FROM audit_event WHERE seq >= 4"));
    const VerifyResult result = log.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.brokenSeq == 4);
    CHECK(result.problem == VerifyResult::Problem::Removed);
}
