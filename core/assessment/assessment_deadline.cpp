#include "assessment/assessment_deadline.h"

#include "assessment/family_context.h"
#include "due/due_settings.h"

namespace kith::assessment {
namespace {

// The policy rule for finishing the assessment, whatever starts its clock in that policy:
// the date it is counted from here is always the family's consent.
const policy::DeadlineRule* assessmentRule(const policy::DeadlinePolicy& policy) {
    for (const policy::DeadlineRule& rule : policy.rules) {
        if (rule.stopEvent == QLatin1String("assessment_completed"))
            return &rule;
    }
    return nullptr;
}

QString durationText(const policy::Duration& due) {
    const bool one = due.amount == 1;
    switch (due.unit) {
    case policy::DurationUnit::WorkingDays:
        return one ? AssessmentDeadline::tr("1 working day")
                   : AssessmentDeadline::tr("%1 working days").arg(due.amount);
    case policy::DurationUnit::CalendarDays:
        return one ? AssessmentDeadline::tr("1 day")
                   : AssessmentDeadline::tr("%1 days").arg(due.amount);
    case policy::DurationUnit::Weeks:
        return one ? AssessmentDeadline::tr("1 week")
                   : AssessmentDeadline::tr("%1 weeks").arg(due.amount);
    case policy::DurationUnit::Months:
        return one ? AssessmentDeadline::tr("1 month")
                   : AssessmentDeadline::tr("%1 months").arg(due.amount);
    case policy::DurationUnit::Hours:
        return one ? AssessmentDeadline::tr("1 hour")
                   : AssessmentDeadline::tr("%1 hours").arg(due.amount);
    }
    return {};
}

} // namespace

AssessmentDeadline AssessmentDeadline::compute(const policy::DeadlinePolicy& policy,
                                               const QDate& start, bool fromConsent) {
    AssessmentDeadline deadline;
    deadline.startedOn = start;
    const policy::DeadlineRule* rule = assessmentRule(policy);
    deadline.due =
        rule ? rule->due : policy::Duration{kDefaultWorkingDays, policy::DurationUnit::WorkingDays};
    if (!start.isValid()) {
        deadline.basis = tr("No due date: the family's consent is not recorded yet.");
        return deadline;
    }
    // Midday UTC is on the same day by UK clocks all year round.
    const QDateTime startUtc(start, QTime(12, 0), Qt::UTC);
    deadline.dueDate = policy::computeDeadline(deadline.due, {}, startUtc,
                                               calendar::WorkingCalendar(policy.region))
                           .dueDate;
    const QString day = start.toString(QStringLiteral("d MMMM yyyy"));
    deadline.basis =
        fromConsent ? tr("%1 from the family's consent on %2").arg(durationText(deadline.due), day)
                    : tr("%1 from the start of the assessment on %2 (no consent is recorded)")
                          .arg(durationText(deadline.due), day);
    return deadline;
}

AssessmentDeadline dueDate(const Database& database, const Assessment& assessment) {
    const auto policy = due::DueSettings::policy(database);
    if (!policy) {
        AssessmentDeadline none;
        none.basis = policy.error();
        return none;
    }
    const FamilyContext family = FamilyContext::load(database.connection(), assessment.familyId);
    if (family.consentGivenOn.isValid())
        return AssessmentDeadline::compute(policy.value(), family.consentGivenOn);
    return AssessmentDeadline::compute(policy.value(), policy::ukDate(assessment.startedAt), false);
}

} // namespace kith::assessment
