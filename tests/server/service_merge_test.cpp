// Push: the merge rules, conflicts, idempotency and what is rejected.
#include "service_fixture.h"

using namespace kith;
using namespace kith::testing;

namespace {

// Sam (practitioner) makes a family; Alex, Sam's team manager, works on it too.
struct TwoWorkers : SamsFamilyAndManager {
    QString personId = newId();
    qint64 inserted = 0;

    TwoWorkers() {
        const QJsonObject result = f.pushOne(
            sam, change(QStringLiteral("insert"), QStringLiteral("person"), personId, familyId,
                        {{QStringLiteral("id"), personId},
                         {QStringLiteral("family_id"), familyId},
                         {QStringLiteral("given_name"), QStringLiteral("Amira")},
                         {QStringLiteral("family_name"), QStringLiteral("Khan")}}));
        REQUIRE(result.value(QStringLiteral("status")) == QStringLiteral("applied"));
        inserted = result.value(QStringLiteral("version")).toInteger();
    }

    QJsonObject update(const QString& token, const QJsonObject& fields, qint64 base,
                       const QString& by = QStringLiteral("Sam Patel")) {
        return f.pushOne(token, change(QStringLiteral("update"), QStringLiteral("person"), personId,
                                       familyId, fields, base, by));
    }
    QJsonObject remove(const QString& token, qint64 base) {
        return f.pushOne(token, change(QStringLiteral("delete"), QStringLiteral("person"), personId,
                                       familyId, {}, base));
    }
    server::StoredRecord stored() const {
        const auto row = f.store->record(QStringLiteral("person"), personId);
        REQUIRE(row);
        return *row;
    }
};

QString statusOf(const QJsonObject& result) {
    return result.value(QStringLiteral("status")).toString();
}

} // namespace

TEST_CASE("Changes to different fields of one row merge", "[server-service]") {
    TwoWorkers w;
    const QJsonObject first =
        w.update(w.sam, {{QStringLiteral("given_name"), QStringLiteral("Amirah")}}, w.inserted);
    const QJsonObject second =
        w.update(w.alex, {{QStringLiteral("family_name"), QStringLiteral("Khan-Ali")}}, w.inserted,
                 QStringLiteral("Alex Jones"));
    CHECK(statusOf(first) == QStringLiteral("applied"));
    CHECK(statusOf(second) == QStringLiteral("applied"));
    CHECK(second.value(QStringLiteral("version")).toInteger() >
          first.value(QStringLiteral("version")).toInteger());
    const server::StoredRecord row = w.stored();
    CHECK(row.fields.value(QStringLiteral("given_name")) == QStringLiteral("Amirah"));
    CHECK(row.fields.value(QStringLiteral("family_name")) == QStringLiteral("Khan-Ali"));
    CHECK(row.version == second.value(QStringLiteral("version")).toInteger());
}

