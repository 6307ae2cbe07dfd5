// When a deadline falls. Day arithmetic happens on UK dates (Europe/London) so that the
// date a practitioner sees on the wall calendar is the date that counts.
#include "policy/deadline_policy.h"

#include <QTimeZone>

namespace kith::policy {

namespace {

const QTimeZone& ukZone() {
    static const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return zone;
}

// The moment at the start of a UK day, in UTC.
QDateTime startOfUkDay(const QDate& date) {
    return QDateTime(date, QTime(0, 0), ukZone()).toUTC();
}

// Adds wall-clock time: 24 hours from 10:00 is 10:00 the next day even when the clocks
// change overnight. The arithmetic is done on a zone-less copy of the UK clock reading.
QDateTime addUkClockHours(const QDateTime& utc, int hours) {
    const QDateTime local = utc.toTimeZone(ukZone());
    const QDateTime reading(local.date(), local.time(), Qt::UTC);
    const QDateTime moved = reading.addSecs(qint64(hours) * 3600);
    return QDateTime(moved.date(), moved.time(), ukZone()).toUTC();
}

// A day-based duration from `date`; negative `sign` counts back.
QDate addDays(const QDate& date, const Duration& duration, int sign,
              const calendar::WorkingCalendar& calendar) {
    const int amount = sign * duration.amount;
    switch (duration.unit) {
    case DurationUnit::WorkingDays:
        return calendar.addWorkingDays(date, amount);
    case DurationUnit::CalendarDays:
        return date.addDays(amount);
    case DurationUnit::Weeks:
        return date.addDays(qint64(7) * amount);
    case DurationUnit::Months:
        return date.addMonths(amount);
    case DurationUnit::Hours: // never day-based; computeDeadline handles hours itself
        break;
    }
    return date;
}

} // namespace

QDate ukDate(const QDateTime& utc) {
    return utc.toTimeZone(ukZone()).date();
}

DeadlineMoments computeDeadline(const Duration& due, const Duration& warnBefore,
                                const QDateTime& startUtc,
                                const calendar::WorkingCalendar& calendar) {
    DeadlineMoments moments;
    // For an hours deadline `end` is the due moment itself; for a day deadline it is the
    // start of the day after the due day, so the whole due day is on time.
    QDateTime end;
    if (due.unit == DurationUnit::Hours) {
        moments.dueUtc = addUkClockHours(startUtc, due.amount);
        moments.dueDate = ukDate(moments.dueUtc);
        end = moments.dueUtc;
    } else {
        moments.dueDate = addDays(ukDate(startUtc), due, 1, calendar);
        end = startOfUkDay(moments.dueDate.addDays(1));
        moments.dueUtc = end.addMSecs(-1);
    }

    if (warnBefore.amount == 0) {
        moments.warnFromUtc = moments.dueUtc;
    } else if (warnBefore.unit == DurationUnit::Hours) {
        moments.warnFromUtc = addUkClockHours(end, -warnBefore.amount);
    } else {
        // "Warn 2 working days before" a Friday deadline: from the start of Thursday, when
        // two working days are left. The same UK clock time for an hours deadline.
        const QDateTime endLocal = end.toTimeZone(ukZone());
        const QDate warnDate = addDays(endLocal.date(), warnBefore, -1, calendar);
        moments.warnFromUtc = QDateTime(warnDate, endLocal.time(), ukZone()).toUTC();
    }
    if (moments.warnFromUtc < startUtc)
        moments.warnFromUtc = startUtc;
    return moments;
}

DeadlineMoments computeDeadline(const DeadlineRule& rule, const QDateTime& startUtc,
                                const calendar::WorkingCalendar& calendar,
                                const QSet<QString>& facts) {
    return computeDeadline(rule.dueFor(facts), rule.warnBefore, startUtc, calendar);
}

} // namespace kith::policy
