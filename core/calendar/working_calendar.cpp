#include "calendar/working_calendar.h"

#include "calendar/bank_holiday_rules.h"
#include "calendar/one_off_holidays.h"

#include <QHash>
#include <QtDebug>
#include <algorithm>
#include <array>

namespace kith::calendar {

namespace {

// Years whose holidays are worked out once and kept; other years are worked out on demand.
constexpr int kFirstTableYear = 1990;
constexpr int kLastTableYear = 2100;

const QList<OneOffHoliday>& oneOffHolidays() {
    static const QList<OneOffHoliday> list = [] {
        const auto& loaded = OneOffHolidays::builtIn();
        if (!loaded) {
            // A broken built-in file is a build mistake that the tests catch; the rules
            // still give every regular holiday, so carry on rather than stop.
            qCritical("%s", qUtf8Printable(loaded.error()));
            return QList<OneOffHoliday>{};
        }
        return loaded.value();
    }();
    return list;
}

using HolidayTable = QHash<QDate, Holiday>;

const HolidayTable& holidayTable(Region region) {
    static const std::array<HolidayTable, 3> tables = [] {
        std::array<HolidayTable, 3> built;
        for (Region r : {Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland}) {
            HolidayTable& table = built.at(static_cast<std::size_t>(r));
            for (int year = kFirstTableYear; year <= kLastTableYear; ++year) {
                for (const Holiday& holiday : BankHolidayRules::holidays(r, year, oneOffHolidays()))
                    table.insert(holiday.date, holiday);
            }
        }
        return built;
    }();
    return tables.at(static_cast<std::size_t>(region));
}

std::optional<Holiday> bankHolidayOn(Region region, const QDate& date) {
    if (date.year() >= kFirstTableYear && date.year() <= kLastTableYear) {
        const HolidayTable& table = holidayTable(region);
        const auto found = table.constFind(date);
        if (found == table.constEnd())
            return std::nullopt;
        return *found;
    }
    for (const Holiday& holiday :
         BankHolidayRules::holidays(region, date.year(), oneOffHolidays())) {
        if (holiday.date == date)
            return holiday;
    }
    return std::nullopt;
}

} // namespace

QString regionCode(Region region) {
    switch (region) {
    case Region::EnglandAndWales:
        return QStringLiteral("england-and-wales");
    case Region::Scotland:
        return QStringLiteral("scotland");
    case Region::NorthernIreland:
        return QStringLiteral("northern-ireland");
    }
    return {};
}

std::optional<Region> regionFromCode(const QString& code) {
    for (Region region : {Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland}) {
        if (regionCode(region) == code)
            return region;
    }
    return std::nullopt;
}

WorkingCalendar::WorkingCalendar(Region region, QList<QDate> councilClosures)
    : m_region(region)
    , m_closures(std::move(councilClosures)) {}

bool WorkingCalendar::isWorkingDay(const QDate& date) const {
    return date.isValid() && date.dayOfWeek() < Qt::Saturday && !holidayOn(date);
}

std::optional<Holiday> WorkingCalendar::holidayOn(const QDate& date) const {
    if (auto bankHoliday = bankHolidayOn(m_region, date))
        return bankHoliday;
    if (m_closures.contains(date))
        return Holiday{date, tr("Council closure day")};
    return std::nullopt;
}

QList<Holiday> WorkingCalendar::holidays(int year) const {
    QList<Holiday> list = BankHolidayRules::holidays(m_region, year, oneOffHolidays());
    for (const QDate& closure : m_closures) {
        if (closure.year() == year && !bankHolidayOn(m_region, closure))
            list.append({closure, tr("Council closure day")});
    }
    std::sort(list.begin(), list.end(),
              [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
    return list;
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int days) const {
    const int step = days < 0 ? -1 : 1;
    QDate date = from;
    for (int left = days < 0 ? -days : days; left > 0;) {
        date = date.addDays(step);
        if (isWorkingDay(date))
            --left;
    }
    return date;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const {
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

} // namespace kith::calendar
