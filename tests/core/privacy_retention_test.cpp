#include "audit/audit_log.h"
#include "privacy/retention.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using kith::privacy::Retention;
using kith::privacy::RetentionPolicy;
using kith::testing::TempStore;

namespace {

int rowsFor(TempStore& store, const QString& table, const QString& condition, const QString& id) {
    QSqlQuery query(store.database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, condition));
    query.addBindValue(id);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// The sample family's youngest child is due in February 2027: under the default policy
// the record is kept until that child is 25.
const QDate kLongAfter(2055, 1, 1);

} // namespace

TEST_CASE("Retention policies are data, checked field by field", "[privacy]") {
    const auto policy = RetentionPolicy::fromJson(
        R"({"name": "Torbay 2026", "rules": [{"basis": "years_after_last_activity", "years": 7},
            {"basis": "until_youngest_child_age", "years": 21}]})");
    REQUIRE(policy);
    CHECK(policy.value().name == QStringLiteral("Torbay 2026"));
    REQUIRE(policy.value().rules.size() == 2);
    CHECK(policy.value().keepUntil({QDate(2020, 1, 1), QDate(2010, 6, 1)}) == QDate(2031, 6, 1));
    CHECK(policy.value().keepUntil({QDate(2020, 1, 1), {}}) == QDate(2027, 1, 1));

    const auto badYears = RetentionPolicy::fromJson(
        R"({"name": "x", "rules": [{"basis": "years_after_last_activity", "years": "six"}]})");
    REQUIRE_FALSE(badYears);
    CHECK(badYears.error().contains(QStringLiteral("Rule 1: \"years\"")));
    const auto badBasis =
        RetentionPolicy::fromJson(R"({"name": "x", "rules": [{"basis": "forever", "years": 5}]})");
    REQUIRE_FALSE(badBasis);
    CHECK(badBasis.error().contains(QStringLiteral("\"basis\"")));
    CHECK_FALSE(RetentionPolicy::fromJson(R"({"rules": []})"));
    CHECK_FALSE(RetentionPolicy::fromJson("not json"));
}

TEST_CASE("A family is destroyed only on a proposal approved by someone else", "[privacy]") {
    TempStore store;
    const auto created = store.families->createFamily(kith::testing::sampleFamily());
    REQUIRE(created);
    const QString familyId = created.value();
    Retention retention(*store.database, RetentionPolicy::defaults());
    CHECK(retention.keepUntil(familyId) == QDate(2052, 2, 14));

    retention.setActor(QStringLiteral("eh.manager"));
    const auto tooSoon = retention.proposeDestruction(familyId, QDate(2030, 1, 1));
    REQUIRE_FALSE(tooSoon);
    CHECK(tooSoon.error().contains(QStringLiteral("2052-02-14")));
    CHECK(retention.due(QDate(2030, 1, 1)).isEmpty());
    REQUIRE(retention.due(kLongAfter).size() == 1);

    const auto proposed = retention.proposeDestruction(familyId, kLongAfter);
    REQUIRE(proposed);
    // The proposer cannot approve their own proposal.
    const auto self = retention.approveAndDestroy(proposed.value());
    CHECK_FALSE(self);
    CHECK(rowsFor(store, QStringLiteral("family"), QStringLiteral("id = ?"), familyId) == 1);

    retention.setActor(QStringLiteral("dpo.smith"));
    REQUIRE(retention.approveAndDestroy(proposed.value()));
    CHECK(rowsFor(store, QStringLiteral("family"), QStringLiteral("id = ?"), familyId) == 0);
    CHECK(rowsFor(store, QStringLiteral("person"), QStringLiteral("family_id = ?"), familyId) == 0);
    CHECK(rowsFor(store, QStringLiteral("contact_detail"), QStringLiteral("family_id = ?"),
                  familyId) == 0);
    CHECK(rowsFor(store, QStringLiteral("person_search"), QStringLiteral("1 = 1 OR ? IS NULL"),
                  familyId) == 0);
    // Each removal is in the change log for the server, and the destruction is audited.
    CHECK(rowsFor(store, QStringLiteral("change_log"),
                  QStringLiteral("operation = 'delete' AND entity = 'family' AND entity_id = ?"),
                  familyId) == 1);
    CHECK(rowsFor(store, QStringLiteral("change_log"),
                  QStringLiteral("operation = 'delete' AND entity = 'person' AND ? IS NOT NULL"),
                  familyId) == 4);
    kith::audit::AuditLog log(*store.database);
    const auto history = log.history(familyId);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().action == kith::audit::Action::Destroy);
    CHECK(history.first().actor == QStringLiteral("dpo.smith"));
    CHECK(history.first().detail.contains(QStringLiteral("eh.manager")));
    CHECK(retention.review(proposed.value())->decision == QStringLiteral("approved"));
    CHECK(log.verify().intact);
}

TEST_CASE("A family under a legal hold cannot be destroyed", "[privacy]") {
    TempStore store;
    const auto created = store.families->createFamily(kith::testing::sampleFamily());
    REQUIRE(created);
    const QString familyId = created.value();
    Retention retention(*store.database, RetentionPolicy::defaults());
    retention.setActor(QStringLiteral("eh.manager"));
    const auto proposed = retention.proposeDestruction(familyId, kLongAfter);
    REQUIRE(proposed);

    retention.setActor(QStringLiteral("legal.team"));
    CHECK_FALSE(retention.placeHold(familyId, QStringLiteral("  ")));
    const auto hold = retention.placeHold(familyId, QStringLiteral("Court order 2054/17"));
    REQUIRE(hold);
    CHECK(retention.onHold(familyId));
    REQUIRE(retention.due(kLongAfter).size() == 1);
    CHECK(retention.due(kLongAfter).first().onHold);

    retention.setActor(QStringLiteral("dpo.smith"));
    const auto refused = retention.approveAndDestroy(proposed.value());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("legal hold")));
    CHECK(rowsFor(store, QStringLiteral("family"), QStringLiteral("id = ?"), familyId) == 1);
    CHECK_FALSE(retention.proposeDestruction(familyId, kLongAfter));

    REQUIRE(retention.liftHold(hold.value()));
    CHECK_FALSE(retention.onHold(familyId));
    REQUIRE(retention.reject(proposed.value()));
    CHECK(retention.review(proposed.value())->decision == QStringLiteral("rejected"));
    CHECK(rowsFor(store, QStringLiteral("family"), QStringLiteral("id = ?"), familyId) == 1);
    kith::audit::AuditLog log(*store.database);
    int holdEvents = 0;
    for (const auto& event : log.history(familyId))
        holdEvents += event.action == kith::audit::Action::LegalHold ? 1 : 0;
    CHECK(holdEvents == 2);
}
