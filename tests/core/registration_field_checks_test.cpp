#include "registration/field_checks.h"

#include <catch2/catch.hpp>

using kith::registration::FieldChecks;

namespace {

const QDate kToday(2026, 11, 25);

QString ok(const kith::Result<QString>& result) {
    INFO(result.error().toStdString());
    REQUIRE(result.isOk());
    return result.value();
}

} // namespace

TEST_CASE("NHS numbers: ten digits with a modulus 11 check digit", "[registration][checks]") {
    CHECK(ok(FieldChecks::nhsNumber(QStringLiteral("943 476 5919"))) ==
          QLatin1String("9434765919"));
    CHECK(ok(FieldChecks::nhsNumber(QStringLiteral(" 9434765919 "))) ==
          QLatin1String("9434765919"));
    // Check digit 11 is written as 0.
    CHECK(ok(FieldChecks::nhsNumber(QStringLiteral("401 023 2080"))) ==
          QLatin1String("4010232080"));

    const auto mistyped = FieldChecks::nhsNumber(QStringLiteral("943 476 5918"));
    REQUIRE_FALSE(mistyped.isOk());
    CHECK(mistyped.error().contains(QStringLiteral("NHS number")));
    CHECK(mistyped.error().contains(QStringLiteral("mistyped")));
    // 9,9,9,0,... weigh to a check digit of 10: no NHS number has these first nine digits.
    for (int last = 0; last <= 9; ++last)
        CHECK_FALSE(FieldChecks::nhsNumber(QStringLiteral("999000000%1").arg(last)).isOk());

    const auto short_ = FieldChecks::nhsNumber(QStringLiteral("943 476 591"));
    REQUIRE_FALSE(short_.isOk());
    CHECK(short_.error().contains(QStringLiteral("has 9")));
    CHECK_FALSE(FieldChecks::nhsNumber(QStringLiteral("943-476-5919")).isOk());
    CHECK_FALSE(FieldChecks::nhsNumber(QStringLiteral("94347659I9")).isOk());
}

TEST_CASE("Postcodes are checked and written in capitals with one space",
          "[registration][checks]") {
    CHECK(ok(FieldChecks::postcode(QStringLiteral("tq14ab"))) == QLatin1String("TQ1 4AB"));
    CHECK(ok(FieldChecks::postcode(QStringLiteral("  sw1a   2aa "))) == QLatin1String("SW1A 2AA"));
    CHECK(ok(FieldChecks::postcode(QStringLiteral("M1 1AE"))) == QLatin1String("M1 1AE"));
    CHECK(ok(FieldChecks::postcode(QStringLiteral("B338TH"))) == QLatin1String("B33 8TH"));
    CHECK(ok(FieldChecks::postcode(QStringLiteral("W1A 0AX"))) == QLatin1String("W1A 0AX"));
    CHECK(ok(FieldChecks::postcode(QStringLiteral("EC1A 1BB"))) == QLatin1String("EC1A 1BB"));
    CHECK(ok(FieldChecks::postcode(QStringLiteral("gir 0aa"))) == QLatin1String("GIR 0AA"));

    for (const char* bad : {"TQ1", "TQ1 4A", "TQ1 4AB1", "1Q1 4AB", "Q1 4AB", "TQ1 4CB", "TQ1 AAB",
                            "TQ1-4AB", "", "TQ1 4OB"}) {
        INFO(bad);
        const auto result = FieldChecks::postcode(QString::fromLatin1(bad));
        REQUIRE_FALSE(result.isOk());
        CHECK(result.error().contains(QStringLiteral("postcode")));
    }
}

