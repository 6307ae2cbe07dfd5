#include "calendar/bank_holiday_rules.h"
#include "calendar/one_off_holidays.h"
#include "calendar/working_calendar.h"
#include "catch_qt.h"

#include <catch2/catch.hpp>

using kith::calendar::BankHolidayRules;
using kith::calendar::OneOffHolidays;
using kith::calendar::Region;
using kith::calendar::WorkingCalendar;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QList<QDate> holidayDates(Region region, int year) {
    QList<QDate> dates;
    for (const auto& holiday : WorkingCalendar(region).holidays(year))
        dates.append(holiday.date);
    return dates;
}

QList<QDate> dates(std::initializer_list<const char*> isoDates) {
    QList<QDate> list;
    for (const char* iso : isoDates)
        list.append(d(iso));
    return list;
}

} // namespace

TEST_CASE("Easter Sunday by the Gregorian rule", "[calendar]") {
    CHECK(BankHolidayRules::easterSunday(2000) == d("2000-04-23"));
    CHECK(BankHolidayRules::easterSunday(2011) == d("2011-04-24"));
    CHECK(BankHolidayRules::easterSunday(2019) == d("2019-04-21"));
    CHECK(BankHolidayRules::easterSunday(2024) == d("2024-03-31"));
    CHECK(BankHolidayRules::easterSunday(2025) == d("2025-04-20"));
    CHECK(BankHolidayRules::easterSunday(2026) == d("2026-04-05"));
    CHECK(BankHolidayRules::easterSunday(2038) == d("2038-04-25"));
    CHECK(BankHolidayRules::easterSunday(2285) == d("2285-03-22"));
}

TEST_CASE("England and Wales bank holidays match the published dates", "[calendar]") {
    CHECK(holidayDates(Region::EnglandAndWales, 2026) ==
          dates({"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
                 "2026-12-25", "2026-12-28"}));
    CHECK(holidayDates(Region::EnglandAndWales, 2027) ==
          dates({"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
                 "2027-12-27", "2027-12-28"}));
    // 2022: New Year's Day on a Saturday, the Platinum Jubilee, the State Funeral, and
    // Christmas on a Sunday (Boxing Day keeps Monday 26, Christmas moves to Tuesday 27).
    CHECK(holidayDates(Region::EnglandAndWales, 2022) ==
          dates({"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                 "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}));
    // 2021: Christmas on a Saturday, Boxing Day on a Sunday.
    CHECK(holidayDates(Region::EnglandAndWales, 2021).mid(6) ==
          dates({"2021-12-27", "2021-12-28"}));
}

TEST_CASE("Substitute days are named after the holiday they replace", "[calendar]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    const auto boxing = calendar.holidayOn(d("2026-12-28"));
    REQUIRE(boxing);
    CHECK(boxing->name == QLatin1String("Boxing Day (substitute day)"));
    CHECK_FALSE(calendar.holidayOn(d("2026-12-26")));
    CHECK(calendar.holidayOn(d("2026-04-06"))->name == QLatin1String("Easter Monday"));
}

