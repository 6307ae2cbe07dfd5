#include "plan/smart_check.h"
#include "temp_store.h"

#include <functional>

using namespace kith;
using namespace kith::plan;

namespace {

const QDate kToday(2026, 11, 25);

// A SMART action: every rule is satisfied.
PlanAction goodAction() {
    PlanAction action;
    action.id = QStringLiteral("a1");
    action.outcomeId = QStringLiteral("o1");
    action.what = QStringLiteral("Walk Ali to school by 8:45 every weekday");
    action.owner = {OwnerKind::FamilyMember, QStringLiteral("p1"), {}, QStringLiteral("Amira")};
    action.dueOn = QDate(2026, 12, 18);
    action.howWeWillKnow = QStringLiteral("Ali attends 9 of 10 school days each week");
    action.support = QStringLiteral("Breakfast club place");
    return action;
}

QStringList codes(const QList<SmartFinding>& findings) {
    QStringList list;
    for (const SmartFinding& finding : findings)
        list << finding.code;
    return list;
}

} // namespace

TEST_CASE("A SMART action has no findings", "[plan][smart]") {
    CHECK(SmartCheck::action(goodAction(), kToday).isEmpty());
}

TEST_CASE("Each SMART rule fires on its bad action, with why and how to fix it", "[plan][smart]") {
    struct Case {
        const char* code;
        std::function<void(PlanAction&)> spoil;
    };
    const QList<Case> cases{
        {"no_owner",
         [](PlanAction& a) {
             a.owner = {};
         }},
        {"no_date",
         [](PlanAction& a) {
             a.dueOn = {};
         }},
        {"no_measure",
         [](PlanAction& a) {
             a.howWeWillKnow = QStringLiteral("  ");
         }},
        {"date_passed",
         [](PlanAction& a) {
             a.dueOn = QDate(2026, 11, 24);
         }},
        {"vague_words",
         [](PlanAction& a) {
             a.what = QStringLiteral("Improve school attendance");
             a.howWeWillKnow = QStringLiteral("Things will be better");
         }},
    };
    for (const Case& c : cases) {
        PlanAction action = goodAction();
        c.spoil(action);
        const QList<SmartFinding> findings = SmartCheck::action(action, kToday);
        INFO(c.code);
        REQUIRE(codes(findings) == QStringList{QString::fromLatin1(c.code)});
        CHECK(findings.first().actionId == QLatin1String("a1"));
        CHECK(findings.first().message.size() > 40);
    }
}

TEST_CASE("Vague words do not fire when the text says something measurable", "[plan][smart]") {
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Improve attendance")) ==
          QLatin1String("Improve"));
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Monitoring of sleep")) ==
          QLatin1String("Monitoring"));
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Engage with services")) ==
          QLatin1String("Engage"));
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Support Mum to attend 9 of 10 school days "
                                                 "each week"))
              .isEmpty());
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Monitor bedtime twice a week")).isEmpty());
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Engage with the GP by Friday")).isEmpty());
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Take Ali to the dentist")).isEmpty());
    // "address" is usually the family's home here, so it is not a vague word.
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Give the school the new address")).isEmpty());
    // "supper" is not "support": the match is at the start of a word only.
    CHECK(SmartCheck::vagueWordIn(QStringLiteral("Cook supper together")).isEmpty());

    PlanAction measurable = goodAction();
    measurable.what = QStringLiteral("Improve attendance");
    measurable.howWeWillKnow = QStringLiteral("Ali attends 9 of 10 school days each week");
    CHECK(SmartCheck::action(measurable, kToday).isEmpty());
}

TEST_CASE("A finished action is not nagged about its date", "[plan][smart]") {
    PlanAction action = goodAction();
    action.dueOn = QDate(2026, 10, 1);
    action.status = ActionStatus::Done;
    CHECK(SmartCheck::action(action, kToday).isEmpty());
    action.status = ActionStatus::NotDone;
    CHECK(codes(SmartCheck::action(action, kToday)) == QStringList{QStringLiteral("date_passed")});
}

TEST_CASE("Whole-plan warnings: too many actions, none for the family, none at all",
          "[plan][smart]") {
    Plan plan;
    CHECK(codes(checkPlan(plan, kToday)) == QStringList{QStringLiteral("no_actions")});

    for (int i = 0; i < kMaxActions; ++i) {
        PlanAction action = goodAction();
        action.id = QStringLiteral("a%1").arg(i);
        plan.actions << action;
    }
    CHECK(checkPlan(plan, kToday).isEmpty()); // eight is fine

    plan.actions << goodAction();
    QList<SmartFinding> findings = checkPlan(plan, kToday);
    REQUIRE(codes(findings) == QStringList{QStringLiteral("too_many_actions")});
    CHECK(findings.first().actionId.isEmpty());
    CHECK(findings.first().message.contains(QLatin1String("9")));

    // Finished actions do not count towards the limit.
    plan.actions[0].status = ActionStatus::Done;
    CHECK(checkPlan(plan, kToday).isEmpty());

    for (PlanAction& action : plan.actions)
        action.owner = {OwnerKind::Professional, {}, QStringLiteral("w1"), QStringLiteral("Jo")};
    CHECK(codes(checkPlan(plan, kToday)) == QStringList{QStringLiteral("no_family_action")});
}
