#include "plan_test_family.h"

#include <QSqlQuery>

using namespace kith;
using namespace kith::plan;
using testing::PlanFamily;

namespace {

int count(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A new plan takes its needs from the assessment's worries and support", "[plan][store]") {
    PlanFamily f;
    const QString assessmentId = f.assessments->start(f.familyId).value();
    f.save(assessmentId, QStringLiteral("worries/worries"),
           QStringLiteral("- Zainab is not sleeping.\n\n- Money is tight since the job went."));
    f.save(assessmentId, QStringLiteral("support/support"),
           QStringLiteral("1. Help with a bedtime routine"));
    f.save(assessmentId, QStringLiteral("story/now"), QStringLiteral("Not a need."));

    const QString planId = f.startPlan();
    const auto plan = f.plans->load(planId);
    REQUIRE(plan);
    CHECK(plan->familyId == f.familyId);
    CHECK(plan->assessmentId == assessmentId);
    CHECK(plan->status == PlanStatus::Draft);
    CHECK(plan->version == 0);
    REQUIRE(plan->needs.size() == 3);
    CHECK(plan->needs[0].text == QLatin1String("Zainab is not sleeping."));
    CHECK(plan->needs[0].sourcePath == QLatin1String("worries/worries"));
    CHECK(plan->needs[1].text == QLatin1String("Money is tight since the job went."));
    CHECK(plan->needs[2].text == QLatin1String("Help with a bedtime routine"));
    CHECK(plan->needs[2].sourcePath == QLatin1String("support/support"));

    CHECK(f.plans->current(f.familyId)->id == planId);
    const auto again = f.plans->start(f.familyId);
    REQUIRE_FALSE(again);
    CHECK(again.error().contains(QLatin1String("already has a plan")));
}

TEST_CASE("A plan round-trips through the store, with a change-log entry per write",
          "[plan][store]") {
    PlanFamily f;
    const QString planId = f.startPlan();
    CHECK(f.plans->load(planId)->needs.isEmpty()); // no assessment: nothing to seed
    QString outcomeId;
    const QString actionId = f.smartAction(planId, &outcomeId);

    PlanAction school;
    school.outcomeId = outcomeId;
    school.what = QStringLiteral("Meet Mum at the school gate each Monday");
    school.owner.kind = OwnerKind::Professional;
    school.owner.professionalId = f.schoolLeadId;
    school.howWeWillKnow = QStringLiteral("Four meetings noted by the end of term");
    school.status = ActionStatus::InProgress;
    school.confidential = true;
    const QString schoolId = PlanFamily::saved(f.plans->saveAction(planId, school));

    REQUIRE(f.plans->setFamilyViews(planId, QStringLiteral("We want calmer evenings.")));
    REQUIRE(f.plans->setIfNothingChanges(planId, QStringLiteral("Zainab will be too tired for "
                                                                "nursery.")));
    PlanFamily::saved(
        f.plans->saveChildView(planId, {{},
                                        f.youngPersonId,
                                        {},
                                        QStringLiteral("I want my own room."),
                                        false,
                                        QStringLiteral("Talked with his mentor at school"),
                                        true}));
    PlanFamily::saved(f.plans->addConfidence(planId, {{}, 7, QStringLiteral("Amira"), f.motherId}));

    const auto back = f.plans->load(planId);
    REQUIRE(back);
    REQUIRE(back->outcomes.size() == 1);
    CHECK(back->outcomes[0].heading == OutcomeHeading::Health);
    REQUIRE(back->actions.size() == 2);
    const PlanAction& mum = back->actions[0];
    CHECK(mum.id == actionId);
    CHECK(mum.owner.kind == OwnerKind::FamilyMember);
    CHECK(mum.owner.personId == f.motherId);
    CHECK(mum.owner.name == QLatin1String("Amira Khan")); // filled in from the record
    CHECK(mum.dueOn == QDate(2026, 12, 18));
    CHECK(mum.support.startsWith(QLatin1String("Health visitor")));
    CHECK(mum.status == ActionStatus::NotStarted);
    const PlanAction& teacher = back->actions[1];
    CHECK(teacher.id == schoolId);
    CHECK(teacher.owner.professionalId == f.schoolLeadId);
    CHECK(teacher.owner.name == QLatin1String("Sam Dale"));
    CHECK_FALSE(teacher.dueOn.isValid());
    CHECK(teacher.confidential);
    CHECK(teacher.status == ActionStatus::InProgress);
    CHECK(back->needs[0].aboutPersonId == f.childId);
    CHECK(back->familyViews == QLatin1String("We want calmer evenings."));
    CHECK(back->ifNothingChanges.startsWith(QLatin1String("Zainab will")));
    REQUIRE(back->childViews.size() == 1);
    CHECK(back->childViews[0].childName == QLatin1String("Yusuf Khan"));
    CHECK_FALSE(back->childViews[0].present);
    CHECK(back->childViews[0].howGathered.contains(QLatin1String("mentor")));
    CHECK(back->childViews[0].confidential);
    REQUIRE(back->confidence.size() == 1);
    CHECK(back->confidence[0].score == 7);

    // A second save of the same child's views replaces the first.
    PlanFamily::saved(f.plans->saveChildView(
        planId,
        {{}, f.youngPersonId, {}, QStringLiteral("Football on Saturdays."), true, {}, false}));
    CHECK(f.plans->load(planId)->childViews.size() == 1);
    CHECK(f.plans->load(planId)->childViews[0].words == QLatin1String("Football on Saturdays."));

    const QSqlDatabase db = f.store.database->connection();
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = "
                                   "'plan_action'")) == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity LIKE 'plan%'")) >=
          9);
}

