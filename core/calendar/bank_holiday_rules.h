#pragma once

// The UK's regular bank holidays, computed by rule for any year, with substitute days
// for holidays that fall at a weekend.

#include "calendar/one_off_holidays.h"
#include "calendar/working_calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kith::calendar {

class BankHolidayRules {
    Q_DECLARE_TR_FUNCTIONS(kith::calendar::BankHolidayRules)

public:
    // Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static QDate easterSunday(int year);

    // The year's holidays in date order: the regular ones, moved or joined by the
    // one-off holidays for this region, and substitute days for those at a weekend.
    static QList<Holiday> holidays(Region region, int year, const QList<OneOffHoliday>& oneOffs);

private:
    // The regular holidays on their nominal dates (a weekend date is not yet substituted).
    static QList<Holiday> regularHolidays(Region region, int year);
};

} // namespace kith::calendar
