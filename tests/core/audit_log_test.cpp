#include "audit/audit_log.h"
#include "store/sql_support.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using kith::audit::Action;
using kith::audit::AuditEvent;
using kith::audit::AuditLog;
using kith::testing::TempStore;

namespace {

int count(TempStore& store, const QString& statement) {
    QSqlQuery query(store.database->connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("Every action has a stored name that reads back", "[audit]") {
    for (Action action :
         {Action::View, Action::Search, Action::Change, Action::Export, Action::Print,
          Action::Share, Action::Destroy, Action::LegalHold, Action::RetentionReview, Action::Lock,
          Action::Unlock, Action::UnlockFailed, Action::PrivacyScreen}) {
        const QString name = kith::audit::actionName(action);
        CHECK_FALSE(name.isEmpty());
        CHECK(kith::audit::actionFromName(name) == action);
    }
    CHECK_FALSE(kith::audit::actionFromName(QStringLiteral("peek")).has_value());
}

TEST_CASE("Each audit event goes into the change log so that it syncs", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    const auto stored = log.record({0,
                                    {},
                                    {},
                                    {},
                                    {},
                                    Action::Print,
                                    QStringLiteral("f1"),
                                    {},
                                    {},
                                    {},
                                    QStringLiteral("family summary"),
                                    {},
                                    {}});
    REQUIRE(stored);
    QSqlQuery query(store.database->connection());
    query.prepare(QStringLiteral("SELECT operation, changed_by FROM change_log WHERE entity = "
                                 "'audit_event' AND entity_id = ?"));
    query.addBindValue(stored.value().id);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("insert"));
    CHECK(query.value(1).toString() == log.actor());
}

TEST_CASE("An audit event inside a transaction that rolls back leaves nothing", "[audit]") {
    TempStore store;
    AuditLog log(*store.database);
    {
        kith::sql::Transaction transaction(store.database->connection());
        REQUIRE(transaction.begun());
        REQUIRE(log.recordView(QStringLiteral("f1")));
    } // rolled back
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM audit_event")) == 0);
    CHECK(count(store, QStringLiteral("SELECT count(*) FROM change_log")) == 0);
    CHECK(log.verify().intact);
}

TEST_CASE("Changes to a family are audited with who, which family and when", "[audit]") {
    TempStore store;
    store.families->setActor(QStringLiteral("hv.jones"));
    const auto created = store.families->createFamily(kith::testing::sampleFamily());
    REQUIRE(created);
    const QString familyId = created.value();
    store.clock.advanceSeconds(60);
    REQUIRE(store.families->renameFamily(familyId, QStringLiteral("Khan-Hussain family")));

    AuditLog log(*store.database);
    const auto history = log.history(familyId);
    REQUIRE(history.size() == 2);
    // Newest first: the rename, then the creation with every part counted.
    CHECK(history.at(0).action == Action::Change);
    CHECK(history.at(0).entity == QStringLiteral("family"));
    CHECK(history.at(0).detail == QStringLiteral("update family 1"));
    CHECK(history.at(0).occurredAt == store.clock.nowUtc());
    CHECK(history.at(1).actor == QStringLiteral("hv.jones"));
    CHECK(history.at(1).detail.startsWith(QStringLiteral("insert family 1, insert person 4")));
    CHECK(history.at(1).detail.contains(QStringLiteral("insert contact_detail 2")));
    // No values, only table and column names: the log holds no personal data.
    for (const AuditEvent& event : history)
        CHECK_FALSE(event.detail.contains(QStringLiteral("Khan")));
    CHECK(log.verify().intact);
}

TEST_CASE("A change to one person names that person", "[audit]") {
    TempStore store;
    const auto created = store.families->createFamily(kith::testing::sampleFamily());
    REQUIRE(created);
    auto record = store.families->loadFamily(created.value());
    REQUIRE(record);
    kith::Person mother = *record->person(QStringLiteral("6f1f4ad5-3f53-4c1d-9e58-2b7b0f7a0001"));
    mother.preferredName = QStringLiteral("Ami");
    REQUIRE(store.families->updatePerson(mother));
    AuditLog log(*store.database);
    const auto events = log.historyOfPerson(mother.id);
    REQUIRE(events.size() == 1);
    CHECK(events.first().familyId == created.value());
    CHECK(events.first().action == Action::Change);
}

TEST_CASE("A manager's history of a family lists views, exports and changes", "[audit]") {
    TempStore store;
    const auto created = store.families->createFamily(kith::testing::sampleFamily());
    REQUIRE(created);
    AuditLog log(*store.database);
    log.setActor(QStringLiteral("sn.patel"));
    REQUIRE(log.recordView(created.value()));
    REQUIRE(log.recordView(QStringLiteral("another-family")));
    REQUIRE(log.record({0,
                        {},
                        {},
                        {},
                        {},
                        Action::Share,
                        created.value(),
                        {},
                        {},
                        {},
                        QStringLiteral("agency"),
                        {},
                        {}}));
    const auto history = log.history(created.value());
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).action == Action::Share);
    CHECK(history.at(1).action == Action::View);
    CHECK(history.at(1).actor == QStringLiteral("sn.patel"));
    CHECK(history.at(2).action == Action::Change);
    CHECK(log.history(created.value(), 1).size() == 1);
}
