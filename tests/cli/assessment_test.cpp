#include "assessment/assessment_store.h"
#include "process_runner.h"
#include "temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using kith::testing::ProcessResult;
using namespace kith;
using namespace kith::assessment;

namespace {

ProcessResult kithctl(const QStringList& arguments) {
    return kith::testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

} // namespace

TEST_CASE("kithctl assessment shows completeness and exports the assessment as JSON",
          "[cli][assessment]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    QString assessmentId;
    {
        AssessmentStore assessments(*store.database);
        assessments.setActor(QStringLiteral("worker-1"));
        assessmentId = assessments.start(familyId).value();
        REQUIRE(assessments.saveAnswer(assessmentId, QStringLiteral("story/now"),
                                       QStringLiteral("Money is tight.")));
        REQUIRE(assessments.saveAnswer(assessmentId, QStringLiteral("need/level"),
                                       QStringLiteral("2")));
        REQUIRE(assessments.recordAgreement(assessmentId, Agreement::Partly,
                                            QStringLiteral("School is fine, we think.")));
    }
    const QString db = store.path();
    const QString out = store.dir.filePath(QStringLiteral("eha.json"));

    const auto shown = kithctl({QStringLiteral("--db"), db, QStringLiteral("assessment"),
                                QStringLiteral("show"), QStringLiteral("--family"), familyId});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QLatin1String("Status: Being written (version 1)")));
    CHECK(shown.out.contains(QLatin1String("missing: What has happened in the past")));
    CHECK(shown.out.contains(QLatin1String("The family does not agree with all of it")));

    const auto exported =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("assessment"), QStringLiteral("export"),
                 QStringLiteral("--family"), familyId, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(json[QStringLiteral("assessment_id")].toString() == assessmentId);
    CHECK(json[QStringLiteral("status")].toString() == QLatin1String("draft"));
    CHECK(json[QStringLiteral("form")][QStringLiteral("id")].toString() ==
          QLatin1String("torbay-eha"));
    CHECK(json[QStringLiteral("due")][QStringLiteral("date")].toString() ==
          QLatin1String("2026-12-23"));
    CHECK_FALSE(json[QStringLiteral("completeness")][QStringLiteral("complete")].toBool());
    const QJsonArray answers = json[QStringLiteral("answers")].toArray();
    REQUIRE(answers.size() == 2);
    CHECK(answers[0][QStringLiteral("label")].toString() ==
          QLatin1String("Our family story: What is happening now"));
    CHECK(answers[1][QStringLiteral("text")].toString().startsWith(QLatin1String("Level 2")));
    CHECK(json[QStringLiteral("family_disagrees")].toBool());
    CHECK(json[QStringLiteral("family_agreement")][0][QStringLiteral("comments")].toString() ==
          QLatin1String("School is fine, we think."));

    const auto pdf =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("assessment"), QStringLiteral("export"),
                 QStringLiteral("--family"), familyId, QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--out"), out});
    CHECK(pdf.exitCode == 2);
    const auto none =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("assessment"), QStringLiteral("show"),
                 QStringLiteral("--family"), QStringLiteral("no-such-family")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QLatin1String("no Early Help Assessment")));
}
