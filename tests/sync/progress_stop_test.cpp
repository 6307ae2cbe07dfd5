// Progress with a total, stopping a sync halfway, and the list of changes the server refused.
#include "audit/audit_log.h"
#include "client/refused_changes.h"
#include "client/sync_state_store.h"
#include "sync_fixture.h"
#include "temp_store.h"

#include <QSqlQuery>

using namespace kith;
using namespace kith::testing;
using Phase = sync::SyncProgress::Phase;

namespace {

// Every progress report of one phase, in order.
QList<sync::SyncProgress> reports(const QList<sync::SyncProgress>& all, Phase phase) {
    QList<sync::SyncProgress> chosen;
    for (const sync::SyncProgress& report : all) {
        if (report.phase == phase)
            chosen.append(report);
    }
    return chosen;
}

const QStringList kFamilyTables = {QStringLiteral("family"), QStringLiteral("person"),
                                   QStringLiteral("person_name"), QStringLiteral("address"),
                                   QStringLiteral("contact_detail")};

// Syncs with pages of three rows, keeping every progress report in `seen`.
sync::SyncOutcome syncInPagesOfThree(Replica& replica, QList<sync::SyncProgress>& seen) {
    replica.options.pullLimit = 3;
    replica.options.progress = [&seen](const sync::SyncProgress& progress) {
        seen.append(progress);
    };
    return replica.sync();
}

} // namespace

TEST_CASE("Pushing reports how many changes wait, and counts up to that total", "[sync-progress]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    REQUIRE(a.families->createFamily(sampleFamily()));
    const int waiting = a.pending();
    REQUIRE(waiting > 3);
    a.options.pushBatch = 2; // several batches
    QList<sync::SyncProgress> seen;
    a.options.progress = [&seen](const sync::SyncProgress& progress) {
        seen.append(progress);
    };
    REQUIRE(a.sync().ok);

    const QList<sync::SyncProgress> pushing = reports(seen, Phase::Pushing);
    REQUIRE(pushing.size() >= 3);
    CHECK(pushing.first().done == 0);
    for (const sync::SyncProgress& report : pushing) {
        CHECK(report.total == waiting);
        CHECK(report.done <= report.total);
    }
    for (qsizetype i = 1; i < pushing.size(); ++i)
        CHECK(pushing.at(i).done > pushing.at(i - 1).done);
    CHECK(pushing.last().done == waiting);
    CHECK(a.pending() == 0);
}

TEST_CASE("Pulling reports the server's count of what waits, and counts up to it",
          "[sync-progress]") {
    PushedFamily laptops;
    Replica& b = laptops.b;
    QList<sync::SyncProgress> seen;
    const sync::SyncOutcome outcome = syncInPagesOfThree(b, seen);
    REQUIRE(outcome.ok);

    const QList<sync::SyncProgress> pulling = reports(seen, Phase::Pulling);
    REQUIRE(pulling.size() >= 3);
    // A laptop new to the account: the estimate is exact.
    for (const sync::SyncProgress& report : pulling)
        CHECK(report.total == outcome.report.pulled);
    CHECK(pulling.first().done == 3);
    CHECK(pulling.last().done == outcome.report.pulled);
    CHECK(reports(seen, Phase::Pushing).isEmpty()); // nothing to send
}

TEST_CASE("A server that gives no count still syncs, with progress but no total",
          "[sync-progress]") {
    PushedFamily laptops;
    Replica& b = laptops.b;
    // An older server: the request for a count is not understood, so none comes back.
    SimServer& server = laptops.server;
    b.transport = std::make_unique<sync::InProcessTransport>(
        [&server](const sync::TransportRequest& request) {
            sync::TransportRequest older = request;
            older.query.removeAllQueryItems(QStringLiteral("remaining"));
            return callService(*server.service, older);
        });
    QList<sync::SyncProgress> seen;
    const sync::SyncOutcome outcome = syncInPagesOfThree(b, seen);
    REQUIRE(outcome.ok);
    const QList<sync::SyncProgress> pulling = reports(seen, Phase::Pulling);
    REQUIRE_FALSE(pulling.isEmpty());
    for (const sync::SyncProgress& report : pulling)
        CHECK(report.total == 0);
    CHECK(pulling.last().done == outcome.report.pulled);
    for (const QString& table : kFamilyTables)
        CHECK(laptops.a.rows(table) == b.rows(table));
}

TEST_CASE("The server counts only when asked, and only past the cursor", "[sync-progress]") {
    PushedFamily laptops;
    Replica& b = laptops.b;
    QList<QByteArray> answers;
    QList<bool> asked;
    b.observe = [&](const sync::TransportRequest& request,
                    const sync::TransportResponse& response) {
        if (request.path == sync::path::changes) {
            asked.append(request.query.hasQueryItem(QStringLiteral("remaining")));
            answers.append(response.body);
        }
    };
    b.options.pullLimit = 4;
    const sync::SyncOutcome outcome = b.sync();
    REQUIRE(outcome.ok);
    REQUIRE(answers.size() >= 2);
    CHECK(asked.first());
    CHECK_FALSE(asked.at(1)); // later pages do not make the server count again
    const auto first = sync::PullPage::fromJson(QJsonDocument::fromJson(answers.first()).object());
    REQUIRE(first);
    CHECK(first.value().remaining == outcome.report.pulled);
    const auto second = sync::PullPage::fromJson(QJsonDocument::fromJson(answers.at(1)).object());
    REQUIRE(second);
    CHECK(second.value().remaining == -1);
}

