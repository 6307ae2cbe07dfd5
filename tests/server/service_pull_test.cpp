// Pull: need-to-know, snapshots when access is gained, forget_family when it is lost,
// paging, resync_required; and the directory.
#include "server/family_access_rules.h"
#include "service_fixture.h"

using namespace kith;
using namespace kith::testing;

namespace {

const QString kSamProfessional = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kKimProfessional = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
const QString kAgency = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");

// A hub with two teams. Casey (East) records families; Sam (North) and Kim (South) are
// professionals who may become lead professionals; Alex and Mo manage North and South.
struct Hub {
    ServiceFixture f;
    QString casey, sam, kim, alex, mo, root;

    Hub() {
        f.addAccount(QStringLiteral("casey"), QStringLiteral("practitioner"),
                     QStringLiteral("East"));
        f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"), QStringLiteral("North"),
                     kSamProfessional);
        f.addAccount(QStringLiteral("kim"), QStringLiteral("practitioner"), QStringLiteral("South"),
                     kKimProfessional);
        f.addAccount(QStringLiteral("alex"), QStringLiteral("manager"), QStringLiteral("North"));
        f.addAccount(QStringLiteral("mo"), QStringLiteral("manager"), QStringLiteral("South"));
        f.addAccount(QStringLiteral("root"), QStringLiteral("admin"), QString());
        casey = f.tokenFor(QStringLiteral("casey"));
        sam = f.tokenFor(QStringLiteral("sam"));
        kim = f.tokenFor(QStringLiteral("kim"));
        alex = f.tokenFor(QStringLiteral("alex"));
        mo = f.tokenFor(QStringLiteral("mo"));
        root = f.tokenFor(QStringLiteral("root"));
        f.push(casey,
               QJsonArray{change(QStringLiteral("insert"), QStringLiteral("agency"), kAgency, {},
                                 {{QStringLiteral("id"), kAgency},
                                  {QStringLiteral("name"), QStringLiteral("Leeds Family Hub")},
                                  {QStringLiteral("phone"), QStringLiteral("0113 000 0000")}}),
                          change(QStringLiteral("insert"), QStringLiteral("professional"),
                                 kSamProfessional, {},
                                 {{QStringLiteral("id"), kSamProfessional},
                                  {QStringLiteral("name"), QStringLiteral("Sam Patel")},
                                  {QStringLiteral("agency_id"), kAgency},
                                  {QStringLiteral("phone"), QJsonValue()}}),
                          change(QStringLiteral("insert"), QStringLiteral("professional"),
                                 kKimProfessional, {},
                                 {{QStringLiteral("id"), kKimProfessional},
                                  {QStringLiteral("name"), QStringLiteral("Kim Lee")},
                                  {QStringLiteral("agency_id"), kAgency},
                                  {QStringLiteral("phone"), QStringLiteral("07700 900123")}})});
    }

    // A family recorded by Casey with `people` persons.
    QString family(int people, const QString& givenName = QStringLiteral("Amira")) {
        const QString familyId = newId();
        QJsonArray changes{familyInsert(familyId)};
        for (int i = 0; i < people; ++i) {
            const QString id = newId();
            changes.append(
                change(QStringLiteral("insert"), QStringLiteral("person"), id, familyId,
                       {{QStringLiteral("id"), id},
                        {QStringLiteral("family_id"), familyId},
                        {QStringLiteral("given_name"),
                         i == 0 ? givenName : QStringLiteral("Child %1").arg(i)},
                        {QStringLiteral("family_name"), QStringLiteral("Khan")},
                        {QStringLiteral("date_of_birth"), QStringLiteral("1994-06-02")}}));
        }
        const QString addressId = newId();
        changes.append(change(QStringLiteral("insert"), QStringLiteral("address"), addressId,
                              familyId,
                              {{QStringLiteral("id"), addressId},
                               {QStringLiteral("postcode"), QStringLiteral("LS1 4AP")}}));
        for (const QJsonValue& result :
             f.push(casey, changes).value(QStringLiteral("results")).toArray())
            REQUIRE(result.toObject().value(QStringLiteral("status")) == QStringLiteral("applied"));
        return familyId;
    }

    QSet<QString> familiesSeenBy(const QString& token) {
        qint64 cursor = 0;
        return familiesIn(f.pullAll(token, cursor));
    }
};

} // namespace

