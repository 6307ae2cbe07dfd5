#pragma once

#include <QHostAddress>
#include <QObject>
#include <memory>

class QHttpServer;

namespace kith::server {

// The central endpoint. For now it answers GET /health; sync routes join it as the
// sync protocol is built.
class CentralServer : public QObject {
    Q_OBJECT

public:
    explicit CentralServer(QObject* parent = nullptr);
    ~CentralServer() override;

    // Listens on `address`:`port` (0 picks a free port). Returns the port, or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    std::unique_ptr<QHttpServer> m_http;
};

// Splits "127.0.0.1:8080" or "[::1]:8080"; false when the text is not of that shape.
bool parseListenAddress(const QString& text, QHostAddress& address, quint16& port);

} // namespace kith::server
