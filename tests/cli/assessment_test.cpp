#include "assessment/assessment_store.h"
#include "pdf_text.h"
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

    const auto unknownFormat =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("assessment"), QStringLiteral("export"),
                 QStringLiteral("--family"), familyId, QStringLiteral("--format"),
                 QStringLiteral("xml"), QStringLiteral("--out"), out});
    CHECK(unknownFormat.exitCode == 2);
    const auto none =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("assessment"), QStringLiteral("show"),
                 QStringLiteral("--family"), QStringLiteral("no-such-family")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QLatin1String("no Early Help Assessment")));
}

TEST_CASE("kithctl assessment export --format pdf prints the family copy for a reader",
          "[cli][assessment][documents]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    {
        AssessmentStore assessments(*store.database);
        assessments.setActor(QStringLiteral("worker-1"));
        const QString assessmentId = assessments.start(familyId).value();
        REQUIRE(assessments.saveAnswer(assessmentId, QStringLiteral("story/now"),
                                       QStringLiteral("Money is tight.")));
    }
    const QString db = store.path();
    const QString out = store.dir.filePath(QStringLiteral("copy.pdf"));
    const auto exportPdf = [&](const QStringList& more) {
        return kithctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("assessment"),
                                   QStringLiteral("export"), QStringLiteral("--family"), familyId,
                                   QStringLiteral("--format"), QStringLiteral("pdf")} +
                       more);
    };

    const auto printed = exportPdf({QStringLiteral("--out"), out});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(QLatin1String("for the parents and carers")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == "%PDF");
    const testing::PdfText text = testing::pdfTextOfFile(out);
    REQUIRE_PDFTOTEXT(text);
    CHECK(text.pages() >= 1);
    CHECK(testing::flattened(text.text).contains(QLatin1String("Money is tight.")));
    CHECK(testing::flattened(text.text).contains(QLatin1String("Our family story")));

    // No consent recorded: an agency's copy has nothing but the note.
    const QString agencyCopy = store.dir.filePath(QStringLiteral("agency.pdf"));
    const auto agency =
        exportPdf({QStringLiteral("--out"), agencyCopy, QStringLiteral("--for"),
                   QStringLiteral("agency:family-lives"), QStringLiteral("--json")});
    INFO(agency.err.toStdString());
    REQUIRE(agency.exitCode == 0);
    const QString agencyText = testing::flattened(testing::pdfTextOfFile(agencyCopy).text);
    CHECK_FALSE(agencyText.contains(QLatin1String("Money is tight.")));
    CHECK(agencyText.contains(QLatin1String("not shown in this copy")));
    const QJsonObject json = QJsonDocument::fromJson(agency.out.toUtf8()).object();
    CHECK(json[QStringLiteral("left_out")].toArray().size() == 1);
    CHECK(json[QStringLiteral("left_out")][0][QStringLiteral("basis")].toString() ==
          QLatin1String("no_consent"));

    const auto nobody = exportPdf(
        {QStringLiteral("--out"), out, QStringLiteral("--for"), QStringLiteral("person:nobody")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QLatin1String("person:nobody")));
    const auto badFolder = exportPdf(
        {QStringLiteral("--out"), store.dir.filePath(QStringLiteral("missing/copy.pdf"))});
    CHECK(badFolder.exitCode == 1);
    CHECK(badFolder.err.contains(QLatin1String("missing")));
    const auto forJson =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("assessment"), QStringLiteral("export"),
                 QStringLiteral("--family"), familyId, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), out, QStringLiteral("--for"),
                 QStringLiteral("agency:family-lives")});
    CHECK(forJson.exitCode == 2);
}