TEST_CASE("Each account pulls only the families it works with", "[server-service]") {
    Hub hub;
    const QString ledBySam = hub.family(2);
    const QString kimInvolved = hub.family(1);
    hub.family(1); // Casey's alone
    CHECK(hub.f.pushOne(hub.casey, leadInsert(ledBySam, kSamProfessional))
              .value(QStringLiteral("status")) == QStringLiteral("applied"));
    const QString involvement = newId();
    hub.f.pushOne(hub.casey, change(QStringLiteral("insert"), QStringLiteral("involvement"),
                                    involvement, kimInvolved,
                                    {{QStringLiteral("id"), involvement},
                                     {QStringLiteral("family_id"), kimInvolved},
                                     {QStringLiteral("professional_id"), kKimProfessional},
                                     {QStringLiteral("ended_on"), QJsonValue()}}));

    CHECK(hub.familiesSeenBy(hub.sam) == QSet<QString>{ledBySam});
    CHECK(hub.familiesSeenBy(hub.alex) == QSet<QString>{ledBySam}); // Sam's manager
    CHECK(hub.familiesSeenBy(hub.kim) == QSet<QString>{kimInvolved});
    CHECK(hub.familiesSeenBy(hub.mo) == QSet<QString>{kimInvolved});
    // Casey keeps the families without a lead professional, not the one Sam now leads.
    CHECK_FALSE(hub.familiesSeenBy(hub.casey).contains(ledBySam));
    CHECK(hub.familiesSeenBy(hub.casey).contains(kimInvolved));
    CHECK(hub.familiesSeenBy(hub.root).isEmpty());

    // Everyone gets the hub-wide reference rows.
    qint64 cursor = 0;
    int professionals = 0;
    for (const QJsonObject& c : hub.f.pullAll(hub.root, cursor))
        professionals += c.value(QStringLiteral("entity")) == QStringLiteral("professional");
    CHECK(professionals == 2);
}

TEST_CASE("Gaining a family sends its rows and losing it sends forget_family", "[server-service]") {
    Hub hub;
    const QString familyId = hub.family(3);
    qint64 samCursor = 0;
    qint64 caseyCursor = 0;
    hub.f.pullAll(hub.sam, samCursor);
    CHECK(familiesIn(hub.f.pullAll(hub.casey, caseyCursor)) == QSet<QString>{familyId});

    const QString leadId = newId();
    hub.f.pushOne(hub.casey, leadInsert(familyId, kSamProfessional, leadId));
    // Sam's cursor is past the family's rows, yet the family arrives whole.
    const QList<QJsonObject> gained = hub.f.pullAll(hub.sam, samCursor);
    int people = 0;
    qint64 leadVersion = 0;
    for (const QJsonObject& c : gained) {
        people += c.value(QStringLiteral("entity")) == QStringLiteral("person");
        if (c.value(QStringLiteral("id")) == leadId)
            leadVersion = c.value(QStringLiteral("version")).toInteger();
    }
    CHECK(leadVersion > 0);
    CHECK(people == 3);
    CHECK(familiesIn(gained, QStringLiteral("upsert")) == QSet<QString>{familyId});
    // Casey no longer works with it: told to forget it.
    const QList<QJsonObject> lost = hub.f.pullAll(hub.casey, caseyCursor);
    CHECK(familiesIn(lost, QStringLiteral("forget_family")) == QSet<QString>{familyId});
    CHECK(familiesIn(lost, QStringLiteral("upsert")).isEmpty());

    // Sam hands the family over to Kim in one push; both changes apply, although the
    // first one already ends Sam's part.
    const QJsonArray handover =
        hub.f
            .push(hub.sam,
                  QJsonArray{change(QStringLiteral("update"), QStringLiteral("lead_professional"),
                                    leadId, familyId,
                                    {{QStringLiteral("ended_on"), QStringLiteral("2026-11-24")}},
                                    leadVersion),
                             leadInsert(familyId, kKimProfessional)})
            .value(QStringLiteral("results"))
            .toArray();
    for (const QJsonValue& result : handover)
        CHECK(result.toObject().value(QStringLiteral("status")) == QStringLiteral("applied"));
    CHECK(familiesIn(hub.f.pullAll(hub.sam, samCursor), QStringLiteral("forget_family")) ==
          QSet<QString>{familyId});
    CHECK(hub.familiesSeenBy(hub.kim) == QSet<QString>{familyId});
    CHECK(hub.familiesSeenBy(hub.mo) == QSet<QString>{familyId});
    CHECK(hub.familiesSeenBy(hub.alex).isEmpty());
    // Once forgotten, Sam may not write it any more.
    const QJsonObject refused = hub.f.pushOne(hub.sam, familyInsert(familyId));
    CHECK(refused.value(QStringLiteral("status")) == QStringLiteral("rejected"));
}

