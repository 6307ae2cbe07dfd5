// Sign-in, tokens, throttling, clock drift and protocol checks of the SyncService.
#include "protocol/http_deflate.h"
#include "service_fixture.h"

using namespace kith;
using namespace kith::testing;

TEST_CASE("Signing in gives a token and the account and the append-only entities",
          "[server-service]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    const server::ServiceResponse response = f.signInAs(QStringLiteral("sam"));
    REQUIRE(response.status == 200);
    CHECK(!response.header("Kith-Server-Time").isEmpty());
    const auto session = sync::SessionResponse::fromJson(response.json());
    REQUIRE(session);
    CHECK(session.value().token.size() == 43); // 32 bytes, base64url without padding
    CHECK(session.value().expiresAt == f.clock.nowUtc().addSecs(12 * 3600));
    CHECK(session.value().account.role == QLatin1String("practitioner"));
    CHECK(session.value().appendOnly.contains(QStringLiteral("audit_event")));
    CHECK_FALSE(session.value().clockWarning);
    // Only the token's hash is kept.
    QSqlQuery query(f.store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT token_hash FROM tokens")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() != session.value().token);
}

TEST_CASE("A wrong password and an unknown user get the same answer", "[server-service]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    const auto wrong = f.signInAs(QStringLiteral("sam"), QStringLiteral("not the password"));
    const auto unknown = f.signInAs(QStringLiteral("nobody"));
    CHECK(wrong.status == 401);
    CHECK(unknown.status == 401);
    CHECK(wrong.json() == unknown.json());
    CHECK(wrong.json().value(QStringLiteral("error")) == QStringLiteral("bad_credentials"));
}

TEST_CASE("Failed sign-ins are slowed after three and lock the account after ten",
          "[server-service]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    const QString wrong = QStringLiteral("guess guess guess");
    for (int i = 0; i < 3; ++i)
        CHECK(f.signInAs(QStringLiteral("sam"), wrong).status == 401);
    // The fourth attempt must wait 2 s, then 4 s, 8 s...
    qint64 wait = 2;
    for (int failures = 3; failures < 9; ++failures) {
        const auto slowed = f.signInAs(QStringLiteral("sam"), kPassword);
        REQUIRE(slowed.status == 429);
        CHECK(slowed.json().value(QStringLiteral("retry_after_seconds")).toInteger() == wait);
        f.clock.advanceSeconds(wait);
        CHECK(f.signInAs(QStringLiteral("sam"), wrong).status == 401);
        wait *= 2;
    }
    f.clock.advanceSeconds(wait);
    const auto locked = f.signInAs(QStringLiteral("sam"), wrong); // the tenth failure
    CHECK(locked.status == 423);
    CHECK(locked.json().value(QStringLiteral("retry_after_seconds")).toInteger() == 900);
    f.clock.advanceSeconds(14 * 60);
    CHECK(f.signInAs(QStringLiteral("sam"), kPassword).status == 423); // even the right one
    f.clock.advanceSeconds(60);
    CHECK(f.signInAs(QStringLiteral("sam"), kPassword).status == 200);
    // A success starts the count again.
    for (int i = 0; i < 3; ++i)
        CHECK(f.signInAs(QStringLiteral("sam"), wrong).status == 401);
    CHECK(f.signInAs(QStringLiteral("sam"), kPassword).status == 429);
}

TEST_CASE("A token expires after twelve hours and ends when signed out", "[server-service]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    const QString token = f.tokenFor(QStringLiteral("sam"));
    CHECK(f.pullResponse(token, 0).status == 200);
    f.clock.advanceSeconds(12 * 3600 - 1);
    CHECK(f.pullResponse(token, 0).status == 200);
    f.clock.advanceSeconds(1);
    const auto expired = f.pullResponse(token, 0);
    CHECK(expired.status == 401);
    CHECK(expired.json().value(QStringLiteral("error")) == QStringLiteral("token_expired"));

    const QString second = f.tokenFor(QStringLiteral("sam"));
    CHECK(f.service->handle(f.request("DELETE", sync::path::session, second)).status == 200);
    const auto ended = f.pullResponse(second, 0);
    CHECK(ended.status == 401);
    CHECK(ended.json().value(QStringLiteral("error")) == QStringLiteral("token_invalid"));
    CHECK(f.pullResponse(QStringLiteral("made-up"), 0).status == 401);
}

TEST_CASE("A disabled account cannot sign in and its tokens end", "[server-service]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    const QString token = f.tokenFor(QStringLiteral("sam"));
    REQUIRE(f.store->setDisabled(QStringLiteral("sam"), true));
    CHECK(f.pullResponse(token, 0).status == 401);
    CHECK(f.signInAs(QStringLiteral("sam")).status == 401);
}

TEST_CASE("A client clock far off is refused for push and warned about", "[server-service]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    const QString token = f.tokenFor(QStringLiteral("sam"));
    const QString familyId = newId();
    server::ServiceRequest push = f.request("POST", sync::path::push, token);
    push.body =
        QJsonDocument(QJsonObject{{QStringLiteral("device_id"), newId()},
                                  {QStringLiteral("changes"), QJsonArray{familyInsert(familyId)}}})
            .toJson();
    const qint64 seqBefore = f.store->lastSeq();

    push.setHeader("Kith-Client-Time",
                   sync::formatMoment(f.clock.nowUtc().addSecs(20 * 60)).toLatin1());
    const auto refused = f.service->handle(push);
    CHECK(refused.status == 400);
    CHECK(refused.json().value(QStringLiteral("error")) == QStringLiteral("clock_drift"));
    CHECK(refused.json().value(QStringLiteral("drift_seconds")).toInteger() == 1200);
    CHECK(refused.json().value(QStringLiteral("server_time")) ==
          sync::formatMoment(f.clock.nowUtc()));
    CHECK(f.store->lastSeq() == seqBefore); // nothing applied

    push.setHeader("Kith-Client-Time",
                   sync::formatMoment(f.clock.nowUtc().addSecs(-5 * 60)).toLatin1());
    const auto warned = f.service->handle(push);
    REQUIRE(warned.status == 200);
    CHECK(warned.json()
              .value(QStringLiteral("clock_warning"))
              .toObject()
              .value(QStringLiteral("drift_seconds"))
              .toInteger() == -300);
    CHECK(f.store->lastSeq() > seqBefore);

    // Pull changes nothing on the server, so it is not refused.
    server::ServiceRequest pull = f.request("GET", sync::path::changes, token);
    pull.setHeader("Kith-Client-Time", sync::formatMoment(f.clock.nowUtc().addDays(1)).toLatin1());
    CHECK(f.service->handle(pull).status == 200);
}

TEST_CASE("Another protocol version is answered with 426 and the versions spoken",
          "[server-service]") {
    ServiceFixture f;
    server::ServiceRequest made = f.request("POST", sync::path::session);
    made.setHeader("Kith-Protocol", "2");
    const auto response = f.service->handle(made);
    CHECK(response.status == 426);
    CHECK(response.json().value(QStringLiteral("error")) == QStringLiteral("protocol_version"));
    CHECK(response.json().value(QStringLiteral("supported")).toArray() == QJsonArray{1});
    made.headers.clear();
    CHECK(f.service->handle(made).status == 426);
    // The health check needs no protocol header.
    server::ServiceRequest health;
    health.method = "GET";
    health.path = QStringLiteral("/health");
    CHECK(f.service->handle(health).status == 200);
    health.path = QStringLiteral("/v1/nothing");
    CHECK(f.service->handle(health).status == 404);
}

TEST_CASE("Deflated requests are read and deflated answers given when asked", "[server-service]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    server::ServiceRequest made = f.request("POST", sync::path::session);
    made.body =
        sync::deflateBody(QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("sam")},
                                                    {QStringLiteral("password"), kPassword},
                                                    {QStringLiteral("device_id"), newId()}})
                              .toJson());
    made.setHeader("Content-Encoding", "deflate");
    made.setHeader("Accept-Encoding", "gzip, deflate");
    const auto response = f.service->handle(made);
    CHECK(response.status == 200);
    CHECK(response.header("Content-Encoding") == "deflate");
    CHECK(response.json().value(QStringLiteral("token")).isString());
    CHECK(qUncompress(QByteArray("\0\0\0\0", 4) + response.body).isEmpty() == false);

    made.body = "not zlib at all";
    CHECK(f.service->handle(made).status == 400);
    // A small body that inflates past 32 MiB is refused without inflating it all.
    made.body = sync::deflateBody(QByteArray(40 * 1024 * 1024, ' '));
    CHECK(made.body.size() < 256 * 1024);
    CHECK(f.service->handle(made).status == 413);
}