TEST_CASE("Stopping after the first page keeps that page and its cursor; the next sync finishes",
          "[sync-progress]") {
    PushedFamily laptops;
    Replica& b = laptops.b;
    b.options.pullLimit = 3;
    int pages = 0;
    b.options.progress = [&pages](const sync::SyncProgress& progress) {
        if (progress.phase == Phase::Pulling)
            ++pages;
    };
    b.options.stopRequested = [&pages] {
        return pages >= 1;
    };
    const sync::SyncOutcome stopped = b.sync();
    REQUIRE_FALSE(stopped.ok);
    CHECK(stopped.failure.problem == sync::SyncProblem::Stopped);
    CHECK(stopped.failure.message.contains(QStringLiteral("Everything received so far is kept")));
    CHECK(stopped.report.pulled == 3);
    CHECK(pages == 1);
    const qint64 cursorAfterStop = sync::SyncStateStore(b.database->connection()).cursor();
    CHECK(cursorAfterStop > 0);
    // The store now syncs with this server (the status no longer says "not synced yet").
    CHECK_FALSE(sync::SyncStateStore(b.database->connection()).server().isEmpty());
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM sync_row")) == 3);

    b.options.stopRequested = {};
    const sync::SyncOutcome finished = b.sync();
    REQUIRE(finished.ok);
    CHECK(sync::SyncStateStore(b.database->connection()).cursor() > cursorAfterStop);
    CHECK(b.families->familyCount() == 1);
    CHECK(b.families->personCount() == 4);
    for (const QString& table : kFamilyTables)
        CHECK(laptops.a.rows(table) == b.rows(table));
}

TEST_CASE("Stopping while pushing keeps unsent changes in the outbox; nothing is lost",
          "[sync-progress]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    REQUIRE(a.families->createFamily(sampleFamily()));
    const int waiting = a.pending();
    a.options.pushBatch = 2;
    int batches = 0;
    a.options.progress = [&batches](const sync::SyncProgress& progress) {
        if (progress.phase == Phase::Pushing && progress.done > 0)
            ++batches;
    };
    a.options.stopRequested = [&batches] {
        return batches >= 1;
    };
    const sync::SyncOutcome stopped = a.sync();
    REQUIRE_FALSE(stopped.ok);
    CHECK(stopped.failure.problem == sync::SyncProblem::Stopped);
    CHECK(stopped.report.pulled == 0); // it stopped before pulling
    const int left = a.pending();
    CHECK(left > 0);
    CHECK(left < waiting);

    a.options.stopRequested = {};
    REQUIRE(a.sync().ok);
    CHECK(a.pending() == 0);
    Replica b(server, QStringLiteral("Sam Patel"));
    REQUIRE(b.sync().ok);
    for (const QString& table : kFamilyTables)
        CHECK(a.rows(table) == b.rows(table));
}

TEST_CASE("A refused change is listed with plain words and leaves the list when dismissed",
          "[sync-progress]") {
    TempStore temp;
    REQUIRE(temp.database);
    {
        sync::SyncStateStore state(temp.database->connection());
        REQUIRE(state.addRejected({QStringLiteral("m-1"), QStringLiteral("lead_professional"),
                                   QStringLiteral("row-1"), QStringLiteral("family-1"),
                                   QStringLiteral("update"), QStringLiteral("{}"),
                                   QStringLiteral("forbidden: this account does not work with "
                                                  "the family"),
                                   temp.clock.nowUtc()}));
        REQUIRE(state.addRejected({QStringLiteral("m-2"),
                                   QStringLiteral("home_visit"),
                                   QStringLiteral("row-2"),
                                   QStringLiteral("family-1"),
                                   QStringLiteral("delete"),
                                   {},
                                   QStringLiteral("something new"),
                                   temp.clock.nowUtc()}));
    }
    sync::RefusedChanges refused(*temp.database);
    REQUIRE(refused.count() == 2);
    REQUIRE(refused.list().size() == 2);
    CHECK(sync::RefusedChanges::recordKind(QStringLiteral("lead_professional")) ==
          QStringLiteral("Lead professional"));
    CHECK(sync::RefusedChanges::recordKind(QStringLiteral("home_visit")) ==
          QStringLiteral("Home visit"));
    CHECK(sync::RefusedChanges::whatWasTried(QStringLiteral("delete")) ==
          QStringLiteral("Removing it"));
    CHECK(sync::RefusedChanges::plainReason(refused.list().first().reason)
              .contains(QStringLiteral("ask your manager to add you")));
    // A reason Kith does not know is shown as the server gave it.
    CHECK(sync::RefusedChanges::plainReason(QStringLiteral("something new"))
              .contains(QStringLiteral("something new")));

    REQUIRE(refused.dismiss(QStringLiteral("m-1")));
    CHECK(refused.count() == 1);
    REQUIRE(refused.list().size() == 1);
    CHECK(refused.list().first().mutationId == QStringLiteral("m-2"));
    const Status again = refused.dismiss(QStringLiteral("m-1"));
    CHECK_FALSE(again);
    CHECK(again.error().contains(QStringLiteral("no longer in the list")));
    CHECK(refused.count() == 1);
}

