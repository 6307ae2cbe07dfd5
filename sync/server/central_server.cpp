#include "server/central_server.h"

#include "server/sync_service.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
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
    m_http->sslSetup(certificate, key);
}

quint16 CentralServer::listen(const QHostAddress& address, quint16 port) {
    const int bound = m_http->listen(address, port);
    return bound > 0 ? static_cast<quint16>(bound) : 0;
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
