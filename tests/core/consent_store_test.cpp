#include "consent_test_family.h"

#include <QSqlQuery>

using namespace kith;
using namespace kith::consent;
using testing::ConsentFamily;

TEST_CASE("A signature's strokes survive encoding, and the text is SVG path data",
          "[consent][signature]") {
    Signature drawn(QSize(600, 200));
    drawn.beginStroke({10, 20});
    drawn.extendStroke({13, 22});
    drawn.extendStroke({13, 22}); // repeated: dropped
    drawn.extendStroke({9, 30});
    drawn.extendStroke({700, -5}); // outside the pad: kept at its edge
    drawn.beginStroke({100, 100});
    drawn.extendStroke({120, 90});
    CHECK(drawn.pointCount() == 6);
    CHECK(drawn.svgPathData() == QLatin1String("M10 20l3 2-4 8 590-30M100 100l20-10"));

    const QString text = drawn.encode();
    const auto decoded = Signature::decode(text);
    REQUIRE(decoded);
    CHECK(decoded.value() == drawn);
    CHECK(decoded.value().strokes().at(0).last() == QPoint(599, 0));
    CHECK(drawn.toSvg().contains(QStringLiteral("d=\"M10 20l3 2")));

    CHECK_FALSE(Signature::decode(QStringLiteral("{\"w\":600,\"h\":200,\"d\":\"M10 20Z\"}")));
    CHECK_FALSE(Signature::decode(QStringLiteral("{\"w\":0,\"h\":200,\"d\":\"\"}")));
    Signature dot(QSize(100, 100));
    dot.beginStroke({5, 5});
    CHECK(dot.isEmpty());
    CHECK_FALSE(drawn.isEmpty());
}

TEST_CASE("A consent record round-trips through the store with its change-log entry",
          "[consent][store]") {
    ConsentFamily f;
    ConsentRecord record =
        f.familyConsent(QDate(2026, 11, 2),
                        {QStringLiteral("family-lives"), QStringLiteral("cnwl-school-nursing")});
    record.toStore = true;
    record.note = QStringLiteral("Read the form together");
    const auto stored = f.consents->record(record);
    REQUIRE(stored);

    const ConsentHistory history = f.consents->history(f.familyId);
    REQUIRE(history.records.size() == 1);
    const ConsentRecord& back = history.records.first();
    CHECK(back.id == stored.value());
    CHECK(back.event == ConsentEvent::Given);
    CHECK(back.givenOn == QDate(2026, 11, 2));
    CHECK(back.givenByPersonId == f.motherId);
    CHECK(back.obtainedById == f.familyLivesWorkerId);
    CHECK(back.method == ConsentMethod::Written);
    CHECK(back.note == QLatin1String("Read the form together"));
    CHECK(back.recordedAt == f.store.clock.nowUtc());
    REQUIRE(back.agencies.size() == 6);
    CHECK(back.sharesWith(QStringLiteral("family-lives")));
    CHECK(back.sharesWith(QStringLiteral("cnwl-school-nursing")));
    CHECK_FALSE(back.sharesWith(QStringLiteral("cardinal-hume-centre")));
    CHECK(back.agencies.first().agencyName == QLatin1String("Cardinal Hume Centre"));
    const auto signature = Signature::decode(back.signature);
    REQUIRE(signature);
    CHECK(signature.value() == Signature::decode(ConsentFamily::signature()).value());

    QSqlQuery outbox(f.store.database->connection());
    outbox.prepare(QStringLiteral("SELECT operation FROM change_log WHERE entity = ? AND "
                                  "entity_id = ?"));
    outbox.addBindValue(QStringLiteral("consent_record"));
    outbox.addBindValue(stored.value());
    REQUIRE(outbox.exec());
    REQUIRE(outbox.next());
    CHECK(outbox.value(0).toString() == QLatin1String("insert"));
}

TEST_CASE("Consent history cannot be changed or removed in the store", "[consent][store]") {
    ConsentFamily f;
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 11, 2), {})));
    QSqlQuery query(f.store.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE consent_record SET method = 'verbal'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM consent_record")));
    CHECK(f.consents->history(f.familyId).records.size() == 1);
}

TEST_CASE("Bad consent input names the field and stores nothing", "[consent][store]") {
    ConsentFamily f;
    ConsentRecord record = f.familyConsent(QDate(2026, 11, 26), {}); // tomorrow
    auto refused = f.consents->record(record);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("in the future")));

    record.givenOn = QDate(2026, 11, 2);
    record.obtainedById.clear();
    refused = f.consents->record(record);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("Who obtained consent")));

    record.obtainedById = f.familyLivesWorkerId;
    record.agencies = {{QStringLiteral("atlantis-council"), {}, true}};
    refused = f.consents->record(record);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("atlantis-council")));
    CHECK(f.consents->history(f.familyId).records.isEmpty());
}

TEST_CASE("The Westminster agency list comes from the hub's data", "[consent][agencies]") {
    CHECK(HubAgencies::presetNames().contains(QStringLiteral("westminster")));
    const auto list = HubAgencies::preset(QStringLiteral("westminster"));
    REQUIRE(list);
    CHECK(list.value().agencies().size() == 6);
    CHECK(list.value().reviewMonths() == 12);
    const HubAgency* byOtherName = list.value().find(QStringLiteral("health visiting team"));
    REQUIRE(byOtherName);
    CHECK(byOtherName->key == QLatin1String("clch-health-visiting"));
    CHECK_FALSE(HubAgencies::preset(QStringLiteral("atlantis")));
    const auto duplicate = HubAgencies::fromJson(
        R"({"hub":"x","agencies":[{"id":"a","name":"A"},{"id":"a","name":"B"}]})",
        QStringLiteral("x.json"));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().contains(QStringLiteral("used twice")));
}
