#pragma once

#include "assessment/assessment_model.h"
#include "policy/deadline_policy.h"
#include "store/database.h"

#include <QCoreApplication>

namespace kith::assessment {

// When an assessment is due: a time limit from the council's deadline policy (its rule
// that the assessment's completion stops), or 20 working days when the policy has none,
// counted on the policy's working calendar from the day the family gave consent (seed 003
// Step 2). The working-day arithmetic is the policy engine's (policy::computeDeadline).
struct AssessmentDeadline {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::AssessmentDeadline)

public:
    static constexpr int kDefaultWorkingDays = 20;

    QDate startedOn;      // the day the clock starts
    QDate dueDate;        // invalid when it could not be worked out (see basis)
    policy::Duration due; // the time limit used
    QString basis;        // in plain words: "20 working days from consent on 3 November 2026"

    // `start` is the consent day (or the assessment's start when there is no consent).
    static AssessmentDeadline compute(const policy::DeadlinePolicy& policy, const QDate& start,
                                      bool fromConsent = true);
};

// The due date of an assessment, under the policy this store uses (due::DueSettings).
AssessmentDeadline dueDate(const Database& database, const Assessment& assessment);

} // namespace kith::assessment