TEST_CASE("Accounts need a valid role and a password that is not weak", "[server-service]") {
    ServiceFixture f;
    const auto tryAdd = [&](const QString& name, const QString& role, const QString& password) {
        return f.store->addAccount({name, role, {}, {}, {}, password});
    };
    CHECK_FALSE(tryAdd(QStringLiteral("sam"), QStringLiteral("practitioner"), QString()));
    CHECK_FALSE(
        tryAdd(QStringLiteral("sam"), QStringLiteral("practitioner"), QStringLiteral("short")));
    CHECK_FALSE(tryAdd(QStringLiteral("sam"), QStringLiteral("practitioner"),
                       QStringLiteral("aaaaaaaaaaaa")));
    CHECK_FALSE(tryAdd(QStringLiteral("sam"), QStringLiteral("practitioner"),
                       QStringLiteral("password123")));
    CHECK_FALSE(tryAdd(QStringLiteral("sam"), QStringLiteral("boss"), kPassword));
    CHECK_FALSE(tryAdd(QStringLiteral("two words"), QStringLiteral("admin"), kPassword));
    const auto weak =
        tryAdd(QStringLiteral("sam"), QStringLiteral("practitioner"), QStringLiteral("short"));
    CHECK(weak.error().contains(QStringLiteral("at least 10 characters")));
    REQUIRE(tryAdd(QStringLiteral("sam"), QStringLiteral("practitioner"), kPassword));
    CHECK_FALSE(tryAdd(QStringLiteral("sam"), QStringLiteral("admin"), kPassword));
    CHECK(f.store->accounts().size() == 1);
    CHECK(f.store->accounts().first().passwordHash.startsWith(QStringLiteral("$argon2id$")));
}
