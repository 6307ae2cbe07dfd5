#include "server/central_server.h"

#include "server/sync_service.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTextStream>

namespace kith::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

// QHttpServer writes a response in several pieces (status line, headers, body). With
// Nagle's algorithm on, the last piece waits for the client's delayed acknowledgement,
// about 40 ms per request on Linux; a sync of many pages paid that on every page. Each
// accepted connection therefore has TCP_NODELAY set.
template <typename Listener>
class NoDelayListener final : public Listener {
public:
    using Listener::Listener;
    QTcpSocket* nextPendingConnection() override {
        QTcpSocket* socket = Listener::nextPendingConnection();
        if (socket)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return socket;
    }
};

} // namespace

CentralServer::CentralServer(SyncService& service, QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>()) {
    // Every request goes to the service, which knows the routes; QHttpServer only carries.
    m_http->setMissingHandler([&service](const QHttpServerRequest& httpRequest,
                                         QHttpServerResponder&& responder) {
        QElapsedTimer timer;
        timer.start();
        ServiceRequest request;
        request.method = methodName(httpRequest.method());
        request.path = httpRequest.url().path();
        request.query = httpRequest.query();
        request.headers = httpRequest.headers();
        request.body = httpRequest.body();
        const ServiceResponse response = service.handle(request);

        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        for (const auto& [name, value] : response.headers)
            responder.writeHeader(name, value);
        responder.writeHeader("Cache-Control", "no-store");
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder.writeBody(response.body);
        QTextStream(stderr) << "kith-server: " << request.method << ' ' << request.path << ' '
                            << response.status << ' ' << timer.elapsed() << " ms" << Qt::endl;
    });
}

CentralServer::~CentralServer() = default;

void CentralServer::useTls(const QSslCertificate& certificate, const QSslKey& key) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    m_tls = tls;
}

quint16 CentralServer::listen(const QHostAddress& address, quint16 port) {
    std::unique_ptr<QTcpServer> listener;
    if (m_tls) {
        auto tlsListener = std::make_unique<NoDelayListener<QSslServer>>();
        tlsListener->setSslConfiguration(*m_tls);
        listener = std::move(tlsListener);
    } else {
        listener = std::make_unique<NoDelayListener<QTcpServer>>();
    }
    if (!listener->listen(address, port))
        return 0;
    const quint16 bound = listener->serverPort();
    listener->setParent(m_http.get()); // goes with the HTTP server
    m_http->bind(listener.release());
    return bound;
}

bool parseListenAddress(const QString& text, QHostAddress& address, quint16& port) {
    static const QRegularExpression pattern(QStringLiteral(R"(^\[?([^\]]+?)\]?:(\d{1,5})$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const uint number = match.captured(2).toUInt();
    if (number > 65535 || !address.setAddress(match.captured(1)))
        return false;
    port = static_cast<quint16>(number);
    return true;
}

} // namespace kith::server
