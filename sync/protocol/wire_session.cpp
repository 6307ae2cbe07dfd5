#include "protocol/wire.h"
#include "protocol/wire_json.h"

namespace kith::sync {

QJsonObject SessionRequest::toJson() const {
    return {{QStringLiteral("user"), user},
            {QStringLiteral("password"), password},
            {QStringLiteral("device_id"), deviceId}};
}

Result<SessionRequest> SessionRequest::fromJson(const QJsonObject& json) {
    using R = Result<SessionRequest>;
    const QString where = QStringLiteral("session");
    SessionRequest request;
    if (!json::text(json, QStringLiteral("user"), request.user))
        return R::fail(json::missing(where, QStringLiteral("user")));
    if (!json::text(json, QStringLiteral("password"), request.password))
        return R::fail(json::missing(where, QStringLiteral("password")));
    if (!json::text(json, QStringLiteral("device_id"), request.deviceId))
        return R::fail(json::missing(where, QStringLiteral("device_id")));
    return R::ok(std::move(request));
}

QJsonObject Account::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), role},
            {QStringLiteral("team"), json::textOrNull(team)},
            {QStringLiteral("hub"), json::textOrNull(hub)},
            {QStringLiteral("professional_id"), json::textOrNull(professionalId)}};
}

Account Account::fromJson(const QJsonObject& json) {
    return {json::optionalText(json, QStringLiteral("id")),
            json::optionalText(json, QStringLiteral("name")),
            json::optionalText(json, QStringLiteral("role")),
            json::optionalText(json, QStringLiteral("team")),
            json::optionalText(json, QStringLiteral("hub")),
            json::optionalText(json, QStringLiteral("professional_id"))};
}

QJsonObject SessionResponse::toJson() const {
    QJsonObject json{{QStringLiteral("token"), token},
                     {QStringLiteral("expires_at"), formatMoment(expiresAt)},
                     {QStringLiteral("account"), account.toJson()},
                     {QStringLiteral("append_only"), QJsonArray::fromStringList(appendOnly)}};
    if (clockWarning)
        json.insert(QStringLiteral("clock_warning"),
                    QJsonObject{{QStringLiteral("drift_seconds"), clockWarning->driftSeconds}});
    return json;
}

Result<SessionResponse> SessionResponse::fromJson(const QJsonObject& json) {
    using R = Result<SessionResponse>;
    SessionResponse response;
    if (!json::text(json, QStringLiteral("token"), response.token) || response.token.isEmpty())
        return R::fail(json::missing(QStringLiteral("session"), QStringLiteral("token")));
    response.expiresAt = parseMoment(json::optionalText(json, QStringLiteral("expires_at")));
    response.account = Account::fromJson(json.value(QStringLiteral("account")).toObject());
    for (const QJsonValue& entity : json.value(QStringLiteral("append_only")).toArray())
        response.appendOnly.append(entity.toString());
    response.clockWarning = clockWarningFrom(json);
    return R::ok(std::move(response));
}

} // namespace kith::sync