TEST_CASE("A new account linked to a professional gets that professional's families",
          "[server-service]") {
    Hub hub;
    const QString familyId = hub.family(1);
    const QString newProfessional = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000009");
    hub.f.pushOne(hub.casey, leadInsert(familyId, newProfessional));
    const server::ServerAccount lee =
        hub.f.addAccount(QStringLiteral("lee"), QStringLiteral("practitioner"),
                         QStringLiteral("West"), newProfessional);
    CHECK(hub.familiesSeenBy(hub.f.tokenFor(QStringLiteral("lee"))).isEmpty());
    REQUIRE(server::refreshAccessForAccount(*hub.f.store, lee, hub.f.clock.today()));
    CHECK(hub.familiesSeenBy(hub.f.tokenFor(QStringLiteral("lee"))) == QSet<QString>{familyId});
}

TEST_CASE("Pull pages follow the cursor with each row once in seq order", "[server-service]") {
    Hub hub;
    hub.family(24);
    qint64 cursor = 0;
    QList<QJsonObject> all;
    QList<int> pageSizes;
    qint64 lastSeq = 0;
    for (int page = 0; page < 20; ++page) {
        const QJsonObject body = hub.f.pull(hub.casey, cursor, 10);
        const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
        pageSizes.append(static_cast<int>(changes.size()));
        for (const QJsonValue& value : changes) {
            const QJsonObject c = value.toObject();
            CHECK(c.value(QStringLiteral("seq")).toInteger() > lastSeq);
            CHECK(c.value(QStringLiteral("seq")).toInteger() <=
                  body.value(QStringLiteral("cursor")).toInteger());
            lastSeq = c.value(QStringLiteral("seq")).toInteger();
            all.append(c);
        }
        CHECK(body.value(QStringLiteral("cursor")).toInteger() >= cursor);
        cursor = body.value(QStringLiteral("cursor")).toInteger();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    // 3 reference rows, the family, 24 people and an address.
    CHECK(all.size() == 29);
    CHECK(pageSizes.first() == 10);
    CHECK(pageSizes.size() == 3);
    QSet<QString> ids;
    for (const QJsonObject& c : all)
        ids.insert(c.value(QStringLiteral("id")).toString());
    CHECK(ids.size() == 29);
    CHECK(cursor == hub.f.store->lastSeq());
    // Nothing new: an empty page at the same cursor.
    const QJsonObject idle = hub.f.pull(hub.casey, cursor);
    CHECK(idle.value(QStringLiteral("changes")).toArray().isEmpty());
    CHECK(idle.value(QStringLiteral("cursor")).toInteger() == cursor);
    // A row changed three times since the cursor comes once, as it is now.
    const QString rowId = all.last().value(QStringLiteral("id")).toString();
    const QString rowEntity = all.last().value(QStringLiteral("entity")).toString();
    const QString rowFamily = all.last().value(QStringLiteral("family_id")).toString();
    for (const QString& postcode :
         {QStringLiteral("LS1 1AA"), QStringLiteral("LS2 2BB"), QStringLiteral("LS3 3CC")})
        hub.f.pushOne(hub.casey,
                      change(QStringLiteral("update"), rowEntity, rowId, rowFamily,
                             {{QStringLiteral("postcode"), postcode}}, hub.f.store->lastSeq()));
    const QList<QJsonObject> changed = hub.f.pullAll(hub.casey, cursor);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first()
              .value(QStringLiteral("fields"))
              .toObject()
              .value(QStringLiteral("postcode")) == QStringLiteral("LS3 3CC"));
}

