#include "projection/safe_to_project.h"

#include "projection/plan_subject.h"

namespace kith::projection {

using consent::Audience;

QList<Audience> audiencesPresent(const QList<meeting::Attendee>& attendees) {
    QList<Audience> present;
    for (const meeting::Attendee& attendee : attendees) {
        if (attendee.attendance != meeting::Attendance::Present)
            continue;
        if (attendee.kind == meeting::AttendeeKind::FamilyMember && !attendee.personId.isEmpty())
            present.append(Audience::person(attendee.personId));
        else if (attendee.kind == meeting::AttendeeKind::Professional &&
                 !attendee.professionalId.isEmpty())
            present.append(Audience::professional(attendee.professionalId));
    }
    return present;
}

SafeToProject::SafeToProject(const consent::FamilySharing& family, QList<Audience> present)
    : m_family(family)
    , m_present(std::move(present)) {}

QString SafeToProject::refusal(const QList<consent::Information>& subject) const {
    for (const consent::Information& what : subject) {
        // Something of no particular kind about the whole family: judged as plan-wide words,
        // or every restriction about anyone would hide it.
        if (what.category == consent::Category::Everything && what.aboutPersonId.isEmpty())
            return planWideRefusal();
        for (const Audience& with : m_present) {
            const consent::Decision decision = m_family.mayShare(what, with);
            if (!decision.allowed)
                return tr("Not for %1: %2").arg(m_family.audienceName(with), decision.reason);
        }
    }
    return {};
}

QString SafeToProject::planWideRefusal() const {
    for (const Audience& with : m_present) {
        for (const consent::Withholding& withheld : m_family.withheldFrom(with)) {
            if (withheld.what.aboutPersonId.isEmpty())
                return tr("Not for %1: %2")
                    .arg(m_family.audienceName(with), withheld.decision.reason);
        }
    }
    return {};
}

Projection SafeToProject::project(const plan::Plan& plan) const {
    Projection result;
    auto leaveOut = [&result](const QString& id, const QString& why) {
        result.hidden.insert(id, why);
        ++result.safe.hiddenCount;
    };
    const QString confidential = tr("Marked confidential");
    const QString partOfHidden = tr("Part of something not shown on the projector");

    for (const plan::PlanNeed& need : plan.needs) {
        QString needWhy = need.confidential ? confidential : refusal(subjectOf(plan, need));
        ProjectedNeed shownNeed{need.text, {}};
        for (const plan::PlanOutcome& outcome : plan.outcomes) {
            if (outcome.needId != need.id)
                continue;
            const QString outcomeWhy = !needWhy.isEmpty()     ? partOfHidden
                                       : outcome.confidential ? confidential
                                                              : refusal(subjectOf(plan, outcome));
            ProjectedOutcome shownOutcome{
                plan::PlanLabels::heading(outcome.heading), outcome.text, {}};
            for (const plan::PlanAction& action : plan.actionsOf(outcome.id)) {
                const QString actionWhy = !outcomeWhy.isEmpty() ? partOfHidden
                                          : action.confidential ? confidential
                                          : action.aboutPersonId.isEmpty()
                                              ? QString()
                                              : refusal(subjectOf(plan, action));
                if (!actionWhy.isEmpty()) {
                    leaveOut(action.id, actionWhy);
                    continue;
                }
                shownOutcome.actions.append({action.what, action.owner.name, action.dueOn,
                                             action.howWeWillKnow, action.support,
                                             plan::PlanLabels::actionStatus(action.status)});
            }
            if (outcomeWhy.isEmpty())
                shownNeed.outcomes.append(shownOutcome);
            else
                leaveOut(outcome.id, outcomeWhy);
        }
        if (needWhy.isEmpty())
            result.safe.needs.append(shownNeed);
        else
            leaveOut(need.id, needWhy);
    }

    const QString planWide = planWideRefusal();
    if (!plan.familyViews.trimmed().isEmpty()) {
        if (planWide.isEmpty())
            result.safe.views.append({tr("The family"), plan.familyViews});
        else
            leaveOut(kFamilyViewsItem, planWide);
    }
    for (const plan::ChildView& view : plan.childViews) {
        const QString why =
            view.confidential
                ? confidential
                : refusal({consent::Information{consent::Category::Everything, view.childId}});
        if (why.isEmpty())
            result.safe.views.append({view.childName, view.words});
        else
            leaveOut(view.id, why);
    }
    for (const plan::ConfidenceScore& score : plan.confidence) {
        if (planWide.isEmpty())
            result.safe.confidence.append({score.byName, score.score});
        else
            leaveOut(score.id, planWide);
    }
    if (!plan.ifNothingChanges.trimmed().isEmpty()) {
        if (planWide.isEmpty())
            result.safe.ifNothingChanges = plan.ifNothingChanges;
        else
            leaveOut(kIfNothingChangesItem, planWide);
    }
    return result;
}

} // namespace kith::projection
