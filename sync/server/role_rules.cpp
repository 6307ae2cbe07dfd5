#include "server/role_rules.h"

namespace kith::server {
namespace {

const QString kManager = QStringLiteral("manager");

bool isManagersDecision(const QString& value) {
    return value == QLatin1String("approved") || value == QLatin1String("returned");
}

// The assessment's status moves to signed off or returned (a status already there, pushed
// again with the rest of the row, decides nothing new).
bool decidesAssessment(const sync::PushChange& change,
                       const std::optional<QJsonObject>& storedFields) {
    const QJsonValue status = change.fields.value(QStringLiteral("status"));
    if (!status.isString() || !isManagersDecision(status.toString()))
        return false;
    return !storedFields || storedFields->value(QStringLiteral("status")) != status;
}

} // namespace

QString refusedForRole(const QString& role, const sync::PushChange& change,
                       const std::optional<QJsonObject>& storedFields) {
    if (role == kManager || change.op == sync::ChangeOp::Delete)
        return {};
    const QString signOff = QStringLiteral(
        "forbidden: only a manager may sign off an assessment or return it for changes");
    if (change.entity == QLatin1String("assessment") && decidesAssessment(change, storedFields))
        return signOff;
    if (change.entity == QLatin1String("assessment_review") && !storedFields &&
        isManagersDecision(change.fields.value(QStringLiteral("action")).toString()))
        return signOff;
    // A frozen version is made only by signing off.
    if (change.entity == QLatin1String("assessment_version") && !storedFields)
        return signOff;
    return {};
}

} // namespace kith::server
