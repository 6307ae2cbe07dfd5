// The client engine against the real SyncService in the same process.
#include "client/conflict_resolver.h"
#include "client/sync_state_store.h"
#include "sync_fixture.h"
#include "temp_store.h"

#include <QSqlQuery>

using namespace kith;
using namespace kith::testing;

namespace {

struct TwoLaptops {
    SimServer server;
    Replica a{server, QStringLiteral("Sam Patel")};
    Replica b{server, QStringLiteral("Sam Patel")};
    QString familyId;
    QString motherId;

    TwoLaptops() {
        auto made = a.families->createFamily(sampleFamily());
        REQUIRE(made);
        familyId = made.value();
        motherId = sampleFamily().people.at(1).id;
        REQUIRE(a.sync().ok);
        REQUIRE(b.sync().ok);
    }
    Person person(Replica& replica, const QString& id) {
        const auto record = replica.families->loadFamily(familyId);
        REQUIRE(record);
        for (const Person& p : record->people) {
            if (p.id == id)
                return p;
        }
        FAIL("no such person");
        return {};
    }
};

} // namespace

TEST_CASE("A family made on one laptop reaches another, search index included", "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    Replica b(server, QStringLiteral("Sam Patel"));
    const auto made = a.families->createFamily(sampleFamily());
    REQUIRE(made);
    const int waiting = a.pending();
    CHECK(waiting > 0);

    const sync::SyncOutcome pushed = a.sync();
    INFO(pushed.failure.message.toStdString());
    REQUIRE(pushed.ok);
    CHECK(pushed.report.pushed > 0);
    CHECK(a.pending() == 0);

    const sync::SyncOutcome pulled = b.sync();
    REQUIRE(pulled.ok);
    CHECK(pulled.report.pulled >= 8); // family, 4 people, a name, an address, 2 contacts
    const auto record = b.families->loadFamily(made.value());
    REQUIRE(record);
    CHECK(record->family.name == QStringLiteral("Khan family"));
    CHECK(record->people.size() == 4);
    CHECK(record->otherNames.size() == 1);
    CHECK(record->addresses.size() == 1);
    CHECK(record->contacts.size() == 2);
    CHECK(b.pending() == 0); // pulled rows never enter the outbox
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM person_search")) == 4);
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM person_search WHERE person_search "
                                  "MATCH 'hussain'")) == 1);
    for (const QString& table : {QStringLiteral("family"), QStringLiteral("person"),
                                 QStringLiteral("address"), QStringLiteral("contact_detail")})
        CHECK(a.rows(table) == b.rows(table));
}

TEST_CASE("Changes to different fields of one person on two laptops both survive",
          "[sync-engine]") {
    TwoLaptops w;
    Person onA = w.person(w.a, w.motherId);
    onA.givenName = QStringLiteral("Amirah");
    REQUIRE(w.a.families->updatePerson(onA));
    Person onB = w.person(w.b, w.motherId);
    onB.school = QStringLiteral("Torbay Adult Learning");
    REQUIRE(w.b.families->updatePerson(onB));

    REQUIRE(w.a.sync().ok);
    REQUIRE(w.b.sync().ok);
    REQUIRE(w.a.sync().ok);
    for (Replica* replica : {&w.a, &w.b}) {
        const Person merged = w.person(*replica, w.motherId);
        CHECK(merged.givenName == QStringLiteral("Amirah"));
        CHECK(merged.school == QStringLiteral("Torbay Adult Learning"));
    }
    CHECK(count(w.a,
                QStringLiteral("SELECT count(*) FROM sync_conflict WHERE entity = 'person'")) == 0);
}

