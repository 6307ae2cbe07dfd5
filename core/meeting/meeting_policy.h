#pragma once

#include "meeting/review_interval.h"
#include "policy/deadline_policy.h"
#include "store/database.h"

#include <QCoreApplication>

namespace kith::meeting {

// The council's rules for meetings, read from the deadline policy's optional "meetings"
// object:
//   "meetings": { "next_review": { "default_weeks": 6, "min_weeks": 4, "max_weeks": 8 },
//                 "circulate_within": { "amount": 5, "unit": "working_days" } }
// Anything left out takes the default (6 weeks, 2 to 12 weeks; 5 working days). When
// "circulate_within" is left out, a rule from "taf_held" to "plan_circulated" gives it.
struct MeetingPolicy {
    Q_DECLARE_TR_FUNCTIONS(kith::meeting::MeetingPolicy)

public:
    ReviewInterval nextReview;
    policy::Duration circulateWithin{5, policy::DurationUnit::WorkingDays};
    calendar::Region region = calendar::Region::EnglandAndWales;

    static MeetingPolicy defaults() { return {}; }
    // Reads the "meetings" object of a policy document; a mistake names the field.
    static Result<MeetingPolicy> fromPolicyJson(const QByteArray& json, const QString& sourceName);
    // The policy in force for this store (the council's own, or the chosen preset).
    static Result<MeetingPolicy> forStore(const Database& database);
};

} // namespace kith::meeting
