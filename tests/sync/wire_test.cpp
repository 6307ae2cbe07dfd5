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

TEST_CASE("A push of up to 5000 changes is read and one more is refused with the limit named",
          "[sync-wire]") {
    PushChange change;
    change.mutationId = QStringLiteral("5b1f0c1e-8f55-4a4e-9a11-0d2b8e4b0001");
    change.entity = QStringLiteral("family");
    change.id = QStringLiteral("5b1f0c1e-8f55-4a4e-9a11-0d2b8e4b0002");
    change.familyId = change.id;
    change.op = ChangeOp::Insert;
    change.hlc = QStringLiteral("0001764066600000:0000:device");
    change.changedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
    change.changedBy = QStringLiteral("Sam Patel");
    change.fields = {{QStringLiteral("id"), change.id}};
    PushRequest request{QStringLiteral("device"), QList<PushChange>(5000, change)};
    const auto full = PushRequest::fromJson(request.toJson());
    REQUIRE(full);
    CHECK(full.value().changes.size() == 5000);
    request.changes.append(change);
    const auto over = PushRequest::fromJson(request.toJson());
    REQUIRE_FALSE(over);
    CHECK(over.error() == QStringLiteral("push: at most 5000 changes a request"));
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

TEST_CASE("A pull page written as text reads back like the object form, odd characters included",
          "[sync-wire]") {
    PullPage page;
    page.cursor = 77;
    page.more = true;
    PulledChange parsed;
    parsed.seq = 5;
    parsed.entity = QStringLiteral("person");
    parsed.id = QStringLiteral("id \"quoted\" \\ back\nslash \u00e9");
    parsed.familyId = QStringLiteral("family-1");
    parsed.version = 5;
    parsed.fields = {{QStringLiteral("given_name"), QStringLiteral("Zo\u00eb")},
                     {QStringLiteral("unborn"), 0}};
    PulledChange spliced = parsed;
    spliced.seq = 6;
    spliced.fields = {};
    spliced.fieldsText = R"({"given_name":"Ama","notes":"a \"quote\""})";
    PulledChange gone;
    gone.seq = 7;
    gone.op = PullOp::Delete;
    gone.entity = QStringLiteral("address");
    gone.id = QStringLiteral("address-1");
    PulledChange forget;
    forget.seq = 8;
    forget.op = PullOp::ForgetFamily;
    forget.familyId = QStringLiteral("family-2");
    page.changes = {parsed, spliced, gone, forget};

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(page.toJsonText(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(document.object() == page.toJson());
    const auto back = PullPage::fromJson(document.object());
    REQUIRE(back);
    REQUIRE(back.value().changes.size() == 4);
    CHECK(back.value().changes.at(0).id == parsed.id);
    CHECK(back.value().changes.at(0).fields == parsed.fields);
    CHECK(back.value().changes.at(1).fields.value(QStringLiteral("notes")) ==
          QStringLiteral("a \"quote\""));
    CHECK(back.value().changes.at(2).op == PullOp::Delete);
    CHECK(back.value().changes.at(2).familyId.isEmpty());
    CHECK(back.value().changes.at(3).op == PullOp::ForgetFamily);
    CHECK(back.value().cursor == 77);
    CHECK(back.value().more);
}

TEST_CASE("A push result says when the row is settled, and only then", "[sync-wire]") {
    PushResult result{QStringLiteral("m1"), PushStatus::Applied, 12, {}, {}, true};
    auto back = PushResult::fromJson(result.toJson());
    REQUIRE(back);
    CHECK(back.value().settled);
    result.settled = false;
    CHECK_FALSE(result.toJson().contains(QStringLiteral("settled")));
    back = PushResult::fromJson(result.toJson());
    REQUIRE(back);
    CHECK_FALSE(back.value().settled);
}
