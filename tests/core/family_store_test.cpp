#include "search/person_search.h"
#include "temp_store.h"
#include "util/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;

namespace {

int count(const Database& database, const QString& statement) {
    QSqlQuery query(database.connection());
    query.exec(statement);
    return query.next() ? query.value(0).toInt() : -1;
}

// Change-log entries for family data; each audit event also has one (so that it
// syncs), counted separately.
int outboxSize(const Database& database) {
    return count(database,
                 QStringLiteral("SELECT count(*) FROM change_log WHERE entity <> 'audit_event'"));
}

int auditEntries(const Database& database) {
    return count(database,
                 QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'audit_event'"));
}

} // namespace

TEST_CASE("A family is stored whole and read back", "[store][family]") {
    testing::TempStore store;
    const auto id = store.families->createFamily(testing::sampleFamily());
    REQUIRE(id);
    CHECK(isValidId(id.value()));

    const auto record = store.families->loadFamily(id.value());
    REQUIRE(record);
    CHECK(record->family.name == QLatin1String("Khan family"));
    CHECK(record->family.createdAt == store.clock.nowUtc());
    REQUIRE(record->people.size() == 4);
    // Parents first, then children, unborn babies last.
    CHECK(record->people.front().role == PersonRole::Parent);
    const Person& baby = record->people.back();
    CHECK(baby.unborn);
    CHECK(baby.expectedDeliveryDate == QDate(2027, 2, 14));
    CHECK(record->displayNameOf(baby) == QLatin1String("Unborn baby of Amira Khan"));
    CHECK(record->otherNames.size() == 1);
    REQUIRE(record->currentAddress());
    CHECK(record->currentAddress()->postcode == QLatin1String("TQ1 4AB"));
    CHECK(record->contacts.size() == 2);
    CHECK(record->contacts.front().preferred);
    for (const Person& person : record->people) {
        CHECK(isValidId(person.id));
        CHECK(person.familyId == id.value());
    }
}

TEST_CASE("Every stored row has its change-log entry in the same transaction", "[store][outbox]") {
    testing::TempStore store;
    REQUIRE(store.families->createFamily(testing::sampleFamily()));
    // family + 4 people + 1 former name + 1 address + 2 contacts
    CHECK(outboxSize(*store.database) == 9);
    CHECK(count(*store.database,
                QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'insert' AND "
                               "fields IS NULL AND entity <> 'audit_event'")) == 9);
    CHECK(count(*store.database, QStringLiteral("SELECT count(DISTINCT mutation_id) FROM "
                                                "change_log WHERE entity <> 'audit_event'")) == 9);
    // One audit event records the whole new family, and reaches the change log too.
    CHECK(auditEntries(*store.database) == 1);
    CHECK(store.families->pendingChangeCount() == 10);
}

TEST_CASE("A family that cannot be stored leaves nothing behind", "[store][outbox]") {
    testing::TempStore store;
    FamilyRecord record = testing::sampleFamily();
    // An unborn baby must have an expected date of delivery; the store refuses the
    // last person, after the others were written inside the transaction.
    Person broken;
    broken.unborn = true;
    broken.role = PersonRole::Child;
    record.people.append(broken);
    const auto result = store.families->createFamily(record);
    CHECK_FALSE(result);
    CHECK(store.families->familyCount() == 0);
    CHECK(store.families->personCount() == 0);
    CHECK(outboxSize(*store.database) == 0);
    CHECK(
        search::PersonSearch(store.database->connection()).find(QStringLiteral("Khan")).isEmpty());
}

TEST_CASE("Changing a person logs only the fields that changed", "[store][outbox]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    const auto people = store.families->loadFamily(familyId)->people;
    const auto found = std::find_if(people.begin(), people.end(), [](const Person& p) {
        return p.givenName == QLatin1String("Zainab");
    });
    REQUIRE(found != people.end());
    Person child = *found;
    const int before = outboxSize(*store.database);

    child.preferredName = QStringLiteral("Zara");
    child.nhsNumber = QStringLiteral("4010232137");
    REQUIRE(store.families->updatePerson(child));

    QSqlQuery entry(store.database->connection());
    entry.exec(QStringLiteral("SELECT entity, entity_id, operation, fields FROM change_log WHERE "
                              "entity = 'person' ORDER BY seq DESC LIMIT 1"));
    REQUIRE(entry.next());
    CHECK(entry.value(1).toString() == child.id);
    CHECK(entry.value(2).toString() == QLatin1String("update"));
    const QJsonArray fields = QJsonDocument::fromJson(entry.value(3).toString().toUtf8()).array();
    CHECK(fields == QJsonArray{QStringLiteral("nhs_number"), QStringLiteral("preferred_name")});
    // One person update and the family's updated_at.
    CHECK(outboxSize(*store.database) == before + 2);

    // Saving the same values again changes nothing and logs nothing.
    REQUIRE(store.families->updatePerson(child));
    CHECK(outboxSize(*store.database) == before + 2);

    // The search index follows the change.
    search::PersonSearch search(store.database->connection());
    CHECK(search.find(QStringLiteral("Zara Khan")).front().personId == child.id);
    CHECK(search.find(QStringLiteral("4010232137")).front().personId == child.id);
}

