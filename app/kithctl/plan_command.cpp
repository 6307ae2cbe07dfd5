// kithctl plan: a family's whole-family plan as a JSON document, and the SMART check of such
// a document.
#include "cli.h"
#include "consent/consent_store.h"
#include "documents/plan_family_copy.h"
#include "open_store.h"
#include "plan/plan_json.h"
#include "plan/plan_store.h"
#include "plan/smart_check.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace kithctl {
namespace {

using namespace kith::plan;

struct PlanOptions {
    std::optional<QString> familyId; // --family
    std::optional<QString> format;   // --format
    std::optional<QString> out;      // --out
    std::optional<QString> forWhom;  // --for (the PDF family copy)
    QDate today; // --today YYYY-MM-DD (for scripts and tests), else the system's date
};

// The family copy as PDF, printed for `forWhom` (--for), with only what they may see;
// the sharing is logged when the reader is not the family.
int exportFamilyCopy(Invocation& invocation, kith::Database& database, const Plan& plan,
                     const QString& forWhom, const QString& out) {
    using namespace kith::consent;
    using namespace kith::documents;
    const auto agencies = HubAgencies::forStore(database);
    if (!agencies)
        return invocation.fail(agencies.error());
    const ConsentRules rules(database, agencies.value());
    const FamilySharing family = rules.forFamily(plan.familyId);
    const auto reader =
        CopyReaders::parse(forWhom, family, agencies.value(), database.connection());
    if (!reader)
        return invocation.fail(reader.error());
    CopySharing sharing(family, reader.value());
    const auto copy = PlanFamilyCopy::build(database, plan, sharing);
    if (!copy)
        return invocation.fail(copy.error());
    const auto pages = copy.value().document.writePdf(out);
    if (!pages)
        return invocation.fail(pages.error());
    ConsentStore consents(database, agencies.value());
    consents.setActor(QStringLiteral("kithctl"));
    if (const kith::Status logged = sharing.log(consents, PlanFamilyCopy::purpose()); !logged)
        return invocation.fail(logged.error());
    if (invocation.json()) {
        invocation.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("out"), out},
                        {QStringLiteral("pages"), pages.value()},
                        {QStringLiteral("printed_for"), reader.value().name},
                        {QStringLiteral("confidential_left_out"), copy.value().confidentialLeftOut},
                        {QStringLiteral("left_out"), static_cast<int>(sharing.leftOut().size())}}));
        return Success;
    }
    invocation.print(Invocation::tr("Wrote the plan's family copy (%1 pages) for %2 to %3.")
                         .arg(pages.value())
                         .arg(reader.value().name, out));
    return Success;
}

int exportPlan(Invocation& invocation, const PlanOptions& options) {
    const auto& [familyId, format, out, forWhom, today] = options;
    if (!familyId || familyId->isEmpty())
        return invocation.fail(Invocation::tr("Name the family: --family FAMILY_ID."), UsageError);
    const bool pdf = format.value_or(QString()) == QLatin1String("pdf");
    if (format.value_or(QString()) != QLatin1String("json") && !pdf)
        return invocation.fail(Invocation::tr("Say the format: --format json (the whole plan) or "
                                              "--format pdf (the family copy)."),
                               UsageError);
    if (forWhom && !pdf)
        return invocation.fail(
            Invocation::tr("--for is for the family copy: use it with --format pdf."), UsageError);
    if (!out || out->isEmpty())
        return invocation.fail(Invocation::tr("Say where to write it: --out FILE."), UsageError);
    if (!invocation.requireDb())
        return UsageError;
    auto database = openStore(invocation);
    if (!database)
        return Failure;
    const PlanStore store(*database);
    const auto plan = store.current(*familyId);
    if (!plan)
        return invocation.fail(Invocation::tr("This family has no plan yet."));
    if (pdf)
        return exportFamilyCopy(invocation, *database, *plan, forWhom.value_or(QString()), *out);
    QSaveFile file(*out);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(planToJson(*plan, today)).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return invocation.fail(Invocation::tr("Cannot write %1: %2").arg(*out, file.errorString()));
    invocation.print(Invocation::tr("Wrote the plan (version %1, %2 actions) to %3.")
                         .arg(plan->version)
                         .arg(plan->actions.size())
                         .arg(*out));
    return Success;
}

// The action a finding is about, as people know it ("the plan" for whole-plan findings).
QString subjectOf(const Plan& plan, const SmartFinding& finding) {
    if (finding.actionId.isEmpty())
        return Invocation::tr("The plan");
    const PlanAction* action = plan.action(finding.actionId);
    return Invocation::tr("Action \"%1\"").arg(action ? action->what : finding.actionId);
}

int checkPlanFile(Invocation& invocation, const QString& path, const QDate& today) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invocation.fail(
            Invocation::tr("Cannot read the plan file %1: %2").arg(path, file.errorString()),
            UsageError);
    const auto plan = PlanJson::fromBytes(file.readAll());
    if (!plan)
        return invocation.fail(Invocation::tr("%1: %2").arg(path, plan.error()), UsageError);
    const QList<SmartFinding> findings = checkPlan(plan.value(), today);
    if (invocation.json()) {
        QJsonArray array;
        for (const SmartFinding& finding : findings)
            array.append(QJsonObject{
                {QStringLiteral("action_id"),
                 finding.actionId.isEmpty() ? QJsonValue() : QJsonValue(finding.actionId)},
                {QStringLiteral("code"), finding.code},
                {QStringLiteral("message"), finding.message},
                {QStringLiteral("severity"), severityCode(finding.severity)}});
        invocation.printJson(QJsonDocument(array));
        return Success;
    }
    if (findings.isEmpty()) {
        invocation.print(Invocation::tr("No findings: every action says who, what, by when and "
                                        "how we will know."));
        return Success;
    }
    invocation.print(Invocation::tr("%n finding(s):", nullptr, static_cast<int>(findings.size())));
    for (const SmartFinding& finding : findings)
        invocation.print(QStringLiteral("- %1 (%2): %3")
                             .arg(subjectOf(plan.value(), finding), finding.code, finding.message));
    return Success;
}

} // namespace

int runPlan(Invocation& invocation) {
    PlanOptions options;
    options.familyId = invocation.takeOption(QStringLiteral("--family"));
    options.format = invocation.takeOption(QStringLiteral("--format"));
    options.out = invocation.takeOption(QStringLiteral("--out"));
    options.forWhom = invocation.takeOption(QStringLiteral("--for"));
    const std::optional<QString> today = invocation.takeOption(QStringLiteral("--today"));
    if (!invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    options.today = today ? QDate::fromString(*today, Qt::ISODate) : QDate::currentDate();
    if (!options.today.isValid())
        return invocation.fail(Invocation::tr("--today must be a date written YYYY-MM-DD."),
                               UsageError);
    const QStringList rest = invocation.positional();
    if (rest == QStringList{QStringLiteral("export")})
        return exportPlan(invocation, options);
    if (rest.size() == 2 && rest.first() == QLatin1String("check"))
        return checkPlanFile(invocation, rest.at(1), options.today);
    return invocation.fail(Invocation::tr("Use: plan export --family ID --format json --out FILE, "
                                          "or plan check FILE [--json]."),
                           UsageError);
}

} // namespace kithctl
