// kithctl assessment: a family's Early Help Assessment, its completeness and its export.
#include "assessment/assessment_export.h"
#include "cli.h"
#include "consent/consent_store.h"
#include "documents/assessment_family_copy.h"
#include "open_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace kithctl {
namespace {

using namespace kith::assessment;

// Plain text for `show`: status, due date and completeness, section by section.
QString showText(const QJsonObject& exported) {
    const QJsonObject form = exported.value(QStringLiteral("form")).toObject();
    const QJsonObject complete = exported.value(QStringLiteral("completeness")).toObject();
    const QJsonObject due = exported.value(QStringLiteral("due")).toObject();
    QStringList lines{
        Invocation::tr("%1 (%2, version %3 of the form)")
            .arg(form.value(QStringLiteral("title")).toString(),
                 form.value(QStringLiteral("council")).toString())
            .arg(form.value(QStringLiteral("version")).toInt()),
        Invocation::tr("Status: %1 (version %2)")
            .arg(exported.value(QStringLiteral("status_text")).toString())
            .arg(exported.value(QStringLiteral("version")).toInt()),
        Invocation::tr("Due: %1 (%2)")
            .arg(due.value(QStringLiteral("date")).toString(),
                 due.value(QStringLiteral("basis")).toString()),
        Invocation::tr("Complete: %1%").arg(complete.value(QStringLiteral("percent")).toInt())};
    if (!form.value(QStringLiteral("note")).toString().isEmpty())
        lines.append(form.value(QStringLiteral("note")).toString());
    for (const QJsonValue& value : complete.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = value.toObject();
        const bool done = section.value(QStringLiteral("complete")).toBool();
        lines.append(QStringLiteral("  [%1] %2")
                         .arg(done ? QStringLiteral("x") : QStringLiteral(" "),
                              section.value(QStringLiteral("title")).toString()));
        for (const QJsonValue& missing : section.value(QStringLiteral("missing")).toArray())
            lines.append(Invocation::tr("        missing: %1").arg(missing.toString()));
    }
    if (exported.value(QStringLiteral("family_disagrees")).toBool())
        lines.append(
            Invocation::tr("The family does not agree with all of it: see their comments."));
    return lines.join(QLatin1Char('\n'));
}

// The family copy as PDF, printed for `forWhom` (--for), with only what they may see; the
// sharing is logged when the reader is not the family.
int exportFamilyCopy(Invocation& invocation, kith::Database& database, const AssessmentStore& store,
                     const Assessment& assessment, const QString& forWhom, const QString& out) {
    using namespace kith::consent;
    using namespace kith::documents;
    const auto agencies = HubAgencies::forStore(database);
    if (!agencies)
        return invocation.fail(agencies.error());
    const ConsentRules rules(database, agencies.value());
    const FamilySharing family = rules.forFamily(assessment.familyId);
    const auto reader =
        CopyReaders::parse(forWhom, family, agencies.value(), database.connection());
    if (!reader)
        return invocation.fail(reader.error());
    CopySharing sharing(family, reader.value());
    const auto copy = AssessmentFamilyCopy::build(database, store, assessment, sharing);
    if (!copy)
        return invocation.fail(copy.error());
    const auto pages = copy.value().writePdf(out);
    if (!pages)
        return invocation.fail(pages.error());
    ConsentStore consents(database, agencies.value());
    consents.setActor(QStringLiteral("kithctl"));
    if (const kith::Status logged = sharing.log(consents, AssessmentFamilyCopy::purpose()); !logged)
        return invocation.fail(logged.error());
    QJsonArray leftOut;
    for (const Withholding& withheld : sharing.leftOut())
        leftOut.append(
            QJsonObject{{QStringLiteral("category"), categoryCode(withheld.what.category)},
                        {QStringLiteral("about"), withheld.what.aboutPersonId},
                        {QStringLiteral("basis"), withheld.decision.basisCode()},
                        {QStringLiteral("reason"), withheld.decision.reason}});
    if (invocation.json()) {
        invocation.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("out"), out},
                                      {QStringLiteral("pages"), pages.value()},
                                      {QStringLiteral("printed_for"), reader.value().name},
                                      {QStringLiteral("left_out"), leftOut}}));
        return Success;
    }
    invocation.print(Invocation::tr("Wrote the family copy (%1 pages) for %2 to %3.")
                         .arg(pages.value())
                         .arg(reader.value().name, out));
    for (const Withholding& withheld : sharing.leftOut())
        invocation.print(Invocation::tr("Left out: %1").arg(withheld.decision.reason));
    return Success;
}

} // namespace

int runAssessment(Invocation& invocation) {
    const std::optional<QString> familyId = invocation.takeOption(QStringLiteral("--family"));
    const std::optional<QString> format = invocation.takeOption(QStringLiteral("--format"));
    const std::optional<QString> out = invocation.takeOption(QStringLiteral("--out"));
    const std::optional<QString> forWhom = invocation.takeOption(QStringLiteral("--for"));
    const QStringList rest = invocation.positional();
    if (!invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const bool show = rest == QStringList{QStringLiteral("show")};
    const bool exporting = rest == QStringList{QStringLiteral("export")};
    if (!show && !exporting)
        return invocation.fail(Invocation::tr("Use: assessment show --family ID, or assessment "
                                              "export --family ID --format json|pdf --out FILE "
                                              "[--for WHO]."),
                               UsageError);
    if (!familyId || familyId->isEmpty())
        return invocation.fail(Invocation::tr("Name the family: --family FAMILY_ID."), UsageError);
    if (exporting) {
        const QString chosen = format.value_or(QString());
        if (chosen != QLatin1String("json") && chosen != QLatin1String("pdf"))
            return invocation.fail(Invocation::tr("Say the format: --format json (the whole "
                                                  "assessment) or --format pdf (the family "
                                                  "copy)."),
                                   UsageError);
        if (forWhom && chosen != QLatin1String("pdf"))
            return invocation.fail(Invocation::tr("--for is for the family copy: use it with "
                                                  "--format pdf."),
                                   UsageError);
        if (!out || out->isEmpty())
            return invocation.fail(Invocation::tr("Say where to write it: --out FILE."),
                                   UsageError);
    }
    if (!invocation.requireDb())
        return UsageError;
    auto database = openStore(invocation);
    if (!database)
        return Failure;
    const AssessmentStore store(*database);
    const auto assessment = store.current(*familyId);
    if (!assessment)
        return invocation.fail(Invocation::tr("This family has no Early Help Assessment."));
    if (exporting && format == QLatin1String("pdf"))
        return exportFamilyCopy(invocation, *database, store, *assessment,
                                forWhom.value_or(QString()), *out);
    const auto exported = exportAssessment(store, *database, *assessment);
    if (!exported)
        return invocation.fail(exported.error());
    if (show) {
        if (invocation.json())
            invocation.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("status"), exported.value().value(QStringLiteral("status"))},
                {QStringLiteral("version"), exported.value().value(QStringLiteral("version"))},
                {QStringLiteral("due"), exported.value().value(QStringLiteral("due"))},
                {QStringLiteral("completeness"),
                 exported.value().value(QStringLiteral("completeness"))},
                {QStringLiteral("family_disagrees"),
                 exported.value().value(QStringLiteral("family_disagrees"))}}));
        else
            invocation.print(showText(exported.value()));
        return Success;
    }
    QSaveFile file(*out);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(exported.value()).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return invocation.fail(Invocation::tr("Cannot write %1: %2").arg(*out, file.errorString()));
    invocation.print(Invocation::tr("Wrote the assessment to %1.").arg(*out));
    return Success;
}

} // namespace kithctl