TEST_CASE("A laptop's own pushes do not come back to it, and its next edit needs no pull",
          "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    Replica b(server, QStringLiteral("Sam Patel"));
    const auto made = a.families->createFamily(sampleFamily());
    REQUIRE(made);
    const sync::SyncOutcome first = a.sync();
    REQUIRE(first.ok);
    CHECK(first.report.pushed > 0);
    CHECK(first.report.pulled == 0); // everything it pushed the server kept as sent
    // Its bases came from the push: an edit made now is an ordinary update, no conflict.
    CHECK(count(a, QStringLiteral("SELECT count(*) FROM sync_row WHERE version = 0 AND "
                                  "entity = 'person'")) == 0);
    const QString motherId = sampleFamily().people.at(1).id;
    const auto mother = [&](Replica& replica) {
        const auto record = replica.families->loadFamily(made.value());
        REQUIRE(record);
        const auto found =
            std::find_if(record->people.begin(), record->people.end(),
                         [&](const Person& person) { return person.id == motherId; });
        REQUIRE(found != record->people.end());
        return *found;
    };
    REQUIRE(b.sync().ok);
    Person onB = mother(b);
    onB.school = QStringLiteral("Paignton Community College");
    REQUIRE(b.families->updatePerson(onB));
    REQUIRE(b.sync().ok);
    const sync::SyncOutcome second = a.sync();
    REQUIRE(second.ok);
    CHECK(second.report.pulled >= 1); // B's change comes; A's own rows still do not
    CHECK(second.report.pulled < first.report.pushed);
    Person onA = mother(a);
    CHECK(onA.school == QStringLiteral("Paignton Community College"));
    onA.givenName = QStringLiteral("Amirah");
    REQUIRE(a.families->updatePerson(onA));
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);
    CHECK(mother(b).givenName == QStringLiteral("Amirah"));
    CHECK(count(a, QStringLiteral("SELECT count(*) FROM sync_conflict")) == 0);
}

TEST_CASE("The same field changed on two laptops becomes a conflict that keeps both, and its "
          "resolution syncs",
          "[sync-engine]") {
    TwoLaptops w;
    Person onA = w.person(w.a, w.motherId);
    onA.givenName = QStringLiteral("Amirah");
    REQUIRE(w.a.families->updatePerson(onA));
    w.b.families->setActor(QStringLiteral("Alex Jones"));
    Person onB = w.person(w.b, w.motherId);
    onB.givenName = QStringLiteral("Amina");
    REQUIRE(w.b.families->updatePerson(onB));

    REQUIRE(w.a.sync().ok);
    const sync::SyncOutcome second = w.b.sync();
    REQUIRE(second.ok);
    CHECK(second.report.newConflicts >= 1);
    // The server's value wins in the row on both laptops; the conflict keeps both.
    CHECK(w.person(w.b, w.motherId).givenName == QStringLiteral("Amirah"));
    REQUIRE(w.a.sync().ok);
    sync::ConflictResolver resolverA(*w.a.database);
    const auto open = resolverA.openConflicts(w.familyId);
    const auto nameConflict = std::find_if(open.begin(), open.end(), [](const auto& c) {
        return c.entity == QLatin1String("person") && c.field == QLatin1String("given_name");
    });
    REQUIRE(nameConflict != open.end());
    CHECK(nameConflict->serverValue == QStringLiteral("\"Amirah\""));
    CHECK(nameConflict->clientValue == QStringLiteral("\"Amina\""));
    CHECK(nameConflict->clientChangedBy == QStringLiteral("Alex Jones"));
    CHECK(nameConflict->serverChangedBy == QStringLiteral("Sam Patel"));

    // Resolved on laptop B in favour of B's value; laptop A follows after syncing.
    sync::ConflictResolver resolverB(*w.b.database);
    const Status resolved = resolverB.resolveConflict(
        nameConflict->id, sync::ConflictChoice::KeepClient, {}, QStringLiteral("Alex Jones"));
    INFO(resolved.error().toStdString());
    REQUIRE(resolved);
    CHECK(w.person(w.b, w.motherId).givenName == QStringLiteral("Amina"));
    REQUIRE(w.b.sync().ok);
    REQUIRE(w.a.sync().ok);
    CHECK(w.person(w.a, w.motherId).givenName == QStringLiteral("Amina"));
    const auto stillOpen = resolverA.openConflicts(w.familyId);
    CHECK(std::none_of(stillOpen.begin(), stillOpen.end(),
                       [&](const auto& c) { return c.id == nameConflict->id; }));
    CHECK_FALSE(resolverA.resolveConflict(nameConflict->id, sync::ConflictChoice::KeepServer, {},
                                          QStringLiteral("Sam Patel")));
}