TEST_CASE("A family's snapshot is never split across pages", "[server-service]") {
    Hub hub;
    const QString familyId = hub.family(30);
    hub.f.pushOne(hub.casey, leadInsert(familyId, kSamProfessional));
    qint64 cursor = 0;
    bool sawWholeFamily = false;
    for (int page = 0; page < 10; ++page) {
        const QJsonObject body = hub.f.pull(hub.sam, cursor, 10);
        int rows = 0;
        for (const QJsonValue& c : body.value(QStringLiteral("changes")).toArray())
            rows += c.toObject().value(QStringLiteral("family_id")) == familyId;
        CHECK((rows == 0 || rows == 33)); // family, 30 people, address, lead
        sawWholeFamily = sawWholeFamily || rows == 33;
        cursor = body.value(QStringLiteral("cursor")).toInteger();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    CHECK(sawWholeFamily);
}

TEST_CASE("A cursor older than the kept history gets resync_required", "[server-service]") {
    Hub hub;
    const QString familyId = hub.family(1);
    const QString personId = newId();
    hub.f.pushOne(hub.casey, change(QStringLiteral("insert"), QStringLiteral("person"), personId,
                                    familyId, {{QStringLiteral("id"), personId}}));
    hub.f.pushOne(hub.casey, change(QStringLiteral("delete"), QStringLiteral("person"), personId,
                                    familyId, {}, hub.f.store->lastSeq()));
    CHECK(hub.f.pullResponse(hub.casey, 2).status == 200);
    REQUIRE(hub.f.store->forgetHistoryBefore(hub.f.store->lastSeq() + 1));
    CHECK_FALSE(hub.f.store->record(QStringLiteral("person"), personId)); // tombstone dropped
    const auto old = hub.f.pullResponse(hub.casey, 2);
    CHECK(old.status == 410);
    CHECK(old.json().value(QStringLiteral("error")) == QStringLiteral("resync_required"));
    CHECK(hub.f.pullResponse(hub.casey, 0).status == 200);
    CHECK(hub.f.pullResponse(hub.casey, hub.f.store->lastSeq() + 5).status ==
          410); // from another server
}

TEST_CASE("The directory says who to contact and nothing more", "[server-service]") {
    Hub hub;
    const QString familyId = hub.family(2, QStringLiteral("Amira"));
    hub.family(1, QStringLiteral("Bilal"));
    hub.f.pushOne(hub.casey, leadInsert(familyId, kKimProfessional));
    server::ServiceRequest ask = hub.f.request("GET", sync::path::directory, hub.sam);
    ask.query.addQueryItem(QStringLiteral("given_name"), QStringLiteral(" amira "));
    ask.query.addQueryItem(QStringLiteral("family_name"), QStringLiteral("KHAN"));
    ask.query.addQueryItem(QStringLiteral("postcode"), QStringLiteral("ls14ap"));
    const auto response = hub.f.service->handle(ask);
    REQUIRE(response.status == 200);
    const QJsonArray matches = response.json().value(QStringLiteral("matches")).toArray();
    REQUIRE(matches.size() == 1);
    const QJsonObject match = matches.first().toObject();
    CHECK(match.keys() == QStringList{QStringLiteral("family_id"), QStringLiteral("known"),
                                      QStringLiteral("lead_professional")});
    CHECK(match.value(QStringLiteral("family_id")) == familyId);
    const QJsonObject lead = match.value(QStringLiteral("lead_professional")).toObject();
    CHECK(lead == QJsonObject{{QStringLiteral("name"), QStringLiteral("Kim Lee")},
                              {QStringLiteral("agency"), QStringLiteral("Leeds Family Hub")},
                              {QStringLiteral("phone"), QStringLiteral("07700 900123")}});
    CHECK_FALSE(response.body.contains("Amira"));
    CHECK(hub.f.store->accessLogCount(QStringLiteral("directory")) == 1);

    // A family with no lead professional is known, with nobody named.
    server::ServiceRequest bilal = hub.f.request("GET", sync::path::directory, hub.root);
    bilal.query.addQueryItem(QStringLiteral("given_name"), QStringLiteral("Bilal"));
    const QJsonArray bilalMatches =
        hub.f.service->handle(bilal).json().value(QStringLiteral("matches")).toArray();
    REQUIRE(bilalMatches.size() == 1);
    CHECK(bilalMatches.first().toObject().value(QStringLiteral("lead_professional")).isNull());

    server::ServiceRequest nobody = hub.f.request("GET", sync::path::directory, hub.sam);
    nobody.query.addQueryItem(QStringLiteral("nhs_number"), QStringLiteral("943 476 5919"));
    CHECK(
        hub.f.service->handle(nobody).json().value(QStringLiteral("matches")).toArray().isEmpty());
    CHECK(hub.f.service->handle(hub.f.request("GET", sync::path::directory, hub.sam)).status ==
          400);
    CHECK(hub.f.service->handle(hub.f.request("GET", sync::path::directory)).status == 401);
    CHECK(hub.f.store->accessLogCount(QStringLiteral("directory")) == 3);
}

TEST_CASE("A device's own settled pushes stay out of its pull, but a reconcile gets them",
          "[server-service]") {
    Hub hub;
    const qint64 before = hub.f.store->lastSeq();
    hub.family(2);
    // Casey's laptop pulls as the engine does: nothing of its own comes back.
    const QJsonObject own = hub.f.pull(hub.casey, before, 1000, false);
    CHECK(own.value(QStringLiteral("changes")).toArray().isEmpty());
    CHECK(own.value(QStringLiteral("cursor")).toInteger() == hub.f.store->lastSeq());
    // A full reconcile (include_own) receives every row: the family, 2 people, an address.
    qint64 cursor = before;
    CHECK(hub.f.pullAll(hub.casey, cursor).size() == 4);
    // The same account on another laptop receives them too: each device has its own token.
    server::ServiceResponse other = hub.f.post(
        sync::path::session, QJsonObject{{QStringLiteral("user"), QStringLiteral("casey")},
                                         {QStringLiteral("password"), kPassword},
                                         {QStringLiteral("device_id"),
                                          QStringLiteral("00000000-0000-4000-8000-000000000002")}});
    REQUIRE(other.status == 200);
    const QString secondLaptop = other.json().value(QStringLiteral("token")).toString();
    const QJsonObject fromOther = hub.f.pull(secondLaptop, before, 1000, false);
    CHECK(fromOther.value(QStringLiteral("changes")).toArray().size() == 4);
}

TEST_CASE("An audit event about no family is kept but sent to nobody", "[server-service]") {
    Hub hub;
    const qint64 before = hub.f.store->lastSeq();
    const QString eventId = newId();
    const QJsonObject result = hub.f.pushOne(
        hub.casey, change(QStringLiteral("insert"), QStringLiteral("audit_event"), eventId, {},
                          {{QStringLiteral("id"), eventId},
                           {QStringLiteral("action"), QStringLiteral("unlock")},
                           {QStringLiteral("actor"), QStringLiteral("Casey Jones")}}));
    CHECK(result.value(QStringLiteral("status")) == QStringLiteral("applied"));
    REQUIRE(hub.f.store->record(QStringLiteral("audit_event"), eventId));
    for (const QString& token : {hub.casey, hub.sam, hub.alex}) {
        qint64 cursor = before;
        CHECK(hub.f.pullAll(token, cursor).isEmpty());
    }
}

TEST_CASE("No request leaves a read open, so the server's WAL can always be checkpointed",
          "[server-service]") {
    ServiceFixture f;
    if (f.store->isPostgres())
        return; // a SQLite matter: PostgreSQL has no WAL file to grow
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    const QString sam = f.tokenFor(QStringLiteral("sam"));
    const QString familyId = newId();
    REQUIRE(f.pushOne(sam, familyInsert(familyId)).value(QStringLiteral("status")) ==
            QStringLiteral("applied"));
    qint64 cursor = 0;
    REQUIRE_FALSE(f.pullAll(sam, cursor).isEmpty());
    // A checkpoint that must copy every frame and empty the WAL: it cannot while any statement
    // on the connection still holds a read snapshot.
    QSqlQuery checkpoint(f.store->database());
    REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(checkpoint.next());
    CHECK(checkpoint.value(0).toInt() == 0);                           // not busy
    CHECK(checkpoint.value(1).toInt() == checkpoint.value(2).toInt()); // every frame copied
}

TEST_CASE("The server's SQLite store waits for the disk on every commit", "[server-service]") {
    ServiceFixture f;
    if (f.store->isPostgres())
        return; // PostgreSQL commits durably by its own default (synchronous_commit)
    // A laptop marks a push as done when it is answered: a commit the server could lose in a
    // power cut would lose the change for good. FULL (2), not NORMAL (1).
    QSqlQuery setting(f.store->database());
    REQUIRE(setting.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(setting.next());
    CHECK(setting.value(0).toInt() == 2);
}
