#include "protocol/server_info.h"
#include "running_server.h"

using namespace kith::testing;

TEST_CASE("kith-server answers its health check over HTTP on loopback", "[server]") {
    QTemporaryDir dir;
    RunningServer server({QStringLiteral("--data"), dir.path()});
    const HttpReply reply = httpRequest(server.port, "GET", QStringLiteral("/health"));
    CHECK(reply.status == 200);
    CHECK(reply.cacheControl == "no-store");
    const auto info = kith::sync::ServerInfo::fromJson(reply.json());
    REQUIRE(info);
    CHECK(info->status == QLatin1String("ok"));
    CHECK(info->serverVersion == QLatin1String(KITH_VERSION));
    CHECK(info->speaksOurProtocol());
}

TEST_CASE("kith-server answers 404 for a path it does not serve", "[server]") {
    QTemporaryDir dir;
    RunningServer server({QStringLiteral("--data"), dir.path()});
    CHECK(httpRequest(server.port, "GET", QStringLiteral("/families")).status == 404);
}