TEST_CASE("A push whose answer was lost is not applied twice when it is sent again",
          "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    REQUIRE(a.sync().ok); // signed in, nothing to send
    REQUIRE(a.families->createFamily(sampleFamily()));
    const int waiting = a.pending();
    a.faults.loseResponse = true;
    const sync::SyncOutcome lost = a.sync();
    REQUIRE_FALSE(lost.ok);
    CHECK(lost.failure.problem == sync::SyncProblem::ServerUnreachable);
    CHECK(lost.failure.message.contains(QStringLiteral("safe")));
    CHECK(a.pending() == waiting); // still in the outbox

    a.faults.sendTwice = true;
    const sync::SyncOutcome again = a.sync();
    REQUIRE(again.ok);
    CHECK(a.pending() == 0);
    CHECK(again.report.newConflicts == 0);
    Replica b(server, QStringLiteral("Sam Patel"));
    REQUIRE(b.sync().ok);
    CHECK(b.families->familyCount() == 1);
    CHECK(b.families->personCount() == 4);
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM sync_conflict")) == 0);
}

namespace {

// Laptop A has pushed a family; laptop B is to pull it three rows a page.
struct PulledInPages : PushedFamily {
    PulledInPages() { b.options.pullLimit = 3; }
    // After B's sync that went wrong and the one that finished it: B has what A has.
    void checkBHasEverything() {
        CHECK(b.families->familyCount() == 1);
        CHECK(b.families->personCount() == 4);
        for (const QString& table :
             {QStringLiteral("family"), QStringLiteral("person"), QStringLiteral("person_name"),
              QStringLiteral("contact_detail")})
            CHECK(a.rows(table) == b.rows(table));
    }
};

} // namespace

TEST_CASE("A crash between applying a page and saving its cursor repeats the page",
          "[sync-engine]") {
    PulledInPages laptops;
    Replica& b = laptops.b;
    int pages = 0;
    b.options.crashBeforeCursorSaved = [&pages] {
        return ++pages == 2;
    };
    const sync::SyncOutcome crashed = b.sync();
    REQUIRE_FALSE(crashed.ok);
    CHECK(crashed.failure.problem == sync::SyncProblem::Interrupted);
    b.options.crashBeforeCursorSaved = {};
    REQUIRE(b.sync().ok);
    laptops.checkBHasEverything();
}

TEST_CASE("A pull that fails part way keeps the pages that arrived before the failure",
          "[sync-engine]") {
    PulledInPages laptops;
    Replica& b = laptops.b;
    int pulls = 0;
    b.observe = [&](const sync::TransportRequest& request, const sync::TransportResponse&) {
        if (request.path == sync::path::changes && ++pulls == 2)
            b.faults.loseResponse = true; // the third page never arrives
    };
    const sync::SyncOutcome failed = b.sync();
    REQUIRE_FALSE(failed.ok);
    // Several pages share a transaction; the two that arrived are committed with their cursor
    // all the same, so the next sync goes on after them.
    CHECK(count(b, QStringLiteral("SELECT cursor FROM sync_state")) > 0);
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM sync_row")) == 6);
    b.observe = {};
    REQUIRE(b.sync().ok);
    CHECK(pulls == 3);
    laptops.checkBHasEverything();
}

TEST_CASE("A laptop clock hours off is refused with a clear message and nothing is lost",
          "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    REQUIRE(a.families->createFamily(sampleFamily()));
    const int waiting = a.pending();
    a.clock.advanceSeconds(3 * 3600);
    const sync::SyncOutcome refused = a.sync();
    REQUIRE_FALSE(refused.ok);
    CHECK(refused.failure.problem == sync::SyncProblem::ClockDrift);
    INFO(refused.failure.message.toStdString());
    CHECK(refused.failure.message.contains(QStringLiteral("3 hours ahead of")));
    CHECK(refused.failure.message.contains(QStringLiteral("safe")));
    CHECK(a.pending() == waiting);

    a.clock.set(simStart());
    REQUIRE(a.sync().ok);
    CHECK(a.pending() == 0);
}

