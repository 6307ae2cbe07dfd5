#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>

namespace kith::meeting {

// How far ahead the next review meeting may be set. The council's policy sets the range
// (resources/policies/*.json, "meetings"."next_review"); whatever it says, a review is
// never more than 12 weeks away (the Supporting Families and Working Together standard
// that families are reviewed at least every 12 weeks).
struct ReviewInterval {
    static constexpr int kAbsoluteMaxWeeks = 12;
    int defaultWeeks = 6;
    int minWeeks = 2;
    int maxWeeks = kAbsoluteMaxWeeks;
};

class ReviewDates {
    Q_DECLARE_TR_FUNCTIONS(kith::meeting::ReviewDates)

public:
    // The date the next review falls on by default: defaultWeeks after the meeting.
    static QDate defaultNextReview(const QDate& meetingDay, const ReviewInterval& interval);
    // Checks a chosen date against the range; a refusal names the range and the latest
    // allowed date.
    static Status check(const QDate& meetingDay, const QDate& nextReview,
                        const ReviewInterval& interval);
};

} // namespace kith::meeting