TEST_CASE("Scotland has 2 January, St Andrew's Day and an early summer holiday, no Easter "
          "Monday",
          "[calendar]") {
    CHECK(holidayDates(Region::Scotland, 2026) ==
          dates({"2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-08-03",
                 "2026-11-30", "2026-12-25", "2026-12-28"}));
    // New Year's Day on a Saturday: Monday 3 and Tuesday 4 January.
    CHECK(holidayDates(Region::Scotland, 2022) ==
          dates({"2022-01-03", "2022-01-04", "2022-04-15", "2022-05-02", "2022-06-02", "2022-06-03",
                 "2022-08-01", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27"}));
    // 2023: New Year's Day on a Sunday, 2 January keeps Monday and the substitute is Tuesday.
    CHECK(holidayDates(Region::Scotland, 2023).mid(0, 2) == dates({"2023-01-02", "2023-01-03"}));
    // St Andrew's Day on a Saturday moves to Monday; before 2007 it was no bank holiday.
    const WorkingCalendar scotland(Region::Scotland);
    CHECK_FALSE(scotland.isWorkingDay(d("2013-12-02")));
    CHECK(scotland.isWorkingDay(d("2005-11-30")));
    CHECK(scotland.isWorkingDay(d("2026-04-06")));
}

TEST_CASE("Northern Ireland has St Patrick's Day and the Battle of the Boyne", "[calendar]") {
    CHECK(holidayDates(Region::NorthernIreland, 2026) ==
          dates({"2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                 "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28"}));
    const WorkingCalendar ni(Region::NorthernIreland);
    // St Patrick's Day 2024 was a Sunday.
    CHECK_FALSE(ni.isWorkingDay(d("2024-03-17")));
    CHECK_FALSE(ni.isWorkingDay(d("2024-03-18")));
    CHECK(WorkingCalendar(Region::EnglandAndWales).isWorkingDay(d("2024-03-18")));
}

TEST_CASE("One-off holidays come from data and move the regular ones", "[calendar]") {
    const auto& builtIn = OneOffHolidays::builtIn();
    INFO(builtIn.error().toStdString());
    REQUIRE(builtIn);
    const WorkingCalendar calendar(Region::EnglandAndWales);
    CHECK(calendar.isWorkingDay(d("2020-05-04")));
    CHECK_FALSE(calendar.isWorkingDay(d("2020-05-08")));
    CHECK(calendar.isWorkingDay(d("2022-05-30")));
    CHECK(calendar.isWorkingDay(d("2012-05-28")));
    CHECK(calendar.isWorkingDay(d("1995-05-01")));
    for (const char* oneOff : {"1995-05-08", "1999-12-31", "2002-06-03", "2002-06-04", "2011-04-29",
                               "2012-06-04", "2012-06-05", "2022-09-19", "2023-05-08"})
        CHECK_FALSE(calendar.isWorkingDay(d(oneOff)));
    CHECK(WorkingCalendar(Region::Scotland).holidayOn(d("2023-05-08")));
}

TEST_CASE("A broken one-off holiday file names the entry and the field", "[calendar]") {
    const auto badDate = OneOffHolidays::fromJson(
        R"({"holidays": [{"date": "2030-01-02", "name": "Fine"}, {"date": "2030-13-01",
            "name": "Bad"}]})",
        QStringLiteral("mine.json"));
    REQUIRE_FALSE(badDate);
    CHECK(badDate.error().contains(QLatin1String("mine.json: holiday 2")));
    CHECK(badDate.error().contains(QLatin1String("\"date\"")));

    const auto badRegion = OneOffHolidays::fromJson(
        R"({"holidays": [{"date": "2030-01-02", "name": "X", "regions": ["wales"]}]})",
        QStringLiteral("mine.json"));
    REQUIRE_FALSE(badRegion);
    CHECK(badRegion.error().contains(QLatin1String("\"wales\" is not a region")));

    CHECK_FALSE(OneOffHolidays::fromJson("{", QStringLiteral("mine.json")));
    const auto scotlandOnly = OneOffHolidays::fromJson(
        R"({"holidays": [{"date": "2030-01-02", "name": "X", "regions": ["scotland"]}]})",
        QStringLiteral("mine.json"));
    REQUIRE(scotlandOnly);
    CHECK(scotlandOnly.value().at(0).appliesTo(Region::Scotland));
    CHECK_FALSE(scotlandOnly.value().at(0).appliesTo(Region::EnglandAndWales));
}

TEST_CASE("Council closure days are not working days", "[calendar]") {
    const WorkingCalendar plain(Region::EnglandAndWales);
    const WorkingCalendar closed(Region::EnglandAndWales,
                                 dates({"2026-12-29", "2026-12-30", "2026-12-31"}));
    CHECK(plain.addWorkingDays(d("2026-12-24"), 1) == d("2026-12-29"));
    CHECK(closed.addWorkingDays(d("2026-12-24"), 1) == d("2027-01-04"));
    REQUIRE(closed.holidayOn(d("2026-12-30")));
    CHECK(closed.holidayOn(d("2026-12-30"))->name == QLatin1String("Council closure day"));
    CHECK(closed.holidays(2026).size() == plain.holidays(2026).size() + 3);
    CHECK(closed.workingDaysBetween(d("2026-12-24"), d("2027-01-04")) == 1);
}

TEST_CASE("Adding working days over the awkward dates", "[calendar]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    // Christmas and New Year 2026: 25 (Fri), 28 (Boxing Day substitute), 1 January.
    CHECK(calendar.addWorkingDays(d("2026-12-23"), 3) == d("2026-12-30"));
    CHECK(calendar.addWorkingDays(d("2026-12-31"), 1) == d("2027-01-04"));
    // Christmas 2027 on a Saturday: Monday 27 and Tuesday 28 are holidays.
    CHECK(calendar.addWorkingDays(d("2027-12-24"), 1) == d("2027-12-29"));
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
    CHECK(calendar.addWorkingDays(d("2026-04-02"), 1) == d("2026-04-07"));
    CHECK(WorkingCalendar(Region::Scotland).addWorkingDays(d("2026-04-02"), 1) == d("2026-04-06"));
    // From a bank holiday Monday, which itself does not count.
    CHECK(calendar.addWorkingDays(d("2026-05-25"), 1) == d("2026-05-26"));
    CHECK(calendar.addWorkingDays(d("2026-05-25"), 5) == d("2026-06-01"));
    // Across 29 February 2028.
    CHECK(calendar.addWorkingDays(d("2028-02-25"), 2) == d("2028-02-29"));
    CHECK(calendar.addWorkingDays(d("2028-02-25"), 3) == d("2028-03-01"));
    // Over the clock changes (Sunday 29 March and Sunday 25 October 2026).
    CHECK(calendar.addWorkingDays(d("2026-03-27"), 1) == d("2026-03-30"));
    CHECK(calendar.addWorkingDays(d("2026-10-23"), 1) == d("2026-10-26"));
    // From a Friday, and from a weekend.
    CHECK(calendar.addWorkingDays(d("2026-06-05"), 1) == d("2026-06-08"));
    CHECK(calendar.addWorkingDays(d("2026-06-06"), 1) == d("2026-06-08"));
    CHECK(calendar.addWorkingDays(d("2026-06-06"), 0) == d("2026-06-06"));
}

TEST_CASE("Counting back with a negative number of working days", "[calendar]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    CHECK(calendar.addWorkingDays(d("2027-01-04"), -1) == d("2026-12-31"));
    CHECK(calendar.addWorkingDays(d("2026-04-07"), -1) == d("2026-04-02"));
    CHECK(calendar.addWorkingDays(d("2026-06-06"), -1) == d("2026-06-05"));
}

TEST_CASE("Counting working days between two dates", "[calendar]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    CHECK(calendar.workingDaysBetween(d("2026-12-24"), d("2027-01-04")) == 4);
    CHECK(calendar.workingDaysBetween(d("2027-01-04"), d("2026-12-24")) == -4);
    CHECK(calendar.workingDaysBetween(d("2026-06-05"), d("2026-06-05")) == 0);
    CHECK(calendar.workingDaysBetween(d("2026-06-05"), d("2026-06-07")) == 0);
    CHECK(calendar.workingDaysBetween(d("2026-06-05"), d("2026-06-08")) == 1);
    CHECK(calendar.workingDaysBetween(d("2026-01-01"), d("2026-12-31")) == 253);
}

TEST_CASE("Adding and counting agree with each other", "[calendar]") {
    for (Region region : {Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland}) {
        const WorkingCalendar calendar(region, dates({"2026-12-29"}));
        for (QDate from = d("2026-12-01"); from <= d("2027-01-15"); from = from.addDays(1)) {
            for (int n : {0, 1, 2, 5, 10, 20}) {
                const QDate to = calendar.addWorkingDays(from, n);
                INFO(from.toString(Qt::ISODate).toStdString() << " + " << n);
                CHECK(calendar.workingDaysBetween(from, to) == n);
                CHECK(calendar.workingDaysBetween(to, from) == -n);
                if (n > 0) {
                    CHECK(calendar.isWorkingDay(to));
                    if (calendar.isWorkingDay(from))
                        CHECK(calendar.addWorkingDays(to, -n) == from);
                }
            }
        }
    }
}

TEST_CASE("Region codes round-trip", "[calendar]") {
    for (Region region : {Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland})
        CHECK(kith::calendar::regionFromCode(kith::calendar::regionCode(region)) == region);
    CHECK_FALSE(kith::calendar::regionFromCode(QStringLiteral("wales")));
}
