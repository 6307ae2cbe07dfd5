#include "plan/plan_json.h"
#include "plan_test_family.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace kith;
using namespace kith::plan;
using testing::PlanFamily;

TEST_CASE("A plan survives the JSON document unchanged", "[plan][json]") {
    PlanFamily f;
    const QString planId = f.startPlan();
    f.smartAction(planId);
    REQUIRE(f.plans->setFamilyViews(planId, QStringLiteral("We want calmer evenings.")));
    PlanFamily::saved(f.plans->saveChildView(planId, {{},
                                                      f.childId,
                                                      {},
                                                      QStringLiteral("Smiled at bedtime stories."),
                                                      false,
                                                      QStringLiteral("Watched at home"),
                                                      false}));
    PlanFamily::saved(f.plans->addConfidence(planId, {{}, 6, QStringLiteral("Fran"), {}}));
    const Plan plan = *f.plans->load(planId);

    const QJsonObject json = planToJson(plan, QDate(2026, 12, 14));
    CHECK(json[QStringLiteral("kind")].toString() == QLatin1String("kith.plan"));
    const QJsonObject action = json[QStringLiteral("actions")].toArray()[0].toObject();
    CHECK(action[QStringLiteral("owner")][QStringLiteral("name")].toString() ==
          QLatin1String("Amira Khan"));
    CHECK(action[QStringLiteral("rag")].toString() == QLatin1String("amber")); // due the 18th
    CHECK(json[QStringLiteral("outcomes")][0][QStringLiteral("heading")].toString() ==
          QLatin1String("health"));

    const auto back = PlanJson::fromBytes(QJsonDocument(json).toJson());
    INFO(back.error().toStdString());
    REQUIRE(back);
    CHECK(PlanDiff::between(plan, back.value()).isEmpty());
    CHECK(back.value().id == plan.id);
    CHECK(back.value().actions[0].owner.personId == f.motherId);
    CHECK(back.value().childViews[0].howGathered == QLatin1String("Watched at home"));
    CHECK(back.value().needs[0].aboutPersonId == f.childId);
}

TEST_CASE("A bad plan document is refused, naming the field", "[plan][json]") {
    CHECK(PlanJson::fromBytes("{not json").error().contains(QLatin1String("not valid JSON")));
    CHECK(PlanJson::fromBytes("[]").error().contains(QLatin1String("one JSON object")));
    CHECK(PlanJson::fromBytes(R"({"kind": "kith.assessment"})")
              .error()
              .contains(QLatin1String("not a Kith plan")));
    CHECK(PlanJson::fromBytes(R"({"kind": "kith.plan", "actions": [{"what": ""}]})")
              .error()
              .contains(QLatin1String("actions[0] \"what\"")));
    CHECK(PlanJson::fromBytes(
              R"({"kind": "kith.plan", "actions": [{"what": "x", "due_on": "18/12/2026"}]})")
              .error()
              .contains(QLatin1String("YYYY-MM-DD")));
    CHECK(PlanJson::fromBytes(R"({"kind": "kith.plan", "outcomes": [{"text": "x",
                                  "heading": "happiness"}]})")
              .error()
              .contains(QLatin1String("\"happiness\"")));
    CHECK(PlanJson::fromBytes(R"({"kind": "kith.plan", "confidence": [{"score": 12}]})")
              .error()
              .contains(QLatin1String("0 to 10")));
    const auto minimal = PlanJson::fromBytes(
        R"({"kind": "kith.plan", "actions": [{"id": "a", "what": "Tidy up"}]})");
    REQUIRE(minimal);
    CHECK(minimal.value().actions[0].status == ActionStatus::NotStarted);
}