TEST_CASE("A wrong password and a server that does not answer are told apart", "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    sync::SyncEngine engine(*a.database, *a.transport);
    const auto wrong =
        engine.syncOnce({kServerUrl, QStringLiteral("sam"), QStringLiteral("not it"), {}});
    REQUIRE_FALSE(wrong.ok);
    CHECK(wrong.failure.problem == sync::SyncProblem::BadCredentials);

    sync::InProcessTransport down(
        [](const sync::TransportRequest&) { return sync::TransportResponse{}; });
    sync::SyncEngine offline(*a.database, down);
    const auto unreachable =
        offline.syncOnce({kServerUrl, QStringLiteral("sam"), kSimPassword, {}});
    REQUIRE_FALSE(unreachable.ok);
    CHECK(unreachable.failure.problem == sync::SyncProblem::ServerUnreachable);
    CHECK(unreachable.failure.message.contains(QStringLiteral("Could not reach")));
}

TEST_CASE("A removed person leaves every laptop, and a removal meeting an edit is a conflict",
          "[sync-engine]") {
    TwoLaptops w;
    const auto record = w.a.families->loadFamily(w.familyId);
    REQUIRE(record);
    QString childId;
    for (const Person& p : record->people) {
        if (p.givenName == QLatin1String("Zainab"))
            childId = p.id;
    }
    REQUIRE_FALSE(childId.isEmpty());
    REQUIRE(w.a.families->removePerson(childId));
    REQUIRE(w.a.sync().ok);
    REQUIRE(w.b.sync().ok);
    CHECK(w.b.families->personCount() == 3);
    CHECK(count(w.b, QStringLiteral("SELECT count(*) FROM person_search")) == 3);

    // B edits the mother while A removes her: the server keeps her, with a conflict.
    Person onB = w.person(w.b, w.motherId);
    onB.school = QStringLiteral("Evening classes");
    REQUIRE(w.b.families->updatePerson(onB));
    REQUIRE(w.a.families->removePerson(w.motherId));
    REQUIRE(w.b.sync().ok);
    const sync::SyncOutcome removal = w.a.sync();
    REQUIRE(removal.ok);
    CHECK(removal.report.newConflicts >= 1);
    CHECK(
        count(w.a, QStringLiteral("SELECT count(*) FROM person WHERE id = '%1'").arg(w.motherId)) ==
        1); // back, with B's edit
    CHECK(count(w.a, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE field = "
                                    "'*deleted*' AND status = 'open'")) == 1);
    CHECK(w.person(w.a, w.motherId).school == QStringLiteral("Evening classes"));
}

TEST_CASE("When the account stops working with a family, its records leave the laptop",
          "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    const auto made = a.families->createFamily(sampleFamily());
    REQUIRE(made);
    REQUIRE(a.sync().ok);
    const QString lead = handOverToAnotherLead(a, made.value());
    const sync::SyncOutcome outcome = a.sync();
    INFO(outcome.failure.message.toStdString() << outcome.failure.error.detail.toStdString());
    REQUIRE(outcome.ok);
    CHECK(a.families->familyCount() == 0);
    CHECK(a.families->personCount() == 0);
    CHECK(count(a, QStringLiteral("SELECT count(*) FROM person_search")) == 0);
    CHECK(count(a, QStringLiteral("SELECT count(*) FROM sync_row WHERE family_id = '%1'")
                       .arg(made.value())) == 0);
    CHECK(count(a, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'family' AND "
                                  "entity_id = '%1' AND detail LIKE 'removed from this device%'")
                       .arg(made.value())) == 1);
    CHECK(a.families->agencies().isEmpty()); // reference rows are untouched (none were made)
    CHECK(a.families->professional(lead).has_value());
}

