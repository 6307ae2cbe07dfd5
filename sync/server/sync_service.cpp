#include "server/sync_service.h"

#include "protocol/http_deflate.h"
#include "protocol/server_info.h"
#include "server/sync_service_impl.h"

#include <QJsonDocument>

namespace kith::server {

namespace {

QByteArray findHeader(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name) {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void replaceHeader(QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name,
                   const QByteArray& value) {
    for (auto& [key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

// True when a comma-separated header value lists `token` (parameters such as ;q= ignored).
bool listsToken(const QByteArray& header, const QByteArray& token) {
    for (const QByteArray& item : header.split(',')) {
        if (item.split(';').first().trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray ServiceRequest::header(const QByteArray& name) const {
    return findHeader(headers, name);
}

void ServiceRequest::setHeader(const QByteArray& name, const QByteArray& value) {
    replaceHeader(headers, name, value);
}

QByteArray ServiceResponse::header(const QByteArray& name) const {
    return findHeader(headers, name);
}

void ServiceResponse::setHeader(const QByteArray& name, const QByteArray& value) {
    replaceHeader(headers, name, value);
}

QJsonObject ServiceResponse::json() const {
    if (listsToken(header(sync::header::contentEncoding), "deflate")) {
        bool tooLarge = false;
        const auto plain = sync::inflateBody(body, sync::limits::maxBodyBytes, tooLarge);
        return plain ? QJsonDocument::fromJson(*plain).object() : QJsonObject();
    }
    return QJsonDocument::fromJson(body).object();
}

SyncService::SyncService(ServerStore& store, const Clock& clock)
    : m_impl(std::make_unique<Impl>(Impl{store, clock})) {}

SyncService::~SyncService() = default;

ServiceResponse SyncService::handle(const ServiceRequest& request) {
    const auto answer = [&]() -> ServiceResponse {
        const QByteArray& method = request.method;
        if (request.path == sync::path::health) {
            if (method != "GET")
                return errorResponse(
                    wireError(sync::ErrorCode::NotFound, QStringLiteral("no such route")));
            const sync::ServerInfo info{QStringLiteral("ok"), QStringLiteral(KITH_VERSION),
                                        sync::kProtocolVersion};
            return jsonResponse(200, info.toJson());
        }
        const bool known =
            (request.path == sync::path::session && (method == "POST" || method == "DELETE")) ||
            (request.path == sync::path::push && method == "POST") ||
            (request.path == sync::path::changes && method == "GET") ||
            (request.path == sync::path::directory && method == "GET");
        if (!known)
            return errorResponse(wireError(sync::ErrorCode::NotFound,
                                           QStringLiteral("no such route: %1 %2")
                                               .arg(QString::fromLatin1(method), request.path)));
        if (request.header(sync::header::protocol).trimmed() !=
            QByteArray::number(sync::kProtocolVersion)) {
            sync::WireError error =
                wireError(sync::ErrorCode::ProtocolVersion,
                          QStringLiteral("this server speaks Kith sync protocol %1; update Kith")
                              .arg(sync::kProtocolVersion));
            error.supportedVersions = {sync::kProtocolVersion};
            return errorResponse(error);
        }
        QByteArray body = request.body;
        if (listsToken(request.header(sync::header::contentEncoding), "deflate")) {
            bool tooLarge = false;
            const auto plain =
                sync::inflateBody(request.body, sync::limits::maxBodyBytes, tooLarge);
            if (tooLarge)
                return errorResponse(wireError(sync::ErrorCode::TooLarge,
                                               QStringLiteral("the request body is over 32 MiB")));
            if (!plain)
                return errorResponse(wireError(sync::ErrorCode::BadRequest,
                                               QStringLiteral("the body is not a zlib stream"),
                                               QStringLiteral("Content-Encoding")));
            body = *plain;
        } else if (body.size() > sync::limits::maxBodyBytes) {
            return errorResponse(wireError(sync::ErrorCode::TooLarge,
                                           QStringLiteral("the request body is over 32 MiB")));
        }
        if (request.path == sync::path::session)
            return method == "POST" ? m_impl->signIn(request, body) : m_impl->signOut(request);
        if (request.path == sync::path::push)
            return m_impl->push(request, body);
        if (request.path == sync::path::changes)
            return m_impl->pull(request);
        return m_impl->directory(request);
    };
    ServiceResponse response = answer();
    m_impl->store.endRequest();
    response.setHeader(sync::header::serverTime,
                       sync::formatMoment(m_impl->clock.nowUtc()).toLatin1());
    response.setHeader(sync::header::contentType, "application/json");
    if (listsToken(request.header(sync::header::acceptEncoding), "deflate")) {
        response.body = sync::deflateBody(response.body);
        response.setHeader(sync::header::contentEncoding, "deflate");
    }
    return response;
}

ServiceResponse jsonResponse(int status, const QJsonObject& body) {
    ServiceResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

ServiceResponse errorResponse(const sync::WireError& error) {
    return jsonResponse(sync::httpStatusOf(error.code), error.toJson());
}

sync::WireError wireError(sync::ErrorCode code, const QString& message, const QString& detail) {
    sync::WireError error;
    error.code = code;
    error.message = message;
    error.detail = detail;
    return error;
}

QJsonObject parseJsonBody(const QByteArray& body, QString& problem) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        problem = QStringLiteral("the body is not JSON: %1 at byte %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
    else if (!document.isObject())
        problem = QStringLiteral("the body must be a JSON object");
    return document.object();
}

bool isHubWide(const QString& entity) {
    return entity == QLatin1String("agency") || entity == QLatin1String("professional");
}

} // namespace kith::server