TEST_CASE("UK phone numbers are accepted in the ways people write them and normalised",
          "[registration][checks]") {
    CHECK(ok(FieldChecks::phone(QStringLiteral("07700900123"))) == QLatin1String("07700 900123"));
    CHECK(ok(FieldChecks::phone(QStringLiteral("+44 7700 900123"))) ==
          QLatin1String("07700 900123"));
    CHECK(ok(FieldChecks::phone(QStringLiteral("0044 7700-900-123"))) ==
          QLatin1String("07700 900123"));
    CHECK(ok(FieldChecks::phone(QStringLiteral("(020) 7946 0000"))) ==
          QLatin1String("020 7946 0000"));
    CHECK(ok(FieldChecks::phone(QStringLiteral("+44 (0)20 7946 0000"))) ==
          QLatin1String("020 7946 0000"));
    CHECK(ok(FieldChecks::phone(QStringLiteral("01632 960456"))) == QLatin1String("01632 960456"));
    CHECK(ok(FieldChecks::phone(QStringLiteral("0113 496 0000"))) ==
          QLatin1String("0113 496 0000"));
    CHECK(ok(FieldChecks::phone(QStringLiteral("0300 123 4567"))) ==
          QLatin1String("0300 123 4567"));
    CHECK(ok(FieldChecks::phone(QStringLiteral("0800 123 456"))) == QLatin1String("0800 123 456"));

    const auto abroad = FieldChecks::phone(QStringLiteral("+33 1 23 45 67 89"));
    REQUIRE_FALSE(abroad.isOk());
    CHECK(abroad.error().contains(QStringLiteral("outside the UK")));
    const auto shortNumber = FieldChecks::phone(QStringLiteral("07700 90012"));
    REQUIRE_FALSE(shortNumber.isOk());
    CHECK(shortNumber.error().contains(QStringLiteral("10 digits")));
    CHECK_FALSE(FieldChecks::phone(QStringLiteral("07700 9001234")).isOk());
    CHECK_FALSE(FieldChecks::phone(QStringLiteral("7700 900123")).isOk());
    CHECK_FALSE(FieldChecks::phone(QStringLiteral("07700 9OO123")).isOk());
    CHECK_FALSE(FieldChecks::phone(QString()).isOk());
}

TEST_CASE("Email addresses get a sensible check", "[registration][checks]") {
    CHECK(ok(FieldChecks::email(QStringLiteral(" amira.khan@Example.ORG "))) ==
          QLatin1String("amira.khan@example.org"));
    CHECK(ok(FieldChecks::email(QStringLiteral("o'brien+hub@mail.example.co.uk"))) ==
          QLatin1String("o'brien+hub@mail.example.co.uk"));
    for (const char* bad :
         {"amira", "amira@", "@example.org", "amira@example", "a b@example.org",
          "amira@@example.org", "amira@example..org", "amira.@example.org", "amira@-example.org"}) {
        INFO(bad);
        const auto result = FieldChecks::email(QString::fromLatin1(bad));
        REQUIRE_FALSE(result.isOk());
        CHECK(result.error().contains(QStringLiteral("email address")));
    }
}

TEST_CASE("Dates of birth and expected dates of delivery", "[registration][checks]") {
    CHECK(FieldChecks::parseDate(QStringLiteral("2019-03-04")) == QDate(2019, 3, 4));
    CHECK(FieldChecks::parseDate(QStringLiteral("04/03/2019")) == QDate(2019, 3, 4));
    CHECK(FieldChecks::parseDate(QStringLiteral("4/3/2019")) == QDate(2019, 3, 4));
    CHECK_FALSE(FieldChecks::parseDate(QStringLiteral("31/02/2019")));
    CHECK_FALSE(FieldChecks::parseDate(QStringLiteral("2019-3-4x")));

    CHECK(FieldChecks::dateOfBirth(QStringLiteral("25/11/2026"), kToday).isOk());
    const auto future = FieldChecks::dateOfBirth(QStringLiteral("26/11/2026"), kToday);
    REQUIRE_FALSE(future.isOk());
    CHECK(future.error().contains(QStringLiteral("in the future")));
    CHECK_FALSE(FieldChecks::dateOfBirth(QStringLiteral("01/01/1890"), kToday).isOk());
    CHECK_FALSE(FieldChecks::dateOfBirth(QStringLiteral("yesterday"), kToday).isOk());

    CHECK(FieldChecks::expectedDelivery(QStringLiteral("2026-11-25"), kToday).isOk());
    CHECK(FieldChecks::expectedDelivery(QStringLiteral("2027-09-25"), kToday).isOk());
    const auto tooFar = FieldChecks::expectedDelivery(QStringLiteral("2027-09-26"), kToday);
    REQUIRE_FALSE(tooFar.isOk());
    CHECK(tooFar.error().contains(QStringLiteral("10 months")));
    const auto past = FieldChecks::expectedDelivery(QStringLiteral("2026-11-24"), kToday);
    REQUIRE_FALSE(past.isOk());
    CHECK(past.error().contains(QStringLiteral("has passed")));
}
