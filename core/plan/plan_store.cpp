#include "plan/plan_store.h"

#include "assessment/assessment_store.h"
#include "consent/family_people.h"
#include "plan/plan_rows.h"
#include "plan/plan_seed.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QSqlQuery>

namespace kith::plan {
namespace {

Result<QString> idOr(const Status& status, const QString& id) {
    return status ? Result<QString>::ok(id) : Result<QString>::fail(status.error());
}

bool isChild(const Person& person) {
    return person.role == PersonRole::Child || person.role == PersonRole::YoungPerson;
}

// The next place at the end of a plan's list in `table`.
int nextPosition(const QSqlDatabase& db, const QString& table, const QString& planId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM %1 WHERE plan_id = ?")
                      .arg(table));
    query.addBindValue(planId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace

PlanStore::PlanStore(const Database& database)
    : m_database(database)
    , m_writer(database.connection(), database.clock(), database.deviceId()) {}

template <typename Work>
Status PlanStore::write(Work&& work) {
    return m_writes.run(std::forward<Work>(work));
}

Status PlanStore::inOneTransaction(const std::function<Status()>& work) {
    return write(work);
}

Status PlanStore::checkActor() const {
    return m_writes.requireActor();
}

Result<Plan> PlanStore::editable(const QString& planId) const {
    if (Status actor = checkActor(); !actor)
        return Result<Plan>::fail(actor.error());
    auto found = load(planId);
    if (!found)
        return Result<Plan>::fail(tr("There is no plan with that id."));
    return Result<Plan>::ok(std::move(*found));
}

// Any edit makes the plan a draft again: it differs from what was agreed.
Status PlanStore::touch(const Plan& plan) {
    return m_writer.update(
        rows::kPlan, plan.id,
        {{QStringLiteral("status"), planStatusCode(PlanStatus::Draft)},
         {QStringLiteral("updated_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
}

Result<QString> PlanStore::start(const QString& familyId) {
    using R = Result<QString>;
    if (Status actor = checkActor(); !actor)
        return R::fail(actor.error());
    if (!consent::FamilyPeople::load(m_database.connection(), familyId).familyExists())
        return R::fail(tr("There is no family with that id."));
    if (current(familyId))
        return R::fail(tr("This family already has a plan: carry on with that one."));
    // Needs come from the latest signed-off assessment, or the one being written.
    const assessment::AssessmentStore assessments(m_database);
    const auto assessment = assessments.current(familyId);
    assessment::Answers answers;
    if (assessment) {
        const auto frozen = assessments.versions(assessment->id);
        answers = frozen.isEmpty() ? assessments.answers(assessment->id) : frozen.last().answers;
    }
    const QString id = newId();
    const Status done = write([&]() -> Status {
        const QVariant now = sql::fromDateTime(m_database.clock().nowUtc());
        const auto added = m_writer.insert(
            rows::kPlan, {{QStringLiteral("id"), id},
                          {QStringLiteral("family_id"), familyId},
                          {QStringLiteral("assessment_id"),
                           sql::fromText(assessment ? assessment->id : QString())},
                          {QStringLiteral("status"), planStatusCode(PlanStatus::Draft)},
                          {QStringLiteral("version"), 0},
                          {QStringLiteral("created_at"), now},
                          {QStringLiteral("created_by"), m_writer.actor()},
                          {QStringLiteral("updated_at"), now}});
        if (!added)
            return Status::fail(added.error());
        int position = 0;
        for (const PlanNeed& need : needsFromAnswers(answers)) {
            const auto seeded =
                m_writer.insert(rows::kNeed, rows::newRow(newId(), {id, familyId, position++},
                                                          rows::needColumns(need)));
            if (!seeded)
                return Status::fail(seeded.error());
        }
        return okStatus();
    });
    return idOr(done, id);
}

// Inserts (existingId empty: a new id) or updates (changed columns only) one item of the
// plan, and makes the plan a draft again.
Result<QString> PlanStore::saveRow(const Plan& plan, const QString& table,
                                   const QString& existingId, const QVariantMap& before,
                                   const QVariantMap& after) {
    const QString id = existingId.isEmpty() ? newId() : existingId;
    const Status done = write([&]() -> Status {
        if (!existingId.isEmpty()) {
            const QVariantMap changed = store::changedFields(before, after);
            if (changed.isEmpty())
                return okStatus();
            if (Status updated = m_writer.update(table, id, changed); !updated)
                return updated;
        } else {
            const int position = nextPosition(m_database.connection(), table, plan.id);
            const bool positioned = table != rows::kChildView;
            const auto added = m_writer.insert(
                table, rows::newRow(id, {plan.id, plan.familyId, position}, after, positioned));
            if (!added)
                return Status::fail(added.error());
        }
        return touch(plan);
    });
    return idOr(done, id);
}

Status PlanStore::checkPerson(const Plan& plan, const QString& personId,
                              const QString& field) const {
    if (personId.isEmpty())
        return okStatus();
    const auto people = consent::FamilyPeople::load(m_database.connection(), plan.familyId);
    if (!people.person(personId))
        return Status::fail(
            tr("%1: choose a member of this family, or leave it empty.").arg(field));
    return okStatus();
}

Result<QString> PlanStore::saveNeed(const QString& planId, const PlanNeed& need) {
    using R = Result<QString>;
    const auto plan = editable(planId);
    if (!plan)
        return R::fail(plan.error());
    if (need.text.trimmed().isEmpty())
        return R::fail(tr("The need is empty: write what the family needs help with."));
    if (Status about = checkPerson(plan.value(), need.aboutPersonId, tr("Who it is about")); !about)
        return R::fail(about.error());
    const PlanNeed* existing = need.id.isEmpty() ? nullptr : plan.value().need(need.id);
    if (!need.id.isEmpty() && !existing)
        return R::fail(tr("That need is not in this plan."));
    return saveRow(plan.value(), rows::kNeed, need.id,
                   existing ? rows::needColumns(*existing) : QVariantMap(),
                   rows::needColumns(need));
}

Result<QString> PlanStore::saveOutcome(const QString& planId, const PlanOutcome& outcome) {
    using R = Result<QString>;
    const auto plan = editable(planId);
    if (!plan)
        return R::fail(plan.error());
    if (outcome.text.trimmed().isEmpty())
        return R::fail(tr("The outcome is empty: write what will be different for the family."));
    if (!outcome.needId.isEmpty() && !plan.value().need(outcome.needId))
        return R::fail(tr("The need this outcome meets is not in this plan: choose one of the "
                          "plan's needs."));
    const PlanOutcome* existing = outcome.id.isEmpty() ? nullptr : plan.value().outcome(outcome.id);
    if (!outcome.id.isEmpty() && !existing)
        return R::fail(tr("That outcome is not in this plan."));
    return saveRow(plan.value(), rows::kOutcome, outcome.id,
                   existing ? rows::outcomeColumns(*existing) : QVariantMap(),
                   rows::outcomeColumns(outcome));
}

Result<QString> PlanStore::saveAction(const QString& planId, const PlanAction& action) {
    using R = Result<QString>;
    const auto plan = editable(planId);
    if (!plan)
        return R::fail(plan.error());
    if (action.what.trimmed().isEmpty())
        return R::fail(tr("What will be done is empty: write the action."));
    if (!plan.value().outcome(action.outcomeId))
        return R::fail(tr("The outcome this action is for is not in this plan: choose one of "
                          "the plan's outcomes."));
    PlanAction checked = action;
    ActionOwner& owner = checked.owner;
    if (owner.kind == OwnerKind::FamilyMember && !owner.personId.isEmpty()) {
        const auto people =
            consent::FamilyPeople::load(m_database.connection(), plan.value().familyId);
        const Person* person = people.person(owner.personId);
        if (!person)
            return R::fail(tr("Who does it: choose a member of this family, or a professional."));
        if (owner.name.trimmed().isEmpty())
            owner.name = person->fullName();
    } else if (owner.kind == OwnerKind::Professional && !owner.professionalId.isEmpty()) {
        const auto professional =
            consent::loadProfessional(m_database.connection(), owner.professionalId);
        if (!professional)
            return R::fail(tr("Who does it: there is no professional with that id in the "
                              "directory. Choose one, or write their name only."));
        if (owner.name.trimmed().isEmpty())
            owner.name = professional->professional.name;
    }
    if (Status about = checkPerson(plan.value(), action.aboutPersonId, tr("Who it is about"));
        !about)
        return R::fail(about.error());
    const PlanAction* existing = action.id.isEmpty() ? nullptr : plan.value().action(action.id);
    if (!action.id.isEmpty() && !existing)
        return R::fail(tr("That action is not in this plan."));
    return saveRow(plan.value(), rows::kAction, action.id,
                   existing ? rows::actionColumns(*existing) : QVariantMap(),
                   rows::actionColumns(checked));
}

Status PlanStore::removeRows(const QString& table, const QStringList& ids) {
    for (const QString& id : ids) {
        if (Status removed = m_writer.remove(table, id); !removed)
            return removed;
    }
    return okStatus();
}

Status PlanStore::removeAndTouch(const Plan& plan, const QString& table, const QString& id) {
    return write([&]() -> Status {
        if (Status gone = removeRows(table, {id}); !gone)
            return gone;
        return touch(plan);
    });
}

Status PlanStore::removeNeed(const QString& planId, const QString& needId) {
    const auto plan = editable(planId);
    if (!plan)
        return Status::fail(plan.error());
    if (!plan.value().need(needId))
        return Status::fail(tr("That need is not in this plan."));
    // Its outcomes and their actions go with it.
    QStringList outcomes, actions;
    for (const PlanOutcome& outcome : plan.value().outcomes) {
        if (outcome.needId != needId)
            continue;
        outcomes << outcome.id;
        for (const PlanAction& action : plan.value().actionsOf(outcome.id))
            actions << action.id;
    }
    return write([&]() -> Status {
        for (const auto& [table, ids] :
             {std::pair{rows::kAction, actions}, std::pair{rows::kOutcome, outcomes},
              std::pair{rows::kNeed, QStringList{needId}}}) {
            if (Status gone = removeRows(table, ids); !gone)
                return gone;
        }
        return touch(plan.value());
    });
}

Status PlanStore::removeOutcome(const QString& planId, const QString& outcomeId) {
    const auto plan = editable(planId);
    if (!plan)
        return Status::fail(plan.error());
    if (!plan.value().outcome(outcomeId))
        return Status::fail(tr("That outcome is not in this plan."));
    QStringList actions;
    for (const PlanAction& action : plan.value().actionsOf(outcomeId))
        actions << action.id;
    return write([&]() -> Status {
        if (Status gone = removeRows(rows::kAction, actions); !gone)
            return gone;
        if (Status gone = removeRows(rows::kOutcome, {outcomeId}); !gone)
            return gone;
        return touch(plan.value());
    });
}

Status PlanStore::removeAction(const QString& planId, const QString& actionId) {
    const auto plan = editable(planId);
    if (!plan)
        return Status::fail(plan.error());
    if (!plan.value().action(actionId))
        return Status::fail(tr("That action is not in this plan."));
    return removeAndTouch(plan.value(), rows::kAction, actionId);
}

Status PlanStore::setStatus(const QString& planId, const QString& actionId, ActionStatus status) {
    const auto plan = editable(planId);
    if (!plan)
        return Status::fail(plan.error());
    const PlanAction* action = plan.value().action(actionId);
    if (!action)
        return Status::fail(tr("That action is not in this plan."));
    PlanAction changed = *action;
    changed.status = status;
    const auto saved = saveRow(plan.value(), rows::kAction, actionId, rows::actionColumns(*action),
                               rows::actionColumns(changed));
    return saved ? okStatus() : Status::fail(saved.error());
}

Status PlanStore::setPlanText(const QString& planId, const char* column, const QString& text) {
    const auto plan = editable(planId);
    if (!plan)
        return Status::fail(plan.error());
    return write([&]() -> Status {
        if (Status updated = m_writer.update(
                rows::kPlan, planId, {{QLatin1String(column), sql::fromText(text.trimmed())}});
            !updated)
            return updated;
        return touch(plan.value());
    });
}

Status PlanStore::setFamilyViews(const QString& planId, const QString& words) {
    return setPlanText(planId, "family_views", words);
}

Status PlanStore::setIfNothingChanges(const QString& planId, const QString& text) {
    return setPlanText(planId, "if_nothing_changes", text);
}

Result<QString> PlanStore::saveChildView(const QString& planId, const ChildView& view) {
    using R = Result<QString>;
    const auto plan = editable(planId);
    if (!plan)
        return R::fail(plan.error());
    const auto people = consent::FamilyPeople::load(m_database.connection(), plan.value().familyId);
    const Person* child = people.person(view.childId);
    if (!child || !isChild(*child))
        return R::fail(tr("Whose views: choose a child or young person in this family."));
    if (view.words.trimmed().isEmpty())
        return R::fail(tr("%1's views are empty: write them in their own words, or what you saw "
                          "for a young child.")
                           .arg(child->fullName()));
    if (!view.present && view.howGathered.trimmed().isEmpty())
        return R::fail(tr("%1 was not at the meeting: say how their views were gathered (for "
                          "example \"talked with their teacher\" or \"drew a picture at home\").")
                           .arg(child->fullName()));
    // One entry per child: a second save replaces the first.
    const ChildView* existing = nullptr;
    for (const ChildView& candidate : plan.value().childViews) {
        if (candidate.childId == view.childId)
            existing = &candidate;
    }
    return saveRow(plan.value(), rows::kChildView, existing ? existing->id : QString(),
                   existing ? rows::childViewColumns(*existing) : QVariantMap(),
                   rows::childViewColumns(view));
}

Result<QString> PlanStore::addConfidence(const QString& planId, const ConfidenceScore& score) {
    using R = Result<QString>;
    const auto plan = editable(planId);
    if (!plan)
        return R::fail(plan.error());
    if (score.score < 0 || score.score > 10)
        return R::fail(tr("How confident: the score must be from 0 (not at all) to 10 "
                          "(completely)."));
    if (score.byName.trimmed().isEmpty())
        return R::fail(tr("How confident: say who gave this score."));
    if (Status person = checkPerson(plan.value(), score.personId, tr("Who gave the score"));
        !person)
        return R::fail(person.error());
    return saveRow(plan.value(), rows::kConfidence, {}, {}, rows::confidenceColumns(score));
}

Status PlanStore::removeConfidence(const QString& planId, const QString& scoreId) {
    const auto plan = editable(planId);
    if (!plan)
        return Status::fail(plan.error());
    const bool known = std::any_of(plan.value().confidence.cbegin(), plan.value().confidence.cend(),
                                   [&](const ConfidenceScore& s) { return s.id == scoreId; });
    if (!known)
        return Status::fail(tr("That score is not in this plan."));
    return removeAndTouch(plan.value(), rows::kConfidence, scoreId);
}

} // namespace kith::plan
