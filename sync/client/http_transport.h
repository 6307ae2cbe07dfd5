#pragma once

#include "client/sync_transport.h"

#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace kith::sync {

// The protocol over HTTP(S) with QNetworkAccessManager. Blocking: each send() runs a local
// event loop until the reply finishes or `timeoutMs` passes, so use it off the UI thread
// (the engine's own thread) or from a command-line tool.
class HttpTransport final : public SyncTransport {
public:
    explicit HttpTransport(QUrl server, int timeoutMs = 60000);
    ~HttpTransport() override;
    TransportResponse send(const TransportRequest& request) override;

private:
    QUrl m_server;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace kith::sync
