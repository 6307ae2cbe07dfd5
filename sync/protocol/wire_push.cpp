#include "protocol/wire.h"
#include "protocol/wire_json.h"

namespace kith::sync {
namespace {

const QString kChange = QStringLiteral("change");

} // namespace

QString opName(ChangeOp op) {
    switch (op) {
    case ChangeOp::Insert:
        return QStringLiteral("insert");
    case ChangeOp::Update:
        return QStringLiteral("update");
    case ChangeOp::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<ChangeOp> changeOpFrom(const QString& name) {
    for (ChangeOp op : {ChangeOp::Insert, ChangeOp::Update, ChangeOp::Delete}) {
        if (opName(op) == name)
            return op;
    }
    return std::nullopt;
}

QJsonObject PushChange::toJson() const {
    QJsonObject json{{QStringLiteral("mutation_id"), mutationId},
                     {QStringLiteral("entity"), entity},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("family_id"), json::textOrNull(familyId)},
                     {QStringLiteral("op"), opName(op)},
                     {QStringLiteral("base"), base},
                     {QStringLiteral("hlc"), hlc},
                     {QStringLiteral("changed_at"), formatMoment(changedAt)},
                     {QStringLiteral("changed_by"), changedBy}};
    if (op != ChangeOp::Delete)
        json.insert(QStringLiteral("fields"), fields);
    return json;
}

Result<PushChange> PushChange::fromJson(const QJsonObject& json) {
    using R = Result<PushChange>;
    PushChange change;
    QString op;
    QString changedAt;
    for (const auto& [member, out] :
         {std::pair{QStringLiteral("mutation_id"), &change.mutationId},
          std::pair{QStringLiteral("entity"), &change.entity},
          std::pair{QStringLiteral("id"), &change.id}, std::pair{QStringLiteral("op"), &op},
          std::pair{QStringLiteral("changed_at"), &changedAt}}) {
        if (!json::text(json, member, *out) || out->isEmpty())
            return R::fail(json::missing(kChange, member));
    }
    const auto parsedOp = changeOpFrom(op);
    if (!parsedOp)
        return R::fail(QStringLiteral("change: \"op\" must be insert, update or delete"));
    change.op = *parsedOp;
    change.changedAt = parseMoment(changedAt);
    if (!change.changedAt.isValid())
        return R::fail(QStringLiteral("change: \"changed_at\" is not an ISO 8601 UTC moment"));
    if (!json.value(QStringLiteral("base")).isUndefined() &&
        !json::integer(json, QStringLiteral("base"), change.base))
        return R::fail(json::missing(kChange, QStringLiteral("base")));
    change.familyId = json::optionalText(json, QStringLiteral("family_id"));
    change.hlc = json::optionalText(json, QStringLiteral("hlc"));
    change.changedBy = json::optionalText(json, QStringLiteral("changed_by"));
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (change.op != ChangeOp::Delete && !fields.isObject())
        return R::fail(json::missing(kChange, QStringLiteral("fields")));
    change.fields = fields.toObject();
    return R::ok(std::move(change));
}

QJsonObject PushRequest::toJson() const {
    QJsonArray list;
    for (const PushChange& change : changes)
        list.append(change.toJson());
    return {{QStringLiteral("device_id"), deviceId}, {QStringLiteral("changes"), list}};
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject& json) {
    using R = Result<PushRequest>;
    PushRequest request;
    if (!json::text(json, QStringLiteral("device_id"), request.deviceId))
        return R::fail(json::missing(QStringLiteral("push"), QStringLiteral("device_id")));
    const QJsonValue list = json.value(QStringLiteral("changes"));
    if (!list.isArray())
        return R::fail(json::missing(QStringLiteral("push"), QStringLiteral("changes")));
    if (list.toArray().size() > limits::maxPushChanges)
        return R::fail(
            QStringLiteral("push: at most %1 changes a request").arg(limits::maxPushChanges));
    for (const QJsonValue& item : list.toArray()) {
        auto change = PushChange::fromJson(item.toObject());
        if (!change)
            return R::fail(change.error());
        request.changes.append(std::move(change).value());
    }
    return R::ok(std::move(request));
}

QString statusName(PushStatus status) {
    switch (status) {
    case PushStatus::Applied:
        return QStringLiteral("applied");
    case PushStatus::Duplicate:
        return QStringLiteral("duplicate");
    case PushStatus::Conflict:
        return QStringLiteral("conflict");
    case PushStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<PushStatus> pushStatusFrom(const QString& name) {
    for (PushStatus status :
         {PushStatus::Applied, PushStatus::Duplicate, PushStatus::Conflict, PushStatus::Rejected}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QJsonObject PushResult::toJson() const {
    QJsonObject json{{QStringLiteral("mutation_id"), mutationId},
                     {QStringLiteral("status"), statusName(status)},
                     {QStringLiteral("version"), version}};
    if (!conflictIds.isEmpty())
        json.insert(QStringLiteral("conflict_ids"), QJsonArray::fromStringList(conflictIds));
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    if (settled)
        json.insert(QStringLiteral("settled"), true);
    return json;
}

Result<PushResult> PushResult::fromJson(const QJsonObject& json) {
    using R = Result<PushResult>;
    PushResult result;
    QString status;
    if (!json::text(json, QStringLiteral("mutation_id"), result.mutationId))
        return R::fail(json::missing(QStringLiteral("result"), QStringLiteral("mutation_id")));
    if (!json::text(json, QStringLiteral("status"), status) || !pushStatusFrom(status))
        return R::fail(json::missing(QStringLiteral("result"), QStringLiteral("status")));
    result.status = *pushStatusFrom(status);
    json::integer(json, QStringLiteral("version"), result.version);
    for (const QJsonValue& id : json.value(QStringLiteral("conflict_ids")).toArray())
        result.conflictIds.append(id.toString());
    result.reason = json::optionalText(json, QStringLiteral("reason"));
    result.settled = json.value(QStringLiteral("settled")).toBool();
    return R::ok(std::move(result));
}

QJsonObject PushResponse::toJson() const {
    QJsonArray list;
    for (const PushResult& result : results)
        list.append(result.toJson());
    QJsonObject json{{QStringLiteral("results"), list},
                     {QStringLiteral("cursor_hint"), cursorHint}};
    if (clockWarning)
        json.insert(QStringLiteral("clock_warning"),
                    QJsonObject{{QStringLiteral("drift_seconds"), clockWarning->driftSeconds}});
    return json;
}

std::optional<ClockWarning> clockWarningFrom(const QJsonObject& json) {
    const QJsonValue warning = json.value(QStringLiteral("clock_warning"));
    if (!warning.isObject())
        return std::nullopt;
    ClockWarning parsed;
    json::integer(warning.toObject(), QStringLiteral("drift_seconds"), parsed.driftSeconds);
    return parsed;
}

Result<PushResponse> PushResponse::fromJson(const QJsonObject& json) {
    using R = Result<PushResponse>;
    PushResponse response;
    const QJsonValue list = json.value(QStringLiteral("results"));
    if (!list.isArray())
        return R::fail(json::missing(QStringLiteral("push response"), QStringLiteral("results")));
    for (const QJsonValue& item : list.toArray()) {
        auto result = PushResult::fromJson(item.toObject());
        if (!result)
            return R::fail(result.error());
        response.results.append(std::move(result).value());
    }
    json::integer(json, QStringLiteral("cursor_hint"), response.cursorHint);
    response.clockWarning = clockWarningFrom(json);
    return R::ok(std::move(response));
}

} // namespace kith::sync