TEST_CASE("Dismissing a refused change leaves an audit event naming who, when and which record",
          "[sync-progress][audit]") {
    TempStore temp;
    REQUIRE(temp.database);
    const QString reason = QStringLiteral("forbidden: this account does not work with the family");
    {
        sync::SyncStateStore state(temp.database->connection());
        REQUIRE(state.addRejected(
            {QStringLiteral("m-1"), QStringLiteral("person_name"), QStringLiteral("row-1"),
             QStringLiteral("family-1"), QStringLiteral("update"),
             QStringLiteral("{\"given_name\":\"Amira\"}"), reason, temp.clock.nowUtc()}));
    }
    audit::AuditLog log(*temp.database);
    const QList<audit::AuditEvent> before = log.recent(1000);

    sync::RefusedChanges refused(*temp.database);
    refused.setActor(QStringLiteral("professional-7"));
    REQUIRE(refused.dismiss(QStringLiteral("m-1")));
    const QList<audit::AuditEvent> after = log.recent(1000);
    REQUIRE(after.size() == before.size() + 1);
    const audit::AuditEvent& event = after.first(); // newest first
    CHECK(event.actor == QStringLiteral("professional-7"));
    CHECK(event.occurredAt == temp.clock.nowUtc());
    CHECK(event.deviceId == temp.database->deviceId());
    CHECK(event.action == audit::Action::Change);
    CHECK(event.entity == QStringLiteral("person_name"));
    CHECK(event.entityId == QStringLiteral("row-1"));
    CHECK(event.detail == QStringLiteral("refused change dismissed (update)"));
    // Nothing of what was sent or why it was refused; and no family, so that the hub takes it
    // even when it refused the change because of the family.
    CHECK_FALSE(event.detail.contains(QStringLiteral("Amira")));
    CHECK_FALSE(event.detail.contains(QStringLiteral("forbidden")));
    CHECK(event.familyId.isEmpty());
    CHECK(log.verify().intact);
    // The event waits in the outbox, to be carried to the hub with the next sync.
    QSqlQuery queued(temp.database->connection());
    queued.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM change_log WHERE entity = 'audit_event' AND entity_id = ?"));
    queued.addBindValue(event.id);
    REQUIRE(queued.exec());
    REQUIRE(queued.next());
    CHECK(queued.value(0).toInt() == 1);

    // Dismissing again is refused and records nothing.
    CHECK_FALSE(refused.dismiss(QStringLiteral("m-1")));
    CHECK(log.recent(1000).size() == after.size());

    // Without an actor set, the store's own user is recorded.
    {
        sync::SyncStateStore state(temp.database->connection());
        REQUIRE(state.addRejected({QStringLiteral("m-2"), QStringLiteral("case_note"),
                                   QStringLiteral("row-2"), QStringLiteral("family-1"),
                                   QStringLiteral("insert"), QStringLiteral("{}"), reason,
                                   temp.clock.nowUtc()}));
    }
    REQUIRE(sync::RefusedChanges(*temp.database).dismiss(QStringLiteral("m-2")));
    const audit::AuditEvent second = log.recent(1).first();
    CHECK(second.actor == QStringLiteral("local user"));
    CHECK(second.entity == QStringLiteral("case_note"));
    CHECK(second.detail == QStringLiteral("refused change dismissed (insert)"));
}

TEST_CASE("A pull page's count of what waits is optional on the wire", "[sync-progress]") {
    sync::PullPage page;
    page.cursor = 12;
    page.remaining = 74000;
    const QJsonObject withCount = QJsonDocument::fromJson(page.toJsonText()).object();
    CHECK(withCount == page.toJson());
    const auto read = sync::PullPage::fromJson(withCount);
    REQUIRE(read);
    CHECK(read.value().remaining == 74000);

    page.remaining = -1; // not asked for: not sent
    CHECK_FALSE(
        QJsonDocument::fromJson(page.toJsonText()).object().contains(QStringLiteral("remaining")));
    QJsonObject odd = withCount;
    odd.insert(QStringLiteral("remaining"), QStringLiteral("lots"));
    const auto tolerant = sync::PullPage::fromJson(odd);
    REQUIRE(tolerant); // a bad count loses only the estimate
    CHECK(tolerant.value().remaining == -1);
}
