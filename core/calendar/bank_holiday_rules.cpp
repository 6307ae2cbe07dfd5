#include "calendar/bank_holiday_rules.h"

#include <QSet>
#include <algorithm>

namespace kith::calendar {

namespace {

// St Andrew's Day became a bank holiday in Scotland with the St Andrew's Day Bank Holiday
// (Scotland) Act 2007.
constexpr int kFirstStAndrewsDayYear = 2007;

bool isWeekend(const QDate& date) {
    return date.dayOfWeek() >= Qt::Saturday;
}

QDate firstMonday(int year, int month) {
    const QDate first(year, month, 1);
    return first.addDays((8 - first.dayOfWeek()) % 7);
}

QDate lastMonday(int year, int month) {
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-((last.dayOfWeek() - 1) % 7));
}

} // namespace

QDate BankHolidayRules::easterSunday(int year) {
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> BankHolidayRules::regularHolidays(Region region, int year) {
    const QDate easter = easterSunday(year);
    const bool scotland = region == Region::Scotland;
    QList<Holiday> list{{QDate(year, 1, 1), tr("New Year's Day")}};
    if (scotland)
        list.append({QDate(year, 1, 2), tr("2nd January")});
    if (region == Region::NorthernIreland)
        list.append({QDate(year, 3, 17), tr("St Patrick's Day")});
    list.append({easter.addDays(-2), tr("Good Friday")});
    if (!scotland)
        list.append({easter.addDays(1), tr("Easter Monday")});
    list.append({firstMonday(year, 5), tr("Early May bank holiday")});
    list.append({lastMonday(year, 5), tr("Spring bank holiday")});
    if (region == Region::NorthernIreland)
        list.append({QDate(year, 7, 12), tr("Battle of the Boyne (Orangemen's Day)")});
    list.append({scotland ? firstMonday(year, 8) : lastMonday(year, 8), tr("Summer bank holiday")});
    if (scotland && year >= kFirstStAndrewsDayYear)
        list.append({QDate(year, 11, 30), tr("St Andrew's Day")});
    list.append({QDate(year, 12, 25), tr("Christmas Day")});
    list.append({QDate(year, 12, 26), tr("Boxing Day")});
    return list;
}

QList<Holiday> BankHolidayRules::holidays(Region region, int year,
                                          const QList<OneOffHoliday>& oneOffs) {
    QList<Holiday> nominal = regularHolidays(region, year);
    for (const OneOffHoliday& oneOff : oneOffs) {
        if (!oneOff.appliesTo(region) || oneOff.date.year() != year)
            continue;
        if (oneOff.replaces)
            nominal.removeIf([&](const Holiday& h) { return h.date == *oneOff.replaces; });
        nominal.append({oneOff.date, oneOff.name});
    }
    std::sort(nominal.begin(), nominal.end(),
              [](const Holiday& x, const Holiday& y) { return x.date < y.date; });

    // Holidays on weekdays keep their day; each weekend one, in date order, moves to the
    // next weekday that is not already a holiday. So Christmas on a Saturday gives Monday
    // 27 and Boxing Day Tuesday 28, and Christmas on a Sunday gives Tuesday 27 because
    // Boxing Day already has Monday 26.
    QList<Holiday> result;
    QSet<QDate> taken;
    for (const Holiday& holiday : std::as_const(nominal)) {
        if (!isWeekend(holiday.date)) {
            result.append(holiday);
            taken.insert(holiday.date);
        }
    }
    for (const Holiday& holiday : std::as_const(nominal)) {
        if (!isWeekend(holiday.date))
            continue;
        QDate day = holiday.date;
        while (isWeekend(day) || taken.contains(day))
            day = day.addDays(1);
        taken.insert(day);
        result.append({day, tr("%1 (substitute day)").arg(holiday.name)});
    }
    std::sort(result.begin(), result.end(),
              [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
    return result;
}

} // namespace kith::calendar
