#pragma once

// The real kith-server process on a free loopback port, and a small HTTP client for it.

#include "protocol/wire.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

namespace kith::testing {

// Runs `kith-server STORE-ARGS ARGS`, writing `input` to its standard input.
struct ServerCommand {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ServerCommand runServerCommand(const QStringList& arguments, const QByteArray& input = {}) {
    QProcess process;
    process.start(QStringLiteral(KITH_SERVER_PATH), arguments);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class RunningServer {
public:
    // `storeArguments`: {"--data", DIR} or {"--database", URL}.
    explicit RunningServer(const QStringList& storeArguments) {
        m_process.start(QStringLiteral(KITH_SERVER_PATH),
                        storeArguments +
                            QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        REQUIRE(m_process.waitForStarted(10000));
        QString said;
        while (!said.contains(u'\n') && m_process.waitForReadyRead(10000))
            said += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match =
            QRegularExpression(QStringLiteral(R"(listening on 127\.0\.0\.1:(\d+))")).match(said);
        INFO(said.toStdString()
             << QString::fromUtf8(m_process.readAllStandardError()).toStdString());
        REQUIRE(match.hasMatch());
        port = match.captured(1).toUShort();
    }
    ~RunningServer() {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    // What the server logged on standard error so far.
    QString log() { return m_log += QString::fromUtf8(m_process.readAllStandardError()); }

    quint16 port = 0;

private:
    QProcess m_process;
    QString m_log;
};

struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray cacheControl;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request, waited for (at most 30 s). `body` empty: GET or DELETE per `method`.
inline HttpReply httpRequest(quint16 port, const QByteArray& method, const QString& path,
                             const QJsonObject& body = {}, const QString& token = {}) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setRawHeader(sync::header::protocol, "1");
    request.setRawHeader(sync::header::clientTime,
                         sync::formatMoment(QDateTime::currentDateTimeUtc()).toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(sync::header::authorization, "Bearer " + token.toLatin1());
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = method == "POST" ? network.post(request, payload)
                                            : network.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     reply->readAll(), reply->rawHeader("Cache-Control")};
    reply->deleteLater();
    return result;
}

} // namespace kith::testing
