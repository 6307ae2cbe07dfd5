#include "search/person_search.h"
#include "store/migrations.h"
#include "store/sql_support.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;

namespace {

QVariant pragma(const QSqlDatabase& db, const char* name) {
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    query.next();
    return query.value(0);
}

// A bare connection to a file, for building a store at an older schema version.
struct RawConnection {
    QString name;
    QSqlDatabase db;
    explicit RawConnection(const QString& path)
        : name(QStringLiteral("raw-%1").arg(qHash(path))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~RawConnection() {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

TEST_CASE("A new store is set up for durability and integrity", "[store][migrations]") {
    testing::TempStore store;
    REQUIRE(store.database);
    const QSqlDatabase db = store.database->connection();
    CHECK(pragma(db, "journal_mode").toString() == QLatin1String("wal"));
    CHECK(pragma(db, "synchronous").toInt() == 2); // FULL
    CHECK(pragma(db, "foreign_keys").toInt() == 1);
    CHECK(pragma(db, "application_id").toInt() == Database::kApplicationId);
    CHECK(store.database->schemaVersion() == latestSchemaVersion());
    CHECK(QUuid::fromString(store.database->deviceId()).isNull() == false);
}

TEST_CASE("Migrations are numbered in order without gaps", "[store][migrations]") {
    int expected = 1;
    for (const Migration& step : migrations())
        CHECK(step.version == expected++);
}

TEST_CASE("Migration 1 builds the family store from an empty file", "[store][migrations]") {
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("v0.sqlite")));
    REQUIRE(migrate(raw.db, 1));
    CHECK(currentSchemaVersion(raw.db) == 1);
    QSqlQuery query(raw.db);
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    for (const char* table :
         {"family", "person", "person_name", "address", "contact_detail", "agency", "professional",
          "involvement", "lead_professional", "change_log"})
        CHECK(tables.contains(QLatin1String(table)));
    CHECK_FALSE(tables.contains(QStringLiteral("person_search")));
}

TEST_CASE("Migration 2 indexes the people a version 1 store already holds", "[store][migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        RawConnection raw(path);
        REQUIRE(migrate(raw.db, 1));
        for (const char* statement :
             {"INSERT INTO family (id, name, created_at, updated_at) VALUES "
              "('f1', 'Nowak family', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
              "INSERT INTO person (id, family_id, role, given_name, family_name, date_of_birth)"
              " VALUES ('p1', 'f1', 'child', 'Zofia', 'Nowak', '2018-02-03')",
              "INSERT INTO person_name (id, person_id, kind, family_name) VALUES "
              "('n1', 'p1', 'former', 'Wiśniewska')",
              "INSERT INTO address (id, family_id, postcode, from_date) VALUES "
              "('a1', 'f1', 'E8 3PN', '2024-01-01')"})
            REQUIRE(sql::exec(raw.db, QString::fromUtf8(statement)));
        REQUIRE(migrate(raw.db, 2));
        CHECK(currentSchemaVersion(raw.db) == 2);
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    auto opened = Database::open(path, clock);
    REQUIRE(opened);
    search::PersonSearch search(opened.database->connection());
    for (const char* query : {"zofia nowak", "wisniewska", "03/02/2018", "E8 3PN"}) {
        INFO(query);
        const auto hits = search.find(QString::fromUtf8(query));
        REQUIRE(hits.size() == 1);
        CHECK(hits.front().personId == QLatin1String("p1"));
    }
}

TEST_CASE("A failed migration leaves the store at the version before it", "[store][migrations]") {
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("v1.sqlite")));
    REQUIRE(migrate(raw.db, 1));
    // Something already holds the name migration 2 needs, so that step must fail.
    REQUIRE(sql::exec(raw.db, QStringLiteral("CREATE TABLE person_search (x)")));
    const Status result = migrate(raw.db);
    CHECK_FALSE(result.isOk());
    CHECK(result.error().contains(QStringLiteral("schema step 2")));
    CHECK(currentSchemaVersion(raw.db) == 1);
}

TEST_CASE("Migration 3 adds an audit log that refuses changes", "[store][migrations]") {
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("v2.sqlite")));
    REQUIRE(migrate(raw.db, 2));
    REQUIRE(migrate(raw.db, 3));
    REQUIRE(sql::exec(
        raw.db, QStringLiteral("INSERT INTO audit_event (id, occurred_at, actor, device_id, "
                               "action, previous_hash, hash) VALUES ('e1', "
                               "'2026-11-25T10:00:00.000Z', 'hv1', 'd1', 'view', '', 'h1')")));
    const Status changed =
        sql::exec(raw.db, QStringLiteral("UPDATE audit_event SET actor = 'someone else'"));
    CHECK_FALSE(changed.isOk());
    CHECK(changed.error().contains(QStringLiteral("cannot be changed")));
    CHECK_FALSE(sql::exec(raw.db, QStringLiteral("DELETE FROM audit_event")).isOk());
    // Marking a row as sent to the server is allowed.
    CHECK(sql::exec(raw.db, QStringLiteral("UPDATE audit_event SET synced_at = 'now'")).isOk());
}

TEST_CASE("Migration 4 adds the journey to a version 3 store; its records are append-only",
          "[store][migrations]") {
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("v3.sqlite")));
    REQUIRE(migrate(raw.db, 3));
    REQUIRE(sql::exec(raw.db, QStringLiteral("INSERT INTO family (id, name, created_at, "
                                             "updated_at) VALUES ('f1', 'Nowak family', "
                                             "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    REQUIRE(migrate(raw.db, 4));
    CHECK(currentSchemaVersion(raw.db) == 4);
    REQUIRE(sql::exec(raw.db,
                      QStringLiteral("INSERT INTO chronology_entry (id, family_id, occurred_on, "
                                     "summary, source, recorded_at, recorded_by) VALUES ('c1', "
                                     "'f1', '2026-02-01', 'Moved house', 'manual', "
                                     "'2026-02-01T10:00:00Z', 'hv1')")));
    const Status changed =
        sql::exec(raw.db, QStringLiteral("UPDATE chronology_entry SET summary = 'Other'"));
    CHECK_FALSE(changed.isOk());
    CHECK(changed.error().contains(QStringLiteral("add an amendment")));
    CHECK_FALSE(sql::exec(raw.db, QStringLiteral("DELETE FROM chronology_entry")).isOk());

    // Only a destruction approved by a second person lets the family's records go.
    REQUIRE(
        sql::exec(raw.db, QStringLiteral("INSERT INTO destruction_review (id, family_id, grounds, "
                                         "proposed_by, proposed_at) VALUES ('r1', 'f1', 'retention "
                                         "period over', 'alice', '2040-01-01T00:00:00Z')")));
    CHECK_FALSE(sql::exec(raw.db, QStringLiteral("DELETE FROM chronology_entry")).isOk());
    CHECK_FALSE(sql::exec(raw.db, QStringLiteral("UPDATE destruction_review SET decision = "
                                                 "'approved', reviewed_by = 'alice'"))
                    .isOk());
    REQUIRE(sql::exec(raw.db, QStringLiteral("UPDATE destruction_review SET decision = "
                                             "'approved', reviewed_by = 'bob'")));
    CHECK(sql::exec(raw.db, QStringLiteral("DELETE FROM chronology_entry")).isOk());
}
