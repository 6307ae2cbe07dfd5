// The real kith-server process: accounts made on the command line, then sign-in, push and
// pull over HTTP on loopback. Built twice: on SQLite (kith_server_tests) and on PostgreSQL
// (kith_server_pg_tests, with --database).
#include "running_server.h"
#include "util/ids.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace kith;
using namespace kith::testing;

namespace {

const QByteArray kPasswordLine = "correct horse battery\n";

struct ServerData {
    QTemporaryDir dir;
    QStringList arguments;
    ServerData() {
#ifdef KITH_SERVER_TEST_POSTGRES
        const QString url = qEnvironmentVariable("KITH_TEST_POSTGRES_URL");
        INFO("kith_server_pg_tests needs KITH_TEST_POSTGRES_URL (packaging/run-tests.sh sets it)");
        REQUIRE_FALSE(url.isEmpty());
        arguments = {QStringLiteral("--database"),
                     QStringLiteral("%1?schema=p_%2").arg(url, newId().remove(u'-'))};
#else
        arguments = {QStringLiteral("--data"), dir.filePath(QStringLiteral("server"))};
#endif
    }
};

QJsonObject signInBody(const QString& user, const QString& password) {
    return {{QStringLiteral("user"), user},
            {QStringLiteral("password"), password},
            {QStringLiteral("device_id"), newId()}};
}

} // namespace

TEST_CASE("kith-server user add reads the password from stdin and refuses weak ones", "[server]") {
    ServerData data;
    const auto weak = runServerCommand(
        data.arguments + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                     QStringLiteral("sam"), QStringLiteral("--role"),
                                     QStringLiteral("practitioner")},
        "secret\n");
    CHECK(weak.exitCode == 1);
    CHECK(weak.err.contains(QStringLiteral("at least 10 characters")));
    const auto added = runServerCommand(
        data.arguments + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                     QStringLiteral("sam"), QStringLiteral("--role"),
                                     QStringLiteral("practitioner"), QStringLiteral("--team"),
                                     QStringLiteral("North")},
        kPasswordLine);
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("added sam")));
    CHECK_FALSE(added.out.contains(QStringLiteral("correct horse")));
    const auto listed = runServerCommand(
        data.arguments + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    CHECK(listed.out.contains(QStringLiteral("sam\tpractitioner\tNorth")));
    const auto badRole = runServerCommand(
        data.arguments + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                     QStringLiteral("kim"), QStringLiteral("--role"),
                                     QStringLiteral("boss")},
        kPasswordLine);
    CHECK(badRole.exitCode == 1);
    CHECK(badRole.err.contains(QStringLiteral("--role")));
    const auto disabled = runServerCommand(data.arguments + QStringList{QStringLiteral("user"),
                                                                        QStringLiteral("disable"),
                                                                        QStringLiteral("sam")});
    CHECK(disabled.exitCode == 0);
#ifndef KITH_SERVER_TEST_POSTGRES
    const QFileInfo file(data.dir.filePath(QStringLiteral("server/kith-server.sqlite")));
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
}

TEST_CASE("Over HTTP a practitioner signs in and pushes and pulls and wrong passwords are slowed",
          "[server]") {
    ServerData data;
    REQUIRE(runServerCommand(data.arguments +
                                 QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                             QStringLiteral("sam"), QStringLiteral("--role"),
                                             QStringLiteral("practitioner")},
                             kPasswordLine)
                .exitCode == 0);
    RunningServer server(data.arguments);
    const HttpReply session =
        httpRequest(server.port, "POST", QStringLiteral("/v1/session"),
                    signInBody(QStringLiteral("sam"), QStringLiteral("correct horse battery")));
    INFO(session.body.toStdString());
    REQUIRE(session.status == 200);
    const QString token = session.json().value(QStringLiteral("token")).toString();

    const QString familyId = newId();
    const QJsonObject change{
        {QStringLiteral("mutation_id"), newId()},
        {QStringLiteral("entity"), QStringLiteral("family")},
        {QStringLiteral("id"), familyId},
        {QStringLiteral("family_id"), familyId},
        {QStringLiteral("op"), QStringLiteral("insert")},
        {QStringLiteral("base"), 0},
        {QStringLiteral("changed_at"), QStringLiteral("2026-11-25T10:00:00.000Z")},
        {QStringLiteral("changed_by"), QStringLiteral("Sam Patel")},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("id"), familyId},
                     {QStringLiteral("name"), QStringLiteral("Khan family")}}}};
    const HttpReply pushed = httpRequest(
        server.port, "POST", QStringLiteral("/v1/push"),
        {{QStringLiteral("device_id"), newId()}, {QStringLiteral("changes"), QJsonArray{change}}},
        token);
    INFO(pushed.body.toStdString());
    REQUIRE(pushed.status == 200);
    CHECK(pushed.json()
              .value(QStringLiteral("results"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("status")) == QStringLiteral("applied"));
    const HttpReply pulled = httpRequest(
        server.port, "GET", QStringLiteral("/v1/changes?cursor=0&include_own=1"), {}, token);
    REQUIRE(pulled.status == 200);
    const QJsonArray changes = pulled.json().value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes.first()
              .toObject()
              .value(QStringLiteral("fields"))
              .toObject()
              .value(QStringLiteral("name")) == QStringLiteral("Khan family"));
    CHECK(httpRequest(server.port, "GET", QStringLiteral("/v1/changes?cursor=0")).status == 401);

    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses << httpRequest(
                        server.port, "POST", QStringLiteral("/v1/session"),
                        signInBody(QStringLiteral("sam"), QStringLiteral("wrong password here")))
                        .status;
    CHECK(statuses == QList<int>{401, 401, 401, 429, 429});
    // The log names requests, never passwords or tokens.
    const QString log = server.log();
    CHECK(log.contains(QStringLiteral("POST /v1/session 401")));
    CHECK_FALSE(log.contains(QStringLiteral("wrong password")));
    CHECK_FALSE(log.contains(token));
}
