#include "protocol/server_info.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {

// The real kith-server, started on a free loopback port and stopped at the end.
class RunningServer {
public:
    RunningServer() {
        m_process.start(QStringLiteral(KITH_SERVER_PATH),
                        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        REQUIRE(m_process.waitForStarted(10000));
        QString said;
        while (!said.contains(u'\n') && m_process.waitForReadyRead(10000))
            said += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match =
            QRegularExpression(QStringLiteral(R"(listening on 127\.0\.0\.1:(\d+))")).match(said);
        INFO(said.toStdString());
        REQUIRE(match.hasMatch());
        port = match.captured(1).toUShort();
    }
    ~RunningServer() {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    quint16 port = 0;

private:
    QProcess m_process;
};

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray cacheControl;
};

Reply get(quint16 port, const QString& path) {
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), reply->rawHeader("Cache-Control")};
    reply->deleteLater();
    return result;
}

} // namespace

TEST_CASE("kith-server answers its health check over HTTP on loopback", "[server]") {
    RunningServer server;
    const Reply reply = get(server.port, QStringLiteral("/health"));
    CHECK(reply.status == 200);
    CHECK(reply.cacheControl == "no-store");
    const auto info =
        kith::sync::ServerInfo::fromJson(QJsonDocument::fromJson(reply.body).object());
    REQUIRE(info);
    CHECK(info->status == QLatin1String("ok"));
    CHECK(info->serverVersion == QLatin1String(KITH_VERSION));
    CHECK(info->speaksOurProtocol());
}

TEST_CASE("kith-server answers 404 for a path it does not serve", "[server]") {
    RunningServer server;
    CHECK(get(server.port, QStringLiteral("/families")).status == 404);
}
