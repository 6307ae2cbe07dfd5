#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <memory>
#include <optional>

class QHttpServer;
class QSslCertificate;
class QSslKey;

namespace kith::server {

class SyncService;

// The central endpoint: HTTP(S) in front of a SyncService, which answers every request
// (GET /health and the /v1/ routes of docs/sync-protocol.md). Logs one line per request:
// method, path, status and milliseconds, never bodies, tokens or query values.
class CentralServer : public QObject {
    Q_OBJECT

public:
    explicit CentralServer(SyncService& service, QObject* parent = nullptr);
    ~CentralServer() override;

    // Serves HTTPS with this certificate and key; call before listen().
    void useTls(const QSslCertificate& certificate, const QSslKey& key);
    // Listens on `address`:`port` (0 picks a free port). Returns the port, or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    std::unique_ptr<QHttpServer> m_http;
    std::optional<QSslConfiguration> m_tls;
};

// Splits "127.0.0.1:8080" or "[::1]:8080"; false when the text is not of that shape.
bool parseListenAddress(const QString& text, QHostAddress& address, quint16& port);

} // namespace kith::server
