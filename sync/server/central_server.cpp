#include "server/central_server.h"

#include "protocol/server_info.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kith::server {

CentralServer::CentralServer(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>()) {
    m_http->route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [] {
        const sync::ServerInfo info{QStringLiteral("ok"), QStringLiteral(KITH_VERSION),
                                    sync::kProtocolVersion};
        return QHttpServerResponse(info.toJson());
    });
    m_http->afterRequest([](QHttpServerResponse&& response) {
        response.setHeader("Cache-Control", "no-store");
        return std::move(response);
    });
}

CentralServer::~CentralServer() = default;

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
