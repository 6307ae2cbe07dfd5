// kith-server serves HTTPS when given a certificate and key (QHttpServer::sslSetup in Qt 6.4).
#include "running_server.h"

#include <QSslError>

using namespace kith::testing;

TEST_CASE("kith-server speaks HTTPS with --tls-cert and --tls-key", "[server]") {
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    INFO("this test makes a self-signed certificate with the openssl command");
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);

    RunningServer server({QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/health").arg(server.port))));
    reply->ignoreSslErrors(); // self-signed, made just now
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(reply->error() == QNetworkReply::NoError);
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(reply->readAll().contains("\"status\":\"ok\""));
    reply->deleteLater();
    // Plain HTTP on the same port gets no answer.
    CHECK(httpRequest(server.port, "GET", QStringLiteral("/health")).status == 0);

    const auto halfTls =
        runServerCommand({QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--tls-cert"), cert});
    CHECK(halfTls.exitCode == 2);
    CHECK(halfTls.err.contains(QStringLiteral("--tls-key")));
}
