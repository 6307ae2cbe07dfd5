#pragma once

// The sync protocol's request handling without a transport (docs/sync-protocol.md).
// CentralServer feeds it HTTP requests; the client's in-process transport and the tests call
// it directly. One SyncService serves one request at a time: the server applies writes in
// one thread, so the change sequence is the commit order.

#include "util/clock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <memory>

namespace kith::server {

class ServerStore;

struct ServiceRequest {
    QByteArray method; // "GET", "POST", "DELETE"
    QString path;      // "/v1/push"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names compared case-insensitively
    QByteArray body;                              // as sent: deflated when Content-Encoding says so

    QByteArray header(const QByteArray& name) const;
    void setHeader(const QByteArray& name, const QByteArray& value);
};

struct ServiceResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // deflated when the request asked for it (Content-Encoding says so)

    QByteArray header(const QByteArray& name) const;
    void setHeader(const QByteArray& name, const QByteArray& value);
    // The body as JSON, inflated first when it is deflated; empty when it is not JSON.
    QJsonObject json() const;
};

class SyncService {
public:
    // `store` and `clock` must outlive the service. The clock is the server's: it decides
    // token expiry, sign-in throttling and clock drift.
    SyncService(ServerStore& store, const Clock& clock);
    ~SyncService();
    SyncService(const SyncService&) = delete;
    SyncService& operator=(const SyncService&) = delete;

    ServiceResponse handle(const ServiceRequest& request);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace kith::server
