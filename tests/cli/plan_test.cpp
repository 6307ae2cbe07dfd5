#include "plan/plan_store.h"
#include "process_runner.h"
#include "temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using kith::testing::ProcessResult;
using namespace kith;
using namespace kith::plan;

namespace {

ProcessResult kithctl(const QStringList& arguments) {
    return kith::testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

} // namespace

TEST_CASE("kithctl plan exports the family's plan as JSON and checks it", "[cli][plan]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    QString motherId;
    const FamilyRecord record = store.families->loadFamily(familyId).value();
    for (const Person& person : record.people) {
        if (person.givenName == QLatin1String("Amira"))
            motherId = person.id;
    }
    QString smartId, vagueId;
    {
        PlanStore plans(*store.database);
        plans.setActor(QStringLiteral("worker-1"));
        const QString planId = plans.start(familyId).value();
        const QString needId =
            plans.saveNeed(planId, {{}, QStringLiteral("Mornings are hard."), {}, false, {}})
                .value();
        const QString outcomeId =
            plans
                .saveOutcome(planId, {{},
                                      needId,
                                      OutcomeHeading::Education,
                                      QStringLiteral("The children get to school on time"),
                                      false})
                .value();
        PlanAction smart;
        smart.outcomeId = outcomeId;
        smart.what = QStringLiteral("Set two alarms for 7am on school days");
        smart.owner = {OwnerKind::FamilyMember, motherId, {}, {}};
        smart.dueOn = QDate(2026, 12, 4);
        smart.howWeWillKnow = QStringLiteral("At school by 8:50 on 9 of 10 days");
        smartId = plans.saveAction(planId, smart).value();
        PlanAction vague;
        vague.outcomeId = outcomeId;
        vague.what = QStringLiteral("Improve engagement with school");
        vagueId = plans.saveAction(planId, vague).value();
        REQUIRE(plans.agree(planId));
    }
    const QString db = store.path();
    const QString out = store.dir.filePath(QStringLiteral("plan.json"));

    const auto exported = kithctl(
        {QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("export"),
         QStringLiteral("--family"), familyId, QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("--out"), out, QStringLiteral("--today"), QStringLiteral("2026-11-25")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(json[QStringLiteral("family_id")].toString() == familyId);
    CHECK(json[QStringLiteral("status")].toString() == QLatin1String("agreed"));
    CHECK(json[QStringLiteral("version")].toInt() == 1);
    CHECK(json[QStringLiteral("needs")].toArray().size() == 1);
    const QJsonArray actions = json[QStringLiteral("actions")].toArray();
    REQUIRE(actions.size() == 2);
    CHECK(actions[0][QStringLiteral("owner")][QStringLiteral("name")].toString() ==
          QLatin1String("Amira Khan"));
    CHECK(actions[0][QStringLiteral("status")].toString() == QLatin1String("not_started"));
    CHECK(actions[0][QStringLiteral("rag")].toString() == QLatin1String("green")); // 4 Dec
    CHECK(actions[1][QStringLiteral("rag")].toString() == QLatin1String("amber")); // no date

    const auto checked =
        kithctl({QStringLiteral("plan"), QStringLiteral("check"), out, QStringLiteral("--json"),
                 QStringLiteral("--today"), QStringLiteral("2026-11-25")});
    INFO(checked.err.toStdString());
    REQUIRE(checked.exitCode == 0); // findings are advice, not failure
    const QJsonArray findings = QJsonDocument::fromJson(checked.out.toUtf8()).array();
    QStringList codes;
    for (const QJsonValue& finding : findings) {
        CHECK(finding[QStringLiteral("action_id")].toString() == vagueId);
        CHECK_FALSE(finding[QStringLiteral("message")].toString().isEmpty());
        codes << finding[QStringLiteral("code")].toString();
    }
    CHECK(codes == QStringList{QStringLiteral("no_owner"), QStringLiteral("no_date"),
                               QStringLiteral("no_measure"), QStringLiteral("vague_words")});

    // Later, the SMART action's date has passed.
    const auto later = kithctl({QStringLiteral("plan"), QStringLiteral("check"), out,
                                QStringLiteral("--today"), QStringLiteral("2026-12-10")});
    REQUIRE(later.exitCode == 0);
    CHECK(later.out.contains(QLatin1String("Action \"Set two alarms for 7am on school days\" "
                                           "(date_passed)")));
    CHECK(later.out.contains(QLatin1String("5 finding")));
}

TEST_CASE("kithctl plan refuses what it cannot use, with exit status 2", "[cli][plan]") {
    testing::TempStore store;
    const QString missing = store.dir.filePath(QStringLiteral("no-such-plan.json"));
    const auto unreadable = kithctl({QStringLiteral("plan"), QStringLiteral("check"), missing});
    CHECK(unreadable.exitCode == 2);
    CHECK(unreadable.err.contains(QLatin1String("Cannot read the plan file")));

    const QString notPlan = store.dir.filePath(QStringLiteral("other.json"));
    QFile file(notPlan);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"kind": "kith.assessment"})");
    file.close();
    const auto wrongKind = kithctl({QStringLiteral("plan"), QStringLiteral("check"), notPlan});
    CHECK(wrongKind.exitCode == 2);
    CHECK(wrongKind.err.contains(QLatin1String("not a Kith plan document")));

    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    const auto noPlan = kithctl(
        {QStringLiteral("--db"), store.path(), QStringLiteral("plan"), QStringLiteral("export"),
         QStringLiteral("--family"), familyId, QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("--out"), store.dir.filePath(QStringLiteral("x.json"))});
    CHECK(noPlan.exitCode == 1);
    CHECK(noPlan.err.contains(QLatin1String("no plan yet")));
    const auto noFormat = kithctl({QStringLiteral("--db"), store.path(), QStringLiteral("plan"),
                                   QStringLiteral("export"), QStringLiteral("--family"), familyId});
    CHECK(noFormat.exitCode == 2);
}

TEST_CASE("kithctl plan writes the family copy as PDF without confidential items", "[cli][plan]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    {
        PlanStore plans(*store.database);
        plans.setActor(QStringLiteral("worker-1"));
        const QString planId = plans.start(familyId).value();
        const QString needId =
            plans.saveNeed(planId, {{}, QStringLiteral("Money is tight."), {}, false, {}}).value();
        const QString outcomeId =
            plans
                .saveOutcome(planId, {{},
                                      needId,
                                      OutcomeHeading::FinancialStability,
                                      QStringLiteral("Bills are paid on time"),
                                      false})
                .value();
        PlanAction open;
        open.outcomeId = outcomeId;
        open.what = QStringLiteral("Take the letters to the money advice session on Monday");
        open.owner.name = QStringLiteral("Amira");
        REQUIRE(plans.saveAction(planId, open));
        PlanAction hidden = open;
        hidden.what = QStringLiteral("Check the debt to the loan shark");
        hidden.confidential = true;
        REQUIRE(plans.saveAction(planId, hidden));
    }
    const QString out = store.dir.filePath(QStringLiteral("plan.pdf"));
    const auto printed = kithctl({QStringLiteral("--db"), store.path(), QStringLiteral("--json"),
                                  QStringLiteral("plan"), QStringLiteral("export"),
                                  QStringLiteral("--family"), familyId, QStringLiteral("--format"),
                                  QStringLiteral("pdf"), QStringLiteral("--out"), out});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(printed.out.toUtf8()).object();
    CHECK(json[QStringLiteral("pages")].toInt() >= 1);
    CHECK(json[QStringLiteral("confidential_left_out")].toInt() == 1);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
}
