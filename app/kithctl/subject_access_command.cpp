// kithctl subject-access: everything Kith holds about one person, for a subject access request.
#include "audit/audit_log.h"
#include "cli.h"
#include "open_store.h"
#include "subject_access/subject_access_export.h"

#include <QJsonObject>

namespace kithctl {

int runSubjectAccess(Invocation& invocation) {
    const auto personId = invocation.takeOption(QStringLiteral("--person"));
    const auto folder = invocation.takeOption(QStringLiteral("--out"));
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    if (!personId || !folder || !invocation.positional().isEmpty())
        return invocation.fail(
            Invocation::tr("Use: kithctl --db FILE subject-access --person PERSON_ID --out FOLDER"),
            UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    kith::subject_access::SubjectAccessExport exporter(*database);
    const auto written =
        exporter.writeTo(*personId, *folder, kith::audit::AuditLog::operatingSystemUser());
    if (!written)
        return invocation.fail(written.error());
    const auto& files = written.value();
    if (invocation.json()) {
        invocation.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("json"), files.json},
                        {QStringLiteral("html"), files.html},
                        {QStringLiteral("records"), files.records},
                        {QStringLiteral("for_redaction_review"), files.forRedactionReview}}));
        return Success;
    }
    invocation.print(Invocation::tr("Wrote %1 and %2: %3 records, %4 marked for redaction "
                                    "review before release.")
                         .arg(files.json, files.html)
                         .arg(files.records)
                         .arg(files.forRedactionReview));
    return Success;
}

} // namespace kithctl