TEST_CASE("The same field changed differently becomes a conflict that keeps both",
          "[server-service]") {
    TwoWorkers w;
    w.update(w.sam, {{QStringLiteral("given_name"), QStringLiteral("Amirah")}}, w.inserted);
    const QJsonObject result =
        w.update(w.alex,
                 {{QStringLiteral("given_name"), QStringLiteral("Amina")},
                  {QStringLiteral("family_name"), QStringLiteral("Khan-Ali")}},
                 w.inserted, QStringLiteral("Alex Jones"));
    CHECK(statusOf(result) == QStringLiteral("conflict"));
    const QJsonArray ids = result.value(QStringLiteral("conflict_ids")).toArray();
    REQUIRE(ids.size() == 1);
    // The field that did not conflict was applied; the server kept its value of the other.
    CHECK(w.stored().fields.value(QStringLiteral("given_name")) == QStringLiteral("Amirah"));
    CHECK(w.stored().fields.value(QStringLiteral("family_name")) == QStringLiteral("Khan-Ali"));

    const auto conflict = w.f.store->record(sync::kConflictEntity, ids.first().toString());
    REQUIRE(conflict);
    CHECK(conflict->familyId == w.familyId);
    const QJsonObject c = conflict->fields;
    CHECK(c.value(QStringLiteral("entity")) == QStringLiteral("person"));
    CHECK(c.value(QStringLiteral("entity_id")) == w.personId);
    CHECK(c.value(QStringLiteral("field")) == QStringLiteral("given_name"));
    CHECK(c.value(QStringLiteral("server_value")) == QStringLiteral("\"Amirah\""));
    CHECK(c.value(QStringLiteral("server_changed_by")) == QStringLiteral("Sam Patel"));
    CHECK(c.value(QStringLiteral("server_changed_at")) ==
          QStringLiteral("2026-11-25T10:00:00.000Z"));
    CHECK(c.value(QStringLiteral("client_value")) == QStringLiteral("\"Amina\""));
    CHECK(c.value(QStringLiteral("client_changed_by")) == QStringLiteral("Alex Jones"));
    CHECK(c.value(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(c.value(QStringLiteral("resolution")).isNull());

    // Both workers receive the conflict record by pull.
    for (const QString& token : {w.sam, w.alex}) {
        qint64 cursor = 0;
        bool seen = false;
        for (const QJsonObject& pulled : w.f.pullAll(token, cursor))
            seen = seen || pulled.value(QStringLiteral("id")) == ids.first();
        CHECK(seen);
    }
    // The same value sent again is no conflict.
    CHECK(statusOf(w.update(w.alex, {{QStringLiteral("given_name"), QStringLiteral("Amirah")}},
                            w.inserted)) == QStringLiteral("applied"));
}

TEST_CASE("An update of a deleted row is kept in a conflict and not applied", "[server-service]") {
    TwoWorkers w;
    CHECK(statusOf(w.remove(w.sam, w.inserted)) == QStringLiteral("applied"));
    CHECK(w.stored().deleted);
    const QJsonObject result =
        w.update(w.alex, {{QStringLiteral("given_name"), QStringLiteral("Amina")}}, w.inserted,
                 QStringLiteral("Alex Jones"));
    CHECK(statusOf(result) == QStringLiteral("conflict"));
    CHECK(w.stored().deleted);
    const auto conflict = w.f.store->record(
        sync::kConflictEntity,
        result.value(QStringLiteral("conflict_ids")).toArray().first().toString());
    REQUIRE(conflict);
    CHECK(conflict->fields.value(QStringLiteral("field")) == sync::kDeletedField);
    CHECK(conflict->fields.value(QStringLiteral("client_value")) ==
          QStringLiteral("{\"given_name\":\"Amina\"}"));
    // The tombstone reaches clients as a delete without its fields.
    qint64 cursor = 0;
    bool deletedSeen = false;
    for (const QJsonObject& pulled : w.f.pullAll(w.sam, cursor)) {
        if (pulled.value(QStringLiteral("id")) == w.personId) {
            deletedSeen = pulled.value(QStringLiteral("op")) == QStringLiteral("delete");
            CHECK_FALSE(pulled.contains(QStringLiteral("fields")));
        }
    }
    CHECK(deletedSeen);
}

TEST_CASE("A delete of a row changed since the base becomes a conflict", "[server-service]") {
    TwoWorkers w;
    w.update(w.sam, {{QStringLiteral("given_name"), QStringLiteral("Amirah")}}, w.inserted);
    const QJsonObject result = w.remove(w.alex, w.inserted);
    CHECK(statusOf(result) == QStringLiteral("conflict"));
    CHECK_FALSE(w.stored().deleted);
    const auto conflict = w.f.store->record(
        sync::kConflictEntity,
        result.value(QStringLiteral("conflict_ids")).toArray().first().toString());
    REQUIRE(conflict);
    CHECK(conflict->fields.value(QStringLiteral("field")) == sync::kDeletedField);
    CHECK(conflict->fields.value(QStringLiteral("server_value"))
              .toString()
              .contains(QStringLiteral("Amirah")));
    // With the current version as base the delete applies.
    CHECK(statusOf(w.remove(w.alex, w.stored().version)) == QStringLiteral("applied"));
    CHECK(w.stored().deleted);
}

TEST_CASE("The same push twice is answered as duplicate and changes nothing", "[server-service]") {
    TwoWorkers w;
    w.update(w.sam, {{QStringLiteral("given_name"), QStringLiteral("Amirah")}}, w.inserted);
    const QJsonArray changes{
        change(QStringLiteral("update"), QStringLiteral("person"), w.personId, w.familyId,
               {{QStringLiteral("given_name"), QStringLiteral("Amina")}}, w.inserted),
        change(QStringLiteral("insert"), QStringLiteral("address"), newId(), w.familyId,
               {{QStringLiteral("postcode"), QStringLiteral("LS1 4AP")}})};
    const QJsonArray first = w.f.push(w.alex, changes).value(QStringLiteral("results")).toArray();
    const qint64 seq = w.f.store->lastSeq();
    const QJsonArray again = w.f.push(w.alex, changes).value(QStringLiteral("results")).toArray();
    CHECK(w.f.store->lastSeq() == seq);
    REQUIRE(again.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject a = first.at(i).toObject();
        const QJsonObject b = again.at(i).toObject();
        CHECK(b.value(QStringLiteral("status")) == QStringLiteral("duplicate"));
        CHECK(b.value(QStringLiteral("version")) == a.value(QStringLiteral("version")));
        CHECK(b.value(QStringLiteral("conflict_ids")) == a.value(QStringLiteral("conflict_ids")));
    }
    CHECK(first.at(0).toObject().value(QStringLiteral("status")) == QStringLiteral("conflict"));
}

TEST_CASE("Append-only rows are inserted once and never changed", "[server-service]") {
    TwoWorkers w;
    const QString noteId = newId();
    const QJsonObject fields{{QStringLiteral("id"), noteId},
                             {QStringLiteral("text"), QStringLiteral("Visited.")}};
    const QJsonObject insert =
        change(QStringLiteral("insert"), QStringLiteral("case_note"), noteId, w.familyId, fields);
    CHECK(statusOf(w.f.pushOne(w.sam, insert)) == QStringLiteral("applied"));
    QJsonObject again = insert;
    again.insert(QStringLiteral("mutation_id"), newId());
    CHECK(statusOf(w.f.pushOne(w.sam, again)) == QStringLiteral("applied")); // identical: no harm
    QJsonObject different = again;
    different.insert(QStringLiteral("mutation_id"), newId());
    different.insert(QStringLiteral("fields"),
                     QJsonObject{{QStringLiteral("text"), QStringLiteral("Changed.")}});
    const QJsonObject rejected = w.f.pushOne(w.sam, different);
    CHECK(statusOf(rejected) == QStringLiteral("rejected"));
    CHECK(!rejected.value(QStringLiteral("reason")).toString().isEmpty());
    for (const QString& op : {QStringLiteral("update"), QStringLiteral("delete")}) {
        const QJsonObject refused =
            w.f.pushOne(w.sam, change(op, QStringLiteral("case_note"), noteId, w.familyId,
                                      {{QStringLiteral("text"), QStringLiteral("Changed.")}}, 99));
        CHECK(statusOf(refused) == QStringLiteral("rejected"));
        CHECK(refused.value(QStringLiteral("reason"))
                  .toString()
                  .contains(QStringLiteral("append-only")));
    }
    CHECK(w.f.store->record(QStringLiteral("case_note"), noteId)->fields == fields);
}

TEST_CASE("Changes the account may not make are rejected and the others in the push apply",
          "[server-service]") {
    TwoWorkers w;
    w.f.addAccount(QStringLiteral("root"), QStringLiteral("admin"));
    w.f.addAccount(QStringLiteral("kim"), QStringLiteral("practitioner"), QStringLiteral("South"));
    const QString admin = w.f.tokenFor(QStringLiteral("root"));
    const QString kim = w.f.tokenFor(QStringLiteral("kim"));
    const QJsonObject edit =
        change(QStringLiteral("update"), QStringLiteral("person"), w.personId, w.familyId,
               {{QStringLiteral("given_name"), QStringLiteral("X")}}, w.inserted);
    CHECK(statusOf(w.f.pushOne(admin, edit)) == QStringLiteral("rejected"));
    QJsonObject kimEdit = edit;
    kimEdit.insert(QStringLiteral("mutation_id"), newId());
    const QJsonArray results =
        w.f.push(kim, QJsonArray{kimEdit, familyInsert(newId(), QStringLiteral("Kim's family")),
                                 change(QStringLiteral("insert"), QStringLiteral("person"), newId(),
                                        newId(), {})})
            .value(QStringLiteral("results"))
            .toArray();
    CHECK(results.at(0).toObject().value(QStringLiteral("status")) == QStringLiteral("rejected"));
    CHECK(results.at(1).toObject().value(QStringLiteral("status")) == QStringLiteral("applied"));
    CHECK(results.at(2)
              .toObject()
              .value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("push the family first")));
    CHECK(w.stored().fields.value(QStringLiteral("given_name")) == QStringLiteral("Amira"));
    // Hub-wide reference rows may be written by anyone in the hub.
    const QString agencyId = newId();
    CHECK(statusOf(w.f.pushOne(
              admin, change(QStringLiteral("insert"), QStringLiteral("agency"), agencyId, {},
                            {{QStringLiteral("name"), QStringLiteral("Leeds Family Hub")}}))) ==
          QStringLiteral("applied"));
}

TEST_CASE("A malformed push is a bad request that applies nothing", "[server-service]") {
    TwoWorkers w;
    const qint64 seq = w.f.store->lastSeq();
    server::ServiceRequest made = w.f.request("POST", sync::path::push, w.sam);
    made.body = "{\"device_id\": \"x\", \"changes\": [{\"entity\": \"person\"}]}";
    const auto response = w.f.service->handle(made);
    CHECK(response.status == 400);
    CHECK(response.json()
              .value(QStringLiteral("detail"))
              .toString()
              .contains(QStringLiteral("mutation_id")));
    made.body = "{not json";
    CHECK(w.f.service->handle(made).status == 400);
    CHECK(w.f.store->lastSeq() == seq);
}

TEST_CASE("One request that makes a row, changes it and repeats a change is applied in order",
          "[server-service]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    const QString sam = f.tokenFor(QStringLiteral("sam"));
    const QString familyId = newId();
    const QString personId = newId();
    const QJsonObject insert =
        change(QStringLiteral("insert"), QStringLiteral("person"), personId, familyId,
               {{QStringLiteral("id"), personId},
                {QStringLiteral("family_id"), familyId},
                {QStringLiteral("given_name"), QStringLiteral("Amira")},
                {QStringLiteral("family_name"), QStringLiteral("Khan")}});
    const QJsonObject rename =
        change(QStringLiteral("update"), QStringLiteral("person"), personId, familyId,
               {{QStringLiteral("given_name"), QStringLiteral("Amirah")}});
    // The new rows of a request are written together at its end: the update in between must
    // still find the row, and the repeated insert must be answered as a duplicate.
    const QJsonArray results =
        f.push(sam, QJsonArray{familyInsert(familyId), insert, rename, insert})
            .value(QStringLiteral("results"))
            .toArray();
    REQUIRE(results.size() == 4);
    CHECK(statusOf(results.at(0).toObject()) == QStringLiteral("applied"));
    CHECK(statusOf(results.at(1).toObject()) == QStringLiteral("applied"));
    CHECK(statusOf(results.at(2).toObject()) == QStringLiteral("applied"));
    CHECK(statusOf(results.at(3).toObject()) == QStringLiteral("duplicate"));
    CHECK(results.at(3).toObject().value(QStringLiteral("version")) ==
          results.at(1).toObject().value(QStringLiteral("version")));
    const auto row = f.store->record(QStringLiteral("person"), personId);
    REQUIRE(row);
    CHECK(row->fields.value(QStringLiteral("given_name")) == QStringLiteral("Amirah"));
    CHECK(row->version == results.at(2).toObject().value(QStringLiteral("version")).toInteger());
    // The directory knows the person by the new name.
    server::DirectoryQuery query;
    query.givenName = QStringLiteral("amirah");
    query.familyName = QStringLiteral("Khan");
    CHECK(f.store->directoryFamilies(query) == QStringList{familyId});
    // Sent again whole, the request changes nothing.
    const qint64 before = f.store->lastSeq();
    const QJsonArray again =
        f.push(sam, QJsonArray{insert, rename}).value(QStringLiteral("results")).toArray();
    CHECK(statusOf(again.at(0).toObject()) == QStringLiteral("duplicate"));
    CHECK(statusOf(again.at(1).toObject()) == QStringLiteral("duplicate"));
    CHECK(f.store->lastSeq() == before);
}