TEST_CASE("What syncs is read from the schema: columns, append-only tables, families",
          "[sync-engine]") {
    TempStore store;
    REQUIRE(store.families);
    const auto made = store.families->createFamily(sampleFamily());
    REQUIRE(made);
    sync::LocalTables tables(store.database->connection());
    CHECK(tables.syncedColumns(QStringLiteral("person")).contains(QStringLiteral("given_name")));
    CHECK_FALSE(
        tables.syncedColumns(QStringLiteral("person")).contains(QStringLiteral("local_id")));
    CHECK_FALSE(
        tables.syncedColumns(QStringLiteral("audit_event")).contains(QStringLiteral("seq")));
    CHECK(tables.syncedColumns(QStringLiteral("no_such_table")).isEmpty());
    CHECK(tables.syncedColumns(QStringLiteral("person; DROP TABLE person")).isEmpty());
    CHECK(tables.isAppendOnly(QStringLiteral("case_note")));
    CHECK(tables.isAppendOnly(QStringLiteral("audit_event")));
    CHECK_FALSE(tables.isAppendOnly(QStringLiteral("person")));
    CHECK_FALSE(tables.isAppendOnly(QStringLiteral("sync_conflict")));
    QSqlQuery name(store.database->connection());
    REQUIRE(name.exec(QStringLiteral("SELECT id FROM person_name")));
    REQUIRE(name.next());
    const auto row = tables.readRow(QStringLiteral("person_name"), name.value(0).toString());
    REQUIRE(row);
    CHECK(tables.familyOf(QStringLiteral("person_name"), *row) == made.value());
    CHECK(tables.familyOf(QStringLiteral("agency"), {}).isEmpty());
}

TEST_CASE("While it syncs the engine's connection commits without waiting for the disk, and "
          "waits again afterwards",
          "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    REQUIRE(a.families->createFamily(sampleFamily()));
    const auto synchronous = [&a] {
        return count(a, QStringLiteral("PRAGMA synchronous"));
    };
    REQUIRE(synchronous() == 2); // FULL: every commit of the person's edits waits for the disk
    QList<int> during;
    a.options.progress = [&](const sync::SyncProgress&) {
        during.append(synchronous());
    };
    REQUIRE(a.sync().ok);
    REQUIRE_FALSE(during.isEmpty());
    for (const int level : during)
        CHECK(level == 1); // NORMAL: what the engine writes can be had again
    CHECK(synchronous() == 2);
}

TEST_CASE("Signing in keeps the account's role, for the app to explain what it may not do",
          "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    sync::SyncStateStore state(a.database->connection());
    CHECK(state.accountRole().isEmpty()); // never signed in: nothing is assumed
    REQUIRE(a.sync().ok);
    CHECK(state.accountRole() == QStringLiteral("practitioner"));
}

TEST_CASE("A pulled row that breaks a rule of the laptop's schema is kept aside and the rest of "
          "its page is stored",
          "[sync-engine]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    Replica b(server, QStringLiteral("Sam Patel"));
    REQUIRE(a.families->createFamily(sampleFamily()));
    REQUIRE(a.sync().ok);
    // A value the laptop's schema refuses, as a newer or faulty client might have sent it.
    const QString brokenId = sampleFamily().people.at(1).id;
    auto stored = server.store->record(QStringLiteral("person"), brokenId);
    REQUIRE(stored);
    server::StoredRecord broken = *stored;
    broken.fields.insert(QStringLiteral("gender"), QStringLiteral("not a gender"));
    REQUIRE(server.store->begin());
    const auto seq = server.store->takeSeq();
    REQUIRE(seq);
    broken.version = seq.value();
    REQUIRE(server.store->writeRecord(broken, seq.value(), {}, stored));
    REQUIRE(server.store->commit());

    // B's first pull holds the four people to write them in one statement, which fails as a
    // whole; then they are written one by one.
    const sync::SyncOutcome pulled = b.sync();
    INFO(pulled.failure.message.toStdString());
    REQUIRE(pulled.ok);
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM person")) == 3);
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM person WHERE id = '%1'").arg(brokenId)) ==
          0);
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM sync_foreign_row WHERE entity = 'person' "
                                  "AND entity_id = '%1'")
                       .arg(brokenId)) == 1);
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM sync_row WHERE entity = 'person'")) == 3);
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM person_search")) == 3);
}
