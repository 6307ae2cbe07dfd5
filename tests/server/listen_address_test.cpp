#include "protocol/server_info.h"
#include "server/central_server.h"

#include <QJsonObject>
#include <catch2/catch.hpp>

using kith::server::parseListenAddress;

TEST_CASE("Listen addresses are read as host and port", "[server]") {
    QHostAddress address;
    quint16 port = 0;
    REQUIRE(parseListenAddress(QStringLiteral("127.0.0.1:8470"), address, port));
    CHECK(address == QHostAddress(QHostAddress::LocalHost));
    CHECK(port == 8470);
    REQUIRE(parseListenAddress(QStringLiteral("[::1]:0"), address, port));
    CHECK(address == QHostAddress(QHostAddress::LocalHostIPv6));
    CHECK(port == 0);
    CHECK_FALSE(parseListenAddress(QStringLiteral("localhost"), address, port));
    CHECK_FALSE(parseListenAddress(QStringLiteral("127.0.0.1:70000"), address, port));
    CHECK_FALSE(parseListenAddress(QStringLiteral("example:80"), address, port));
}

TEST_CASE("Server info that is not shaped right is rejected", "[server]") {
    CHECK_FALSE(kith::sync::ServerInfo::fromJson(QJsonObject{}));
    CHECK_FALSE(kith::sync::ServerInfo::fromJson(
        QJsonObject{{QStringLiteral("status"), 1}, {QStringLiteral("protocol"), 1}}));
    const kith::sync::ServerInfo info{QStringLiteral("ok"), QStringLiteral("0.1.0"), 1};
    const auto back = kith::sync::ServerInfo::fromJson(info.toJson());
    REQUIRE(back);
    CHECK(back->serverVersion == info.serverVersion);
}
