#include "display_format.h"

#include <catch2/catch.hpp>

using kith::Person;
using kith::ui::DisplayFormat;

TEST_CASE("NHS numbers are shown in groups of 3, 3 and 4", "[ui][format]") {
    CHECK(DisplayFormat::nhsNumber(QStringLiteral("9434765919")) == QStringLiteral("943 476 5919"));
    CHECK(DisplayFormat::nhsNumber(QStringLiteral("943 476 5919")) ==
          QStringLiteral("943 476 5919"));
    // Anything else is shown exactly as it was recorded.
    CHECK(DisplayFormat::nhsNumber(QStringLiteral("12345")) == QStringLiteral("12345"));
}

TEST_CASE("Dates of birth and due dates read the British way", "[ui][format]") {
    Person child;
    child.dateOfBirth = QDate(2015, 3, 4);
    CHECK(DisplayFormat::birthOrDue(child) == QStringLiteral("04/03/2015"));

    Person baby;
    baby.unborn = true;
    baby.expectedDeliveryDate = QDate(2026, 2, 14);
    CHECK(DisplayFormat::birthOrDue(baby) == QStringLiteral("due 14/02/2026"));
    CHECK(DisplayFormat::age(baby, QDate(2025, 11, 25)).isEmpty());
}

TEST_CASE("Ages under two are given in months or weeks", "[ui][format]") {
    const QDate today(2025, 11, 25);
    Person person;
    person.dateOfBirth = QDate(2015, 11, 26);
    CHECK(DisplayFormat::age(person, today) == QStringLiteral("9"));
    person.dateOfBirth = QDate(2024, 12, 1);
    CHECK(DisplayFormat::age(person, today) == QStringLiteral("11 months"));
    person.dateOfBirth = QDate(2025, 11, 4);
    CHECK(DisplayFormat::age(person, today) == QStringLiteral("3 weeks"));
}

TEST_CASE("Counts of families and people use the right word", "[ui][format]") {
    CHECK(DisplayFormat::families(1) == QStringLiteral("1 family"));
    CHECK(DisplayFormat::people(1) == QStringLiteral("1 person"));
    CHECK(DisplayFormat::families(200).contains(QStringLiteral("200 families")));
}
