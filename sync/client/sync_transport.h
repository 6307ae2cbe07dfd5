#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace kith::sync {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request of the sync protocol, before it meets a network.
struct TransportRequest {
    QByteArray method; // "GET", "POST", "DELETE"
    QString path;      // "/v1/push"
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
};

// What came back. `status` 0 means no answer at all (server down, connection lost,
// timed out); `networkError` then says what happened, for a log line.
struct TransportResponse {
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QString networkError;

    bool answered() const { return status != 0; }
    QByteArray header(const QByteArray& name) const {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// How the engine reaches the server: over HTTP (HttpTransport) or, in tests and the
// simulation, by calling the server's SyncService in the same process (InProcessTransport).
// send() blocks until the answer (or the failure) is there.
class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual TransportResponse send(const TransportRequest& request) = 0;

    // The same in two halves, so that the caller can work while the server does: begin()
    // sends `request` and returns without waiting, collect() waits for its answer. One
    // request at a time; a request begun and never collected is abandoned by the next call.
    // By default (the in-process transport, which cannot overlap) collect() sends it.
    virtual void begin(const TransportRequest& request) { m_begun = request; }
    virtual TransportResponse collect() { return send(m_begun); }

private:
    TransportRequest m_begun;
};

} // namespace kith::sync
