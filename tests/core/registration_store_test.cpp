#include "registration/registrar.h"
#include "registration/registration_drafts.h"
#include "registration_sample.h"
#include "store/migrations.h"
#include "store/sql_support.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::registration;

namespace {

int count(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int count(const Database& database, const QString& sql) {
    return count(database.connection(), sql);
}

} // namespace

TEST_CASE("Registering stores the family, its details and relationships in one go",
          "[registration][store]") {
    testing::TempStore store;
    REQUIRE(store.families);
    const RegistrationOutcome outcome =
        Registrar::registerFamily(*store.families, testing::sampleRegistration());
    REQUIRE(outcome.isRegistered());
    const auto record = store.families->loadFamily(outcome.familyId);
    REQUIRE(record);
    CHECK(record->family.name == QLatin1String("Khan family"));
    CHECK(record->family.howHeard == QLatin1String("health_visitor"));
    REQUIRE(record->people.size() == 4);
    const Person* amira = nullptr;
    const Person* zainab = nullptr;
    for (const Person& person : record->people) {
        if (person.givenName == QLatin1String("Amira"))
            amira = &person;
        if (person.givenName == QLatin1String("Zainab"))
            zainab = &person;
    }
    REQUIRE(amira);
    REQUIRE(zainab);
    CHECK(amira->language == QLatin1String("Urdu"));
    CHECK(amira->interpreterNeeded);
    CHECK(amira->ethnicity == QLatin1String("asian_pakistani"));
    CHECK(zainab->school == QLatin1String("Parkfield Primary School"));
    CHECK(zainab->send == QLatin1String("sen_support"));
    REQUIRE(record->relationships.size() == 5);
    CHECK(count(*store.database,
                QStringLiteral("SELECT count(*) FROM relationship_to_child WHERE person_id = '%1' "
                               "AND child_id = '%2' AND relationship = 'mother'")
                    .arg(amira->id, zainab->id)) == 1);
    // Every row reached the change log: 1 family + 4 people + 5 relationships + 1 address
    // + 3 contacts (and the audit event, which syncs too).
    CHECK(count(*store.database, QStringLiteral("SELECT count(*) FROM change_log WHERE entity "
                                                "<> 'audit_event'")) == 14);
    CHECK(count(*store.database, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = "
                                                "'relationship_to_child'")) == 5);
}

TEST_CASE("An invalid registration stores nothing", "[registration][store]") {
    testing::TempStore store;
    RegistrationDocument doc = testing::sampleRegistration();
    doc.members[0].nhsNumber = QStringLiteral("1234567890");
    const RegistrationOutcome outcome = Registrar::registerFamily(*store.families, doc);
    CHECK_FALSE(outcome.isRegistered());
    REQUIRE(outcome.problems.size() == 1);
    CHECK(outcome.problems.front().field == QLatin1String("members[0].nhs_number"));
    CHECK(store.families->familyCount() == 0);
    CHECK(store.families->pendingChangeCount() == 0);
}

TEST_CASE("Removing a person removes their relationships through the change log",
          "[registration][store]") {
    testing::TempStore store;
    const RegistrationOutcome outcome =
        Registrar::registerFamily(*store.families, testing::sampleRegistration());
    REQUIRE(outcome.isRegistered());
    const auto record = store.families->loadFamily(outcome.familyId);
    const auto zainab = std::find_if(record->people.cbegin(), record->people.cend(), [](auto& p) {
        return p.givenName == QLatin1String("Zainab");
    });
    REQUIRE(zainab != record->people.cend());
    REQUIRE(store.families->removePerson(zainab->id));
    // Amira's and Mohammed's to Zainab, and Zainab's to the baby.
    CHECK(store.families->loadFamily(outcome.familyId)->relationships.size() == 2);
    CHECK(count(*store.database,
                QStringLiteral("SELECT count(*) FROM change_log WHERE entity = "
                               "'relationship_to_child' AND operation = 'delete'")) == 3);
}

TEST_CASE("Drafts are kept in the store until registered or discarded", "[registration][drafts]") {
    testing::TempStore store;
    DraftStore drafts(*store.database);
    CHECK_FALSE(drafts.latest());
    RegistrationDocument doc;
    doc.familyName = QStringLiteral("Nowak family");
    MemberEntry half;
    half.givenName = QStringLiteral("Ewa");
    half.dateOfBirth = QStringLiteral("31/02/1990"); // kept as typed, even when wrong
    doc.members.append(half);
    const auto saved = drafts.save({}, doc);
    REQUIRE(saved);
    store.clock.advanceSeconds(5);
    doc.members[0].familyName = QStringLiteral("Nowak");
    REQUIRE(drafts.save(saved.value(), doc));
    CHECK(drafts.count() == 1);
    const auto latest = drafts.latest();
    REQUIRE(latest);
    CHECK(latest->id == saved.value());
    CHECK(latest->document.members.at(0).familyName == QLatin1String("Nowak"));
    CHECK(latest->document.members.at(0).dateOfBirth == QLatin1String("31/02/1990"));
    CHECK(latest->savedAt == store.clock.nowUtc());
    // Drafts are this device's own: nothing goes to the change log.
    CHECK(store.families->pendingChangeCount() == 0);

    const auto second = drafts.save({}, testing::sampleRegistration());
    REQUIRE(second);
    const RegistrationOutcome outcome = Registrar::registerFamily(
        *store.families, drafts.find(second.value())->document, second.value());
    REQUIRE(outcome.isRegistered());
    CHECK_FALSE(drafts.find(second.value()));
    REQUIRE(drafts.discard(saved.value()));
    CHECK(drafts.count() == 0);
}

TEST_CASE("Migration 5 adds registration details to a version 4 store", "[store][migrations]") {
    QTemporaryDir dir;
    const QString name = QStringLiteral("v4-registration");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("v4.sqlite")));
        REQUIRE(db.open());
        REQUIRE(sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")));
        REQUIRE(migrate(db, 4));
        REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO family (id, name, created_at, "
                                             "updated_at) VALUES ('f1', 'Nowak family', "
                                             "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO person (id, family_id, role, "
                                             "given_name) VALUES ('p1', 'f1', 'parent', 'Ewa')")));
        REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO person (id, family_id, role, "
                                             "given_name) VALUES ('c1', 'f1', 'child', 'Zofia')")));
        REQUIRE(migrate(db, 5));
        CHECK(currentSchemaVersion(db) == 5);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM person WHERE interpreter_needed = 0 "
                                       "AND language IS NULL")) == 2);
        REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO relationship_to_child VALUES "
                                             "('r1', 'f1', 'p1', 'c1', 'mother')")));
        CHECK_FALSE(sql::exec(db, QStringLiteral("INSERT INTO relationship_to_child VALUES "
                                                 "('r2', 'f1', 'p1', 'c1', 'aunt')"))
                        .isOk()); // one relationship per person and child
        CHECK_FALSE(sql::exec(db, QStringLiteral("INSERT INTO relationship_to_child VALUES "
                                                 "('r3', 'f1', 'c1', 'p1', 'stepdad')"))
                        .isOk()); // only known codes
        REQUIRE(sql::exec(db, QStringLiteral("DELETE FROM family")));
        // A family's relationships go with it.
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM relationship_to_child")) == 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
