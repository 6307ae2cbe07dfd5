// kithctl audit: check the audit log's hash chain and show a family's access history.
#include "audit/audit_log.h"
#include "cli.h"
#include "open_store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kithctl {
namespace {

using kith::audit::AuditLog;
using kith::audit::VerifyResult;

QString problemName(VerifyResult::Problem problem) {
    switch (problem) {
    case VerifyResult::Problem::None:
        return QStringLiteral("none");
    case VerifyResult::Problem::Altered:
        return QStringLiteral("altered");
    case VerifyResult::Problem::Removed:
        return QStringLiteral("removed");
    case VerifyResult::Problem::Reordered:
        return QStringLiteral("reordered");
    case VerifyResult::Problem::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

int runVerify(Invocation& invocation, AuditLog& log) {
    const VerifyResult result = log.verify();
    if (invocation.json()) {
        invocation.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("intact"), result.intact},
                                      {QStringLiteral("checked"), result.checked},
                                      {QStringLiteral("broken_seq"), result.brokenSeq},
                                      {QStringLiteral("problem"), problemName(result.problem)},
                                      {QStringLiteral("message"), result.message}}));
        return result.intact ? Success : Failure;
    }
    if (!result.intact)
        return invocation.fail(result.message);
    invocation.print(result.message);
    return Success;
}

int runHistory(Invocation& invocation, AuditLog& log, const QString& familyId, int limit) {
    const auto events = log.history(familyId, limit);
    if (invocation.json()) {
        QJsonArray array;
        for (const auto& event : events) {
            array.append(QJsonObject{
                {QStringLiteral("seq"), event.seq},
                {QStringLiteral("occurred_at"), event.occurredAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("actor"), event.actor},
                {QStringLiteral("device_id"), event.deviceId},
                {QStringLiteral("action"), kith::audit::actionName(event.action)},
                {QStringLiteral("person_id"), event.personId},
                {QStringLiteral("entity"), event.entity},
                {QStringLiteral("entity_id"), event.entityId},
                {QStringLiteral("detail"), event.detail}});
        }
        invocation.printJson(QJsonDocument(array));
        return Success;
    }
    if (events.isEmpty())
        invocation.print(Invocation::tr("Nothing has been recorded for this family."));
    for (const auto& event : events) {
        invocation.print(
            QStringLiteral("%1  %2  %3  %4 %5")
                .arg(event.occurredAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                     event.actor, kith::audit::actionName(event.action), event.entity, event.detail)
                .trimmed());
    }
    return Success;
}

} // namespace

int runAudit(Invocation& invocation) {
    const auto familyId = invocation.takeOption(QStringLiteral("--family"));
    const auto limit = invocation.takeNumber(QStringLiteral("--limit"), 1, 1000000);
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QStringList words = invocation.positional();
    const QString usage = Invocation::tr(
        "Use: kithctl --db FILE audit verify, or kithctl --db FILE audit history --family ID "
        "[--limit N]");
    const bool verify = words == QStringList{QStringLiteral("verify")} && !familyId;
    const bool history = words == QStringList{QStringLiteral("history")} && familyId;
    if (!verify && !history)
        return invocation.fail(usage, UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    AuditLog log(*database);
    if (verify)
        return runVerify(invocation, log);
    return runHistory(invocation, log, *familyId, static_cast<int>(limit.value_or(200)));
}

} // namespace kithctl
