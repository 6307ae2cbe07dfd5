#include "plan/plan_rows.h"

#include "store/sql_support.h"

namespace kith::plan::rows {

QVariantMap needColumns(const PlanNeed& need) {
    return {{QStringLiteral("text"), need.text.trimmed()},
            {QStringLiteral("source_path"), sql::fromText(need.sourcePath)},
            {QStringLiteral("about_person_id"), sql::fromText(need.aboutPersonId)},
            {QStringLiteral("confidential"), need.confidential ? 1 : 0}};
}

QVariantMap outcomeColumns(const PlanOutcome& outcome) {
    return {{QStringLiteral("need_id"), sql::fromText(outcome.needId)},
            {QStringLiteral("heading"), headingCode(outcome.heading)},
            {QStringLiteral("text"), outcome.text.trimmed()},
            {QStringLiteral("confidential"), outcome.confidential ? 1 : 0}};
}

QVariantMap actionColumns(const PlanAction& action) {
    const ActionOwner& owner = action.owner;
    const bool family = owner.kind == OwnerKind::FamilyMember;
    return {{QStringLiteral("outcome_id"), action.outcomeId},
            {QStringLiteral("what"), action.what.trimmed()},
            {QStringLiteral("owner_kind"), ownerKindCode(owner.kind)},
            {QStringLiteral("owner_person_id"), sql::fromText(family ? owner.personId : QString())},
            {QStringLiteral("owner_professional_id"),
             sql::fromText(family ? QString() : owner.professionalId)},
            {QStringLiteral("owner_name"), sql::fromText(owner.name.trimmed())},
            {QStringLiteral("due_on"), sql::fromDate(action.dueOn)},
            {QStringLiteral("how_we_will_know"), sql::fromText(action.howWeWillKnow.trimmed())},
            {QStringLiteral("support"), sql::fromText(action.support.trimmed())},
            {QStringLiteral("about_person_id"), sql::fromText(action.aboutPersonId)},
            {QStringLiteral("status"), actionStatusCode(action.status)},
            {QStringLiteral("confidential"), action.confidential ? 1 : 0}};
}

QVariantMap childViewColumns(const ChildView& view) {
    return {{QStringLiteral("child_id"), view.childId},
            {QStringLiteral("words"), sql::fromText(view.words.trimmed())},
            {QStringLiteral("present"), view.present ? 1 : 0},
            {QStringLiteral("how_gathered"), sql::fromText(view.howGathered.trimmed())},
            {QStringLiteral("confidential"), view.confidential ? 1 : 0}};
}

QVariantMap confidenceColumns(const ConfidenceScore& score) {
    return {{QStringLiteral("score"), score.score},
            {QStringLiteral("by_name"), score.byName.trimmed()},
            {QStringLiteral("person_id"), sql::fromText(score.personId)}};
}

QVariantMap newRow(const QString& id, const Place& place, QVariantMap columns, bool positioned) {
    columns.insert(QStringLiteral("id"), id);
    columns.insert(QStringLiteral("family_id"), place.familyId);
    columns.insert(QStringLiteral("plan_id"), place.planId);
    if (positioned)
        columns.insert(QStringLiteral("position"), place.position);
    return columns;
}

PlanNeed needFrom(const store::Row& row) {
    PlanNeed need;
    need.id = row.text("id");
    need.text = row.text("text");
    need.sourcePath = row.text("source_path");
    need.confidential = row.flag("confidential");
    need.aboutPersonId = row.text("about_person_id");
    return need;
}

PlanOutcome outcomeFrom(const store::Row& row) {
    PlanOutcome outcome;
    outcome.id = row.text("id");
    outcome.needId = row.text("need_id");
    outcome.heading =
        headingFromCode(row.text("heading")).value_or(OutcomeHeading::FamilyRelationships);
    outcome.text = row.text("text");
    outcome.confidential = row.flag("confidential");
    return outcome;
}

PlanAction actionFrom(const store::Row& row) {
    PlanAction action;
    action.id = row.text("id");
    action.outcomeId = row.text("outcome_id");
    action.what = row.text("what");
    action.owner.kind = ownerKindFromCode(row.text("owner_kind")).value_or(OwnerKind::FamilyMember);
    action.owner.personId = row.text("owner_person_id");
    action.owner.professionalId = row.text("owner_professional_id");
    action.owner.name = row.text("owner_name");
    action.dueOn = row.date("due_on");
    action.howWeWillKnow = row.text("how_we_will_know");
    action.support = row.text("support");
    action.aboutPersonId = row.text("about_person_id");
    action.status = actionStatusFromCode(row.text("status")).value_or(ActionStatus::NotStarted);
    action.confidential = row.flag("confidential");
    return action;
}

ChildView childViewFrom(const store::Row& row) {
    ChildView view;
    view.id = row.text("id");
    view.childId = row.text("child_id");
    view.words = row.text("words");
    view.present = row.flag("present");
    view.howGathered = row.text("how_gathered");
    view.confidential = row.flag("confidential");
    return view;
}

ConfidenceScore confidenceFrom(const store::Row& row) {
    ConfidenceScore score;
    score.id = row.text("id");
    score.score = row.value("score").toInt();
    score.byName = row.text("by_name");
    score.personId = row.text("person_id");
    return score;
}

} // namespace kith::plan::rows
