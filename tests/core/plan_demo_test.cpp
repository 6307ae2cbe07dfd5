#include "demo/demo_generator.h"
#include "plan/plan_store.h"
#include "plan/rag.h"
#include "plan/smart_check.h"
#include "temp_store.h"

#include <QSet>
#include <QSqlQuery>

using namespace kith;
using namespace kith::plan;

namespace {

const QDate kToday(2026, 11, 25);

QStringList familiesWithPlans(const Database& database) {
    QStringList ids;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT family_id FROM plan ORDER BY family_id"));
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

// Every plan's actions as text, for comparing two demo stores.
QStringList describe(const Database& database) {
    const PlanStore plans(database);
    QStringList lines;
    for (const QString& familyId : familiesWithPlans(database)) {
        const Plan plan = *plans.current(familyId);
        for (const PlanAction& action : plan.actions)
            lines << plan.id + action.id + action.what + action.dueOn.toString(Qt::ISODate) +
                         actionStatusCode(action.status);
    }
    return lines;
}

} // namespace

TEST_CASE("Demo plans repeat with the seed", "[plan][demo]") {
    testing::TempStore first, second;
    REQUIRE(demo::populate(*first.families, 150, 5, kToday));
    REQUIRE(demo::populate(*second.families, 150, 5, kToday));
    const QStringList made = describe(*first.database);
    CHECK(made.size() > 20);
    CHECK(made == describe(*second.database));
}

TEST_CASE("Demo families with a signed-off assessment have plans in every state", "[plan][demo]") {
    testing::TempStore store;
    REQUIRE(demo::populate(*store.families, 300, 3, kToday));
    const PlanStore plans(*store.database);
    QSqlQuery signedOff(store.database->connection());
    REQUIRE(signedOff.exec(
        QStringLiteral("SELECT DISTINCT family_id FROM assessment_version WHERE version = 1")));
    QSet<QString> expected;
    while (signedOff.next())
        expected.insert(signedOff.value(0).toString());
    const QStringList planned = familiesWithPlans(*store.database);
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(QSet<QString>(planned.begin(), planned.end()) == expected);

    QSet<Rag> rags;
    int agreed = 0, withFindings = 0, childViews = 0;
    for (const QString& familyId : planned) {
        const Plan plan = *plans.current(familyId);
        CHECK_FALSE(plan.needs.isEmpty());
        CHECK(plan.outcomes.size() == plan.needs.size());
        CHECK(plan.actions.size() == 2 * plan.outcomes.size());
        for (const PlanAction& action : plan.actions) {
            CHECK_FALSE(action.owner.name.isEmpty());
            rags.insert(ragOf(action, kToday));
        }
        const QList<PlanVersion> versions = plans.versions(plan.id);
        agreed += versions.isEmpty() ? 0 : 1;
        CHECK(plan.version == versions.size());
        withFindings += checkPlan(plan, kToday).isEmpty() ? 0 : 1;
        childViews += static_cast<int>(plan.childViews.size());
    }
    CHECK(rags == QSet<Rag>{Rag::Red, Rag::Amber, Rag::Green, Rag::Complete});
    CHECK(agreed > planned.size() / 2);
    CHECK(agreed < planned.size());
    CHECK(withFindings > 0);
    CHECK(childViews > 0);
}
