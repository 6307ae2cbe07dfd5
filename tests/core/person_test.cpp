#include "catch_qt.h"
#include "model/person.h"

#include <catch2/catch.hpp>

using namespace kith;

TEST_CASE("Age counts whole years, and a leap-day birthday comes on 1 March", "[model]") {
    Person leapling;
    leapling.dateOfBirth = QDate(2016, 2, 29);
    CHECK(leapling.ageOn(QDate(2026, 2, 28)) == 9);
    CHECK(leapling.ageOn(QDate(2026, 3, 1)) == 10);
    CHECK(leapling.ageOn(QDate(2028, 2, 29)) == 12);
    CHECK(leapling.ageOn(QDate(2015, 1, 1)) == -1);
}

TEST_CASE("An unborn baby is named after the mother until it has a name", "[model]") {
    Person baby;
    baby.unborn = true;
    baby.expectedDeliveryDate = QDate(2027, 1, 10);
    CHECK(baby.displayName(QStringLiteral("Amira Khan")) ==
          QLatin1String("Unborn baby of Amira Khan"));
    CHECK(baby.displayName() == QLatin1String("Unborn baby"));
    CHECK(baby.ageOn(QDate(2026, 12, 1)) == -1);
    baby.givenName = QStringLiteral("Noor");
    baby.familyName = QStringLiteral("Khan");
    CHECK(baby.displayName(QStringLiteral("Amira Khan")) == QLatin1String("Noor Khan"));
}

TEST_CASE("Role and gender codes round-trip", "[model]") {
    for (PersonRole role : {PersonRole::Child, PersonRole::YoungPerson, PersonRole::Parent,
                            PersonRole::Carer, PersonRole::OtherSignificant}) {
        CHECK(roleFromCode(roleCode(role)) == role);
        CHECK_FALSE(roleLabel(role).isEmpty());
    }
    for (Gender gender : {Gender::Female, Gender::Male, Gender::Other, Gender::NotKnown})
        CHECK(genderFromCode(genderCode(gender)) == gender);
    CHECK_FALSE(roleFromCode(QStringLiteral("case")));
}

TEST_CASE("A preferred name is used in the full name", "[model]") {
    Person person;
    person.givenName = QStringLiteral("Catherine");
    person.preferredName = QStringLiteral("Kate");
    person.familyName = QStringLiteral("Smith-Jones");
    CHECK(person.fullName() == QLatin1String("Kate Smith-Jones"));
}
