#pragma once

// The needs a new plan starts with, taken from the family's assessment: each paragraph or
// line of what they are worried about, then of the support they said would help. The
// worker and family then reword, merge or remove them at the meeting.

#include "assessment/assessment_model.h"
#include "plan/plan_model.h"

namespace kith::plan {

// The answer paths needs are taken from, in order.
inline const QString kWorriesPath = QStringLiteral("worries/worries");
inline const QString kSupportPath = QStringLiteral("support/support");

// Needs (without ids) from the answers; bullet marks ("-", "*", "1.") are dropped.
QList<PlanNeed> needsFromAnswers(const assessment::Answers& answers);

} // namespace kith::plan
