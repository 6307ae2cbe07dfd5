#include "meeting/review_interval.h"

#include <QLocale>

namespace kith::meeting {

QDate ReviewDates::defaultNextReview(const QDate& meetingDay, const ReviewInterval& interval) {
    return meetingDay.addDays(qint64(interval.defaultWeeks) * 7);
}

Status ReviewDates::check(const QDate& meetingDay, const QDate& nextReview,
                          const ReviewInterval& interval) {
    if (!nextReview.isValid())
        return Status::fail(tr("Next review date is missing: choose a date, usually %n weeks "
                               "after the meeting.",
                               nullptr, interval.defaultWeeks));
    const int maxWeeks = qMin(interval.maxWeeks, ReviewInterval::kAbsoluteMaxWeeks);
    const QDate earliest = meetingDay.addDays(qint64(interval.minWeeks) * 7);
    const QDate latest = meetingDay.addDays(qint64(maxWeeks) * 7);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QString latestText = uk.toString(latest, QStringLiteral("d MMMM yyyy"));
    if (nextReview > latest) {
        if (maxWeeks == ReviewInterval::kAbsoluteMaxWeeks)
            return Status::fail(tr("Next review date: a review can be at most 12 weeks after "
                                   "the meeting, so choose %1 or earlier.")
                                    .arg(latestText));
        return Status::fail(tr("Next review date: the council's policy sets reviews at most %n "
                               "weeks after the meeting, so choose %1 or earlier.",
                               nullptr, maxWeeks)
                                .arg(latestText));
    }
    if (nextReview < earliest)
        return Status::fail(tr("Next review date: the council's policy sets reviews at least %n "
                               "weeks after the meeting, so choose %1 or later.",
                               nullptr, interval.minWeeks)
                                .arg(uk.toString(earliest, QStringLiteral("d MMMM yyyy"))));
    return okStatus();
}

} // namespace kith::meeting