TEST_CASE("Removing a person removes them from search and logs each removal", "[store][outbox]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    const auto record = store.families->loadFamily(familyId);
    const auto found =
        std::find_if(record->people.begin(), record->people.end(),
                     [](const Person& p) { return p.givenName == QLatin1String("Amira"); });
    REQUIRE(found != record->people.end());
    const Person mother = *found;
    search::PersonSearch search(store.database->connection());
    REQUIRE(search.find(QStringLiteral("Amira")).size() == 1);

    REQUIRE(store.families->removePerson(mother.id));
    CHECK(search.find(QStringLiteral("Amira")).isEmpty());
    CHECK(search.find(QStringLiteral("Hussain")).isEmpty());
    // Her former name and her phone number go with her, each with a delete entry.
    CHECK(count(*store.database, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                "operation = 'delete'")) == 3);
    // The unborn baby stays, no longer linked to her.
    const auto after = store.families->loadFamily(familyId);
    CHECK(after->people.size() == 3);
    CHECK_FALSE(store.families->removePerson(mother.id));
}

TEST_CASE("A move ends the old address and search finds the new postcode", "[store][family]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    Address next{{},
                 familyId,
                 QStringLiteral("3 Harbour Court"),
                 {},
                 QStringLiteral("Paignton"),
                 QStringLiteral("TQ3 2QA"),
                 QDate(2026, 9, 1),
                 {}};
    REQUIRE(store.families->moveToAddress(next));
    const auto record = store.families->loadFamily(familyId);
    REQUIRE(record->addresses.size() == 2);
    CHECK(record->currentAddress()->postcode == QLatin1String("TQ3 2QA"));
    const auto old = std::find_if(record->addresses.begin(), record->addresses.end(),
                                  [](const Address& a) { return !a.isCurrent(); });
    REQUIRE(old != record->addresses.end());
    CHECK(old->toDate == QDate(2026, 8, 31));
    search::PersonSearch search(store.database->connection());
    CHECK(search.find(QStringLiteral("TQ3 2QA")).size() == 4);
    CHECK(search.find(QStringLiteral("TQ1 4AB")).isEmpty());
}

TEST_CASE("The family list pages through families in name order", "[store][family]") {
    testing::TempStore store;
    for (const char* name : {"Taylor family", "adeyemi family", "Nowak family"}) {
        FamilyRecord record = testing::sampleFamily();
        record.family.name = QString::fromLatin1(name);
        record.people.clear();
        record.otherNames.clear();
        record.contacts.removeFirst();
        REQUIRE(store.families->createFamily(record));
    }
    const auto first = store.families->listFamilies(2, 0);
    REQUIRE(first.size() == 2);
    CHECK(first.at(0).name == QLatin1String("adeyemi family"));
    CHECK(first.at(1).name == QLatin1String("Nowak family"));
    CHECK(first.at(0).postcode == QLatin1String("TQ1 4AB"));
    const auto rest = store.families->listFamilies(2, 2);
    REQUIRE(rest.size() == 1);
    CHECK(rest.at(0).name == QLatin1String("Taylor family"));
    CHECK(store.families->familyCount() == 3);
}

TEST_CASE("A family must have a name", "[store][family]") {
    testing::TempStore store;
    FamilyRecord record = testing::sampleFamily();
    record.family.name = QStringLiteral("   ");
    const auto result = store.families->createFamily(record);
    CHECK_FALSE(result);
    CHECK(result.error().contains(QStringLiteral("name")));
}

TEST_CASE("A former name must belong to someone in the family", "[store][family]") {
    testing::TempStore store;
    FamilyRecord record = testing::sampleFamily();
    record.otherNames.append(
        {{}, QStringLiteral("nobody"), PersonName::Kind::Alias, QStringLiteral("Ghost"), {}});
    const auto result = store.families->createFamily(record);
    CHECK_FALSE(result);
    CHECK(store.families->familyCount() == 0);
}