TEST_CASE("Bad plan input is refused, naming the field, and stores nothing", "[plan][store]") {
    PlanFamily f;
    const QString planId = f.startPlan();
    QString outcomeId;
    f.smartAction(planId, &outcomeId);
    const QSqlDatabase db = f.store.database->connection();
    const int logged = count(db, QStringLiteral("SELECT count(*) FROM change_log"));

    PlanAction empty;
    empty.outcomeId = outcomeId;
    CHECK(f.plans->saveAction(planId, empty).error().contains(QLatin1String("What will be done")));
    PlanAction stray;
    stray.what = QStringLiteral("Something");
    stray.outcomeId = QStringLiteral("not-an-outcome");
    CHECK(f.plans->saveAction(planId, stray).error().contains(QLatin1String("outcome")));
    PlanAction stranger;
    stranger.what = QStringLiteral("Something");
    stranger.outcomeId = outcomeId;
    stranger.owner.personId = QStringLiteral("someone-else");
    CHECK(f.plans->saveAction(planId, stranger).error().contains(QLatin1String("Who does it")));
    CHECK(
        f.plans
            ->saveChildView(planId, {{}, f.childId, {}, QStringLiteral("Happy"), false, {}, false})
            .error()
            .contains(QLatin1String("how their views were gathered")));
    CHECK(f.plans->saveChildView(planId, {{}, f.motherId, {}, QStringLiteral("x"), true, {}, false})
              .error()
              .contains(QLatin1String("child or young person")));
    CHECK(f.plans->addConfidence(planId, {{}, 11, QStringLiteral("Amira"), {}})
              .error()
              .contains(QLatin1String("0 (not at all) to 10")));
    CHECK(
        f.plans->saveOutcome(planId, {{}, {}, OutcomeHeading::Housing, QStringLiteral(" "), false})
            .error()
            .contains(QLatin1String("outcome is empty")));

    CHECK(count(db, QStringLiteral("SELECT count(*) FROM change_log")) == logged);
    CHECK(f.plans->load(planId)->actions.size() == 1);
}

TEST_CASE("Removing a need takes its outcomes and their actions with it", "[plan][store]") {
    PlanFamily f;
    const QString planId = f.startPlan();
    f.smartAction(planId);
    const Plan before = *f.plans->load(planId);
    REQUIRE(f.plans->removeNeed(planId, before.needs[0].id));
    const Plan after = *f.plans->load(planId);
    CHECK(after.needs.isEmpty());
    CHECK(after.outcomes.isEmpty());
    CHECK(after.actions.isEmpty());
    CHECK_FALSE(f.plans->removeNeed(planId, before.needs[0].id));
}

TEST_CASE("Agreeing freezes a version; the next review shows what changed", "[plan][store]") {
    PlanFamily f;
    const QString planId = f.startPlan();
    CHECK(f.plans->agree(planId).error().contains(QLatin1String("no actions")));
    const QString actionId = f.smartAction(planId);

    const auto first = f.plans->agree(planId, QStringLiteral("meeting-1"));
    INFO(first.error().toStdString());
    REQUIRE(first);
    Plan agreed = *f.plans->load(planId);
    CHECK(agreed.status == PlanStatus::Agreed);
    CHECK(agreed.version == 1);
    CHECK(f.plans->changesSinceAgreed(planId).isEmpty());
    CHECK(f.plans->agree(planId).error().contains(QLatin1String("Nothing has changed")));

    // At the review: the action is done, and a new one is added.
    REQUIRE(f.plans->setStatus(planId, actionId, ActionStatus::Done));
    CHECK(f.plans->load(planId)->status == PlanStatus::Draft);
    PlanAction added;
    added.outcomeId = agreed.outcomes[0].id;
    added.what = QStringLiteral("Ask the GP about Zainab's snoring by 8 January");
    added.owner.kind = OwnerKind::FamilyMember;
    added.owner.personId = f.motherId;
    PlanFamily::saved(f.plans->saveAction(planId, added));

    const QList<PlanChange> changes = f.plans->changesSinceAgreed(planId);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].kind == ChangeKind::Changed);
    CHECK(changes[0].item == ItemKind::Action);
    CHECK(changes[0].itemId == actionId);
    CHECK(changes[0].field == QLatin1String("Status"));
    CHECK(changes[0].before == QLatin1String("Not started"));
    CHECK(changes[0].after == QLatin1String("Done"));
    CHECK(changes[0].label.startsWith(QLatin1String("Action: Keep to a 7pm")));
    CHECK(changes[1].kind == ChangeKind::Added);
    CHECK(changes[1].after.contains(QLatin1String("snoring")));

    const auto second = f.plans->agree(planId, QStringLiteral("meeting-2"));
    REQUIRE(second);
    const QList<PlanVersion> versions = f.plans->versions(planId);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].id == first.value());
    CHECK(versions[0].version == 1);
    CHECK(versions[0].meetingId == QLatin1String("meeting-1"));
    CHECK(versions[0].agreedBy == f.familyLivesWorkerId);
    CHECK(versions[0].plan.actions.size() == 1);
    CHECK(versions[0].plan.actions[0].status == ActionStatus::NotStarted); // frozen
    CHECK(versions[1].version == 2);
    CHECK(versions[1].plan.actions.size() == 2);
    CHECK(f.plans->changesBetween(first.value(), second.value()).size() == 2);
    CHECK(f.plans->loadVersion(second.value())->plan.version == 2);

    // The agreed versions are kept as written.
    QSqlQuery tamper(f.store.database->connection());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE plan_version SET snapshot = '{}'")));
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM plan_version")));
    CHECK(f.plans->versions(planId).size() == 2);
}
