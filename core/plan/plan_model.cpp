#include "plan/plan_model.h"

#include "util/code_table.h"

namespace kith::plan {
namespace {

constexpr CodeTable<OutcomeHeading, 10> kHeadings{{
    {OutcomeHeading::Education, "education"},
    {OutcomeHeading::EarlyYears, "early_years"},
    {OutcomeHeading::Health, "health"},
    {OutcomeHeading::SubstanceUse, "substance_use"},
    {OutcomeHeading::FamilyRelationships, "family_relationships"},
    {OutcomeHeading::SafeFromAbuse, "safe_from_abuse"},
    {OutcomeHeading::Crime, "crime"},
    {OutcomeHeading::DomesticAbuse, "domestic_abuse"},
    {OutcomeHeading::Housing, "housing"},
    {OutcomeHeading::FinancialStability, "financial_stability"},
}};

constexpr CodeTable<OwnerKind, 2> kOwnerKinds{{
    {OwnerKind::FamilyMember, "family_member"},
    {OwnerKind::Professional, "professional"},
}};

constexpr CodeTable<ActionStatus, 5> kActionStatuses{{
    {ActionStatus::NotStarted, "not_started"},
    {ActionStatus::InProgress, "in_progress"},
    {ActionStatus::Done, "done"},
    {ActionStatus::NotDone, "not_done"},
    {ActionStatus::NoLongerNeeded, "no_longer_needed"},
}};

constexpr CodeTable<PlanStatus, 2> kPlanStatuses{{
    {PlanStatus::Draft, "draft"},
    {PlanStatus::Agreed, "agreed"},
}};

template <typename Item>
const Item* findById(const QList<Item>& items, const QString& id) {
    for (const Item& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

QList<OutcomeHeading> allHeadings() {
    QList<OutcomeHeading> headings;
    for (const auto& entry : kHeadings)
        headings.append(entry.first);
    return headings;
}

QString headingCode(OutcomeHeading heading) {
    return codeOf(kHeadings, heading);
}
std::optional<OutcomeHeading> headingFromCode(const QString& code) {
    return valueOf(kHeadings, code);
}
QString ownerKindCode(OwnerKind kind) {
    return codeOf(kOwnerKinds, kind);
}
std::optional<OwnerKind> ownerKindFromCode(const QString& code) {
    return valueOf(kOwnerKinds, code);
}
QString actionStatusCode(ActionStatus status) {
    return codeOf(kActionStatuses, status);
}
std::optional<ActionStatus> actionStatusFromCode(const QString& code) {
    return valueOf(kActionStatuses, code);
}
QString planStatusCode(PlanStatus status) {
    return codeOf(kPlanStatuses, status);
}
std::optional<PlanStatus> planStatusFromCode(const QString& code) {
    return valueOf(kPlanStatuses, code);
}

QString PlanLabels::heading(OutcomeHeading heading) {
    switch (heading) {
    case OutcomeHeading::Education:
        return tr("Getting a good education");
    case OutcomeHeading::EarlyYears:
        return tr("Good early years development");
    case OutcomeHeading::Health:
        return tr("Improved mental and physical health");
    case OutcomeHeading::SubstanceUse:
        return tr("Promoting recovery and reducing harm from substance use");
    case OutcomeHeading::FamilyRelationships:
        return tr("Improved family relationships");
    case OutcomeHeading::SafeFromAbuse:
        return tr("Children safe from abuse and exploitation");
    case OutcomeHeading::Crime:
        return tr("Crime prevention and tackling crime");
    case OutcomeHeading::DomesticAbuse:
        return tr("Safe from domestic abuse");
    case OutcomeHeading::Housing:
        return tr("Secure housing");
    case OutcomeHeading::FinancialStability:
        return tr("Financial stability");
    }
    return {};
}

QString PlanLabels::ownerKind(OwnerKind kind) {
    return kind == OwnerKind::FamilyMember ? tr("Family member") : tr("Professional");
}

QString PlanLabels::actionStatus(ActionStatus status) {
    switch (status) {
    case ActionStatus::NotStarted:
        return tr("Not started");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::NotDone:
        return tr("Not done");
    case ActionStatus::NoLongerNeeded:
        return tr("No longer needed");
    }
    return {};
}

QString PlanLabels::planStatus(PlanStatus status) {
    return status == PlanStatus::Agreed ? tr("Agreed") : tr("Draft");
}

const PlanNeed* Plan::need(const QString& needId) const {
    return findById(needs, needId);
}
const PlanOutcome* Plan::outcome(const QString& outcomeId) const {
    return findById(outcomes, outcomeId);
}
const PlanAction* Plan::action(const QString& actionId) const {
    return findById(actions, actionId);
}

QList<PlanAction> Plan::actionsOf(const QString& outcomeId) const {
    QList<PlanAction> found;
    for (const PlanAction& candidate : actions) {
        if (candidate.outcomeId == outcomeId)
            found.append(candidate);
    }
    return found;
}

} // namespace kith::plan
