#include "projection/plan_subject.h"

#include <algorithm>

namespace kith::projection {

using consent::Category;
using plan::OutcomeHeading;

QList<Category> categoriesOf(OutcomeHeading heading) {
    switch (heading) {
    case OutcomeHeading::Education:
    case OutcomeHeading::EarlyYears:
        return {Category::School};
    case OutcomeHeading::Health:
    case OutcomeHeading::SubstanceUse:
        return {Category::Health};
    case OutcomeHeading::FamilyRelationships:
    case OutcomeHeading::SafeFromAbuse:
    case OutcomeHeading::DomesticAbuse:
        return {Category::Relationships};
    case OutcomeHeading::Housing:
        return {Category::Address, Category::Finances};
    case OutcomeHeading::FinancialStability:
        return {Category::Finances};
    case OutcomeHeading::Crime:
        break;
    }
    return {Category::Everything};
}

namespace {

QList<consent::Information> about(const QList<Category>& categories, const QString& personId) {
    QList<consent::Information> subject;
    for (Category category : categories) {
        const consent::Information info{category, personId};
        const bool known = std::any_of(subject.cbegin(), subject.cend(), [&](const auto& had) {
            return had.category == info.category;
        });
        if (!known)
            subject.append(info);
    }
    return subject;
}

} // namespace

QList<consent::Information> subjectOf(const plan::Plan& plan, const plan::PlanNeed& need) {
    QList<Category> categories;
    for (const plan::PlanOutcome& outcome : plan.outcomes) {
        if (outcome.needId == need.id)
            categories += categoriesOf(outcome.heading);
    }
    if (categories.isEmpty())
        categories.append(Category::Everything);
    return about(categories, need.aboutPersonId);
}

QList<consent::Information> subjectOf(const plan::Plan& plan, const plan::PlanOutcome& outcome) {
    const plan::PlanNeed* need = plan.need(outcome.needId);
    return about(categoriesOf(outcome.heading), need ? need->aboutPersonId : QString());
}

QList<consent::Information> subjectOf(const plan::Plan& plan, const plan::PlanAction& action) {
    const plan::PlanOutcome* outcome = plan.outcome(action.outcomeId);
    if (!outcome)
        return {consent::Information{Category::Everything, action.aboutPersonId}};
    QList<consent::Information> subject = subjectOf(plan, *outcome);
    if (!action.aboutPersonId.isEmpty()) {
        for (consent::Information& what : subject)
            what.aboutPersonId = action.aboutPersonId;
    }
    return subject;
}

} // namespace kith::projection
