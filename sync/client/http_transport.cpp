#include "client/http_transport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace kith::sync {

HttpTransport::HttpTransport(QUrl server, int timeoutMs)
    : m_server(std::move(server))
    , m_timeoutMs(timeoutMs)
    , m_network(std::make_unique<QNetworkAccessManager>()) {}

HttpTransport::~HttpTransport() = default;

TransportResponse HttpTransport::send(const TransportRequest& request) {
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(request.query);
    QNetworkRequest outgoing(url);
    for (const auto& [name, value] : request.headers)
        outgoing.setRawHeader(name, value);
    outgoing.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply* reply = m_network->sendCustomRequest(outgoing, request.method, request.body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    TransportResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status == 0)
        response.networkError = reply->errorString();
    for (const auto& pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.body = reply->readAll();
    reply->deleteLater();
    return response;
}

} // namespace kith::sync
