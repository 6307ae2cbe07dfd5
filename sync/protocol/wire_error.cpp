#include "protocol/wire.h"
#include "protocol/wire_json.h"

#include <QJsonDocument>
#include <array>

namespace kith::sync {
namespace {

struct CodeInfo {
    ErrorCode code;
    const char* name;
    int http;
};

constexpr std::array<CodeInfo, 13> kCodes{{
    {ErrorCode::BadRequest, "bad_request", 400},
    {ErrorCode::ClockDrift, "clock_drift", 400},
    {ErrorCode::BadCredentials, "bad_credentials", 401},
    {ErrorCode::TokenExpired, "token_expired", 401},
    {ErrorCode::TokenInvalid, "token_invalid", 401},
    {ErrorCode::Forbidden, "forbidden", 403},
    {ErrorCode::NotFound, "not_found", 404},
    {ErrorCode::ResyncRequired, "resync_required", 410},
    {ErrorCode::TooLarge, "too_large", 413},
    {ErrorCode::AccountLocked, "account_locked", 423},
    {ErrorCode::ProtocolVersion, "protocol_version", 426},
    {ErrorCode::SlowDown, "slow_down", 429},
    {ErrorCode::ServerError, "server_error", 500},
}};

} // namespace

QString errorCodeName(ErrorCode code) {
    for (const CodeInfo& info : kCodes) {
        if (info.code == code)
            return QString::fromLatin1(info.name);
    }
    return QStringLiteral("unknown");
}

ErrorCode errorCodeFrom(const QString& name) {
    for (const CodeInfo& info : kCodes) {
        if (name == QLatin1String(info.name))
            return info.code;
    }
    return ErrorCode::Unknown;
}

int httpStatusOf(ErrorCode code) {
    for (const CodeInfo& info : kCodes) {
        if (info.code == code)
            return info.http;
    }
    return 500;
}

QJsonObject WireError::toJson() const {
    QJsonObject json{{QStringLiteral("error"), errorCodeName(code)},
                     {QStringLiteral("message"), message}};
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    if (serverTime.isValid())
        json.insert(QStringLiteral("server_time"), formatMoment(serverTime));
    if (driftSeconds)
        json.insert(QStringLiteral("drift_seconds"), *driftSeconds);
    if (retryAfterSecs)
        json.insert(QStringLiteral("retry_after_seconds"), *retryAfterSecs);
    if (!supportedVersions.isEmpty()) {
        QJsonArray versions;
        for (int version : supportedVersions)
            versions.append(version);
        json.insert(QStringLiteral("supported"), versions);
    }
    return json;
}

WireError WireError::fromBody(int httpStatus, const QByteArray& body) {
    WireError error;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString name = json.value(QStringLiteral("error")).toString();
    error.code = name.isEmpty() ? (httpStatus >= 500 ? ErrorCode::ServerError : ErrorCode::Unknown)
                                : errorCodeFrom(name);
    error.message = json.value(QStringLiteral("message")).toString();
    error.detail = json.value(QStringLiteral("detail")).toString();
    error.serverTime = parseMoment(json.value(QStringLiteral("server_time")).toString());
    qint64 number = 0;
    if (json::integer(json, QStringLiteral("drift_seconds"), number))
        error.driftSeconds = number;
    if (json::integer(json, QStringLiteral("retry_after_seconds"), number))
        error.retryAfterSecs = number;
    for (const QJsonValue& version : json.value(QStringLiteral("supported")).toArray())
        error.supportedVersions.append(version.toInt());
    return error;
}

} // namespace kith::sync
