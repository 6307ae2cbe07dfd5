// The wire types read back what they write, and say which member is wrong.
#include "protocol/wire.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace kith::sync;

TEST_CASE("A push request survives a trip through JSON", "[sync-wire]") {
    PushChange change;
    change.mutationId = QStringLiteral("5b1f0c1e-8f55-4a4e-9a11-0d2b8e4b0001");
    change.entity = QStringLiteral("person");
    change.id = QStringLiteral("5b1f0c1e-8f55-4a4e-9a11-0d2b8e4b0002");
    change.familyId = QStringLiteral("5b1f0c1e-8f55-4a4e-9a11-0d2b8e4b0003");
    change.op = ChangeOp::Update;
    change.base = 42;
    change.hlc = QStringLiteral("0001764066600000:0000:device");
    change.changedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 30, 0, 250), Qt::UTC);
    change.changedBy = QStringLiteral("Sam Patel");
    change.fields = {{QStringLiteral("given_name"), QStringLiteral("Amira")},
                     {QStringLiteral("unborn"), 0}};
    const PushRequest request{QStringLiteral("device"), {change}};
    const QJsonObject json = request.toJson();
    CHECK(json.value(QStringLiteral("changes"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("changed_at")) == QStringLiteral("2026-11-25T10:30:00.250Z"));
    const auto back = PushRequest::fromJson(json);
    REQUIRE(back);
    REQUIRE(back.value().changes.size() == 1);
    const PushChange& read = back.value().changes.first();
    CHECK(read.base == 42);
    CHECK(read.op == ChangeOp::Update);
    CHECK(read.changedAt == change.changedAt);
    CHECK(read.fields == change.fields);
}

TEST_CASE("A malformed change names the member that is wrong", "[sync-wire]") {
    QJsonObject json{{QStringLiteral("mutation_id"), QStringLiteral("m")},
                     {QStringLiteral("entity"), QStringLiteral("person")},
                     {QStringLiteral("id"), QStringLiteral("p")},
                     {QStringLiteral("op"), QStringLiteral("upsert")},
                     {QStringLiteral("changed_at"), QStringLiteral("2026-11-25T10:30:00.000Z")},
                     {QStringLiteral("fields"), QJsonObject()}};
    const auto badOp = PushChange::fromJson(json);
    REQUIRE_FALSE(badOp);
    CHECK(badOp.error().contains(QStringLiteral("\"op\"")));
    json.insert(QStringLiteral("op"), QStringLiteral("update"));
    json.remove(QStringLiteral("changed_at"));
    const auto noMoment = PushChange::fromJson(json);
    REQUIRE_FALSE(noMoment);
    CHECK(noMoment.error().contains(QStringLiteral("changed_at")));
}

TEST_CASE("Error bodies are read with their extra members", "[sync-wire]") {
    const QByteArray body = R"({"error": "clock_drift", "message": "clock",
        "server_time": "2026-11-25T10:30:00.000Z", "drift_seconds": 10800})";
    const WireError error = WireError::fromBody(400, body);
    CHECK(error.code == ErrorCode::ClockDrift);
    REQUIRE(error.driftSeconds);
    CHECK(*error.driftSeconds == 10800);
    CHECK(error.serverTime == QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC));
    CHECK(WireError::fromBody(502, "<html>bad gateway</html>").code == ErrorCode::ServerError);
    CHECK(WireError::fromBody(400, R"({"error": "new_in_v2"})").code == ErrorCode::Unknown);
    CHECK(httpStatusOf(ErrorCode::ResyncRequired) == 410);
}

TEST_CASE("Row values keep their kind on the wire, byte arrays included", "[sync-wire]") {
    CHECK(toWireValue(QVariant()).isNull());
    CHECK(toWireValue(QVariant(qint64(7))) == QJsonValue(7));
    CHECK(fromWireValue(QJsonValue(7)).typeId() == QMetaType::LongLong);
    CHECK(fromWireValue(QJsonValue(2.5)).toDouble() == 2.5);
    const QByteArray bytes("\x00\x01\xff", 3);
    CHECK(fromWireValue(toWireValue(bytes)).toByteArray() == bytes);
}
