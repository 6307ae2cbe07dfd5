#include "demo/demo_generator.h"
#include "temp_store.h"
#include "util/ids.h"

#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

using namespace kith;

namespace {

bool validNhsNumber(const QString& number) {
    if (number.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += number.at(i).digitValue() * (10 - i);
    const int check = (11 - sum % 11) % 11;
    return check != 10 && check == number.at(9).digitValue();
}

QStringList describe(const FamilyStore& store) {
    QStringList lines;
    for (const FamilySummary& summary : store.listFamilies()) {
        const auto record = store.loadFamily(summary.id);
        for (const Person& person : record->people)
            lines << summary.id + person.id + person.fullName() + person.dateOfBirth.toString();
    }
    return lines;
}

const QDate kToday(2026, 11, 25);

} // namespace

TEST_CASE("The same seed makes the same families; another seed makes others", "[demo]") {
    testing::TempStore first, second, third;
    REQUIRE(demo::populate(*first.families, 40, 7, kToday));
    REQUIRE(demo::populate(*second.families, 40, 7, kToday));
    REQUIRE(demo::populate(*third.families, 40, 8, kToday));
    CHECK(describe(*first.families) == describe(*second.families));
    CHECK(describe(*first.families) != describe(*third.families));
}

TEST_CASE("Demo families look real but cannot be real people", "[demo]") {
    testing::TempStore store;
    const auto made = demo::populate(*store.families, 300, 1, kToday);
    REQUIRE(made);
    CHECK(made.value().families == 300);
    CHECK(store.families->familyCount() == 300);
    CHECK(store.families->personCount() == made.value().people);
    CHECK(made.value().people > 300 * 3);

    int unbornBabies = 0, withLead = 0, withLeadChanges = 0, formerNames = 0;
    const QRegularExpression dramaPhone(QStringLiteral(R"(^(07700 900\d{3}|01632 960\d{3})$)"));
    for (const FamilySummary& summary : store.families->listFamilies()) {
        const auto record = store.families->loadFamily(summary.id);
        REQUIRE(record);
        CHECK(record->currentAddress());
        for (const Person& person : record->people) {
            if (person.unborn) {
                ++unbornBabies;
                CHECK(person.expectedDeliveryDate > kToday);
                CHECK(person.expectedDeliveryDate <= kToday.addMonths(10));
                CHECK(record->displayNameOf(person).startsWith(QStringLiteral("Unborn baby of ")));
                continue;
            }
            INFO(person.nhsNumber.toStdString());
            CHECK(person.nhsNumber.startsWith(QStringLiteral("999")));
            CHECK(validNhsNumber(person.nhsNumber));
            CHECK(person.dateOfBirth <= kToday);
        }
        for (const ContactDetail& contact : record->contacts) {
            if (contact.kind == ContactDetail::Kind::Phone)
                CHECK(dramaPhone.match(contact.value).hasMatch());
            else
                CHECK(contact.value.endsWith(QStringLiteral("@example.org")));
        }
        withLead += record->currentLead() ? 1 : 0;
        withLeadChanges += record->leadHistory.size() > 1 ? 1 : 0;
        formerNames += record->otherNames.isEmpty() ? 0 : 1;
    }
    // Every kind of record a newcomer should see appears in a few hundred families.
    CHECK(unbornBabies > 5);
    CHECK(withLead > 150);
    CHECK(withLeadChanges > 10);
    CHECK(formerNames > 20);
}

TEST_CASE("Demo UUIDs are well formed version 4 ids", "[demo]") {
    demo::DemoRandom random(42);
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = random.uuid();
        CHECK(QUuid::fromString(id).version() == QUuid::Random);
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
}

TEST_CASE("New record ids are distinct version 4 UUIDs", "[ids]") {
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i) {
        const QString id = newId();
        const QUuid uuid = QUuid::fromString(id);
        REQUIRE(uuid.version() == QUuid::Random);
        REQUIRE(uuid.variant() == QUuid::DCE);
        seen.insert(id);
    }
    CHECK(seen.size() == 10000);
}

TEST_CASE("Brothers and sisters in demo families have different first names", "[demo]") {
    demo::DemoGenerator generator(3, kToday);
    const demo::DemoDirectory directory = generator.directory();
    int clashes = 0;
    for (int i = 0; i < 2000; ++i) {
        const FamilyRecord family = generator.nextFamily(directory);
        QSet<QString> names;
        for (const Person& person : family.people) {
            if (person.role != PersonRole::Child && person.role != PersonRole::YoungPerson)
                continue;
            if (person.unborn)
                continue;
            if (names.contains(person.givenName))
                ++clashes;
            names.insert(person.givenName);
        }
    }
    CHECK(clashes == 0);
}
