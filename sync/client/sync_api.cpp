#include "client/sync_api.h"

#include "protocol/http_deflate.h"

#include <QJsonDocument>

namespace kith::sync {

namespace {
// Bodies smaller than this go as they are: compressing them saves too little to matter.
constexpr qsizetype kCompressFrom = 1024;
} // namespace

SyncApi::SyncApi(SyncTransport& transport, const Clock& clock)
    : m_transport(transport)
    , m_clock(clock) {}

TransportRequest SyncApi::prepared(TransportRequest request) {
    return withHeaders(encoded(std::move(request)));
}

TransportRequest SyncApi::encoded(TransportRequest request) {
    if (!request.body.isEmpty())
        request.headers.append(
            QPair<QByteArray, QByteArray>(header::contentType, "application/json"));
    if (request.body.size() >= kCompressFrom) {
        // JSON rows shrink about sixfold for little time, and a laptop on a slow line sends a
        // sixth of the bytes.
        request.body = deflateBody(request.body);
        request.headers.append(QPair<QByteArray, QByteArray>(header::contentEncoding, "deflate"));
    }
    return request;
}

TransportRequest SyncApi::withHeaders(TransportRequest request) {
    request.headers.append(
        QPair<QByteArray, QByteArray>(header::protocol, QByteArray::number(kProtocolVersion)));
    request.headers.append(QPair<QByteArray, QByteArray>(
        header::clientTime, formatMoment(m_clock.nowUtc()).toLatin1()));
    if (!m_token.isEmpty())
        request.headers.append(
            QPair<QByteArray, QByteArray>(header::authorization, "Bearer " + m_token.toLatin1()));
    m_bytesSent += request.body.size();
    return request;
}

template <typename T>
ApiReply<T> SyncApi::call(TransportRequest request) {
    return read<T>(m_transport.send(prepared(std::move(request))));
}

template <typename T>
ApiReply<T> SyncApi::read(const TransportResponse& response) {
    m_bytesReceived += response.body.size();
    ApiReply<T> reply;
    reply.error.httpStatus = response.status;
    if (!response.answered()) {
        reply.error.kind = SyncError::Kind::Network;
        reply.error.detail = response.networkError;
        return reply;
    }
    if (response.status < 200 || response.status >= 300) {
        reply.error.kind = SyncError::Kind::Server;
        reply.error.wire = WireError::fromBody(response.status, response.body);
        reply.error.detail = reply.error.wire.message;
        return reply;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    auto parsed = T::fromJson(document.object());
    if (!document.isObject() || !parsed) {
        reply.error.kind = SyncError::Kind::Malformed;
        reply.error.detail = document.isObject() ? parsed.error() : parseError.errorString();
        return reply;
    }
    reply.value = std::move(parsed).value();
    return reply;
}

ApiReply<SessionResponse> SyncApi::signIn(const SessionRequest& request) {
    return call<SessionResponse>({"POST",
                                  path::session,
                                  {},
                                  {},
                                  QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)});
}

ApiReply<DirectoryAnswer> SyncApi::directory(const DirectoryLookup& lookup) {
    return call<DirectoryAnswer>({"GET", path::directory, lookup.toQuery(), {}, {}});
}

TransportRequest SyncApi::pushRequest(const PushRequest& request) {
    return {
        "POST", path::push, {}, {}, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)};
}

ApiReply<PushResponse> SyncApi::push(const PushRequest& request) {
    return call<PushResponse>(pushRequest(request));
}

void SyncApi::beginPush(const PushRequest& request) {
    beginPush(encodePush(request));
}

TransportRequest SyncApi::encodePush(const PushRequest& request) {
    return encoded(pushRequest(request));
}

void SyncApi::beginPush(TransportRequest encodedPush) {
    m_transport.begin(withHeaders(std::move(encodedPush)));
}

ApiReply<PushResponse> SyncApi::collectPush() {
    return read<PushResponse>(m_transport.collect());
}

TransportRequest SyncApi::pullRequest(qint64 cursor, int limit, bool includeOwn,
                                      bool askRemaining) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (includeOwn)
        query.addQueryItem(QStringLiteral("include_own"), QStringLiteral("1"));
    if (askRemaining)
        query.addQueryItem(QStringLiteral("remaining"), QStringLiteral("1"));
    return {"GET", path::changes, query, {}, {}};
}

ApiReply<PullPage> SyncApi::pull(qint64 cursor, int limit, bool includeOwn, bool askRemaining) {
    return call<PullPage>(pullRequest(cursor, limit, includeOwn, askRemaining));
}

void SyncApi::beginPull(qint64 cursor, int limit, bool includeOwn, bool askRemaining) {
    m_transport.begin(prepared(pullRequest(cursor, limit, includeOwn, askRemaining)));
}

ApiReply<PullPage> SyncApi::collectPull() {
    return read<PullPage>(m_transport.collect());
}

void SyncApi::signOut() {
    m_transport.send(prepared({"DELETE", path::session, {}, {}, {}}));
    m_token.clear();
}

} // namespace kith::sync
