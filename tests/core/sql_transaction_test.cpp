// sql::Transaction nests: an inner one is a savepoint of the outer, so stores compose.
#include "store/sql_support.h"
#include "temp_store.h"

using namespace kith;

namespace {

int rows(const QSqlDatabase& db) {
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM nesting")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

void insert(const QSqlDatabase& db, int value) {
    REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO nesting VALUES (%1)").arg(value)));
}

} // namespace

TEST_CASE("Transactions nest as savepoints and roll back as a whole", "[store]") {
    testing::TempStore store;
    REQUIRE(store.database);
    const QSqlDatabase db = store.database->connection();
    REQUIRE(sql::exec(db, QStringLiteral("CREATE TABLE nesting (value INTEGER)")));

    SECTION("an inner rollback keeps what the outer one wrote") {
        sql::Transaction outer(db);
        REQUIRE(outer.begun());
        insert(db, 1);
        {
            sql::Transaction inner(db);
            REQUIRE(inner.begun());
            insert(db, 2);
        } // not committed: rolled back to its savepoint
        CHECK(rows(db) == 1);
        REQUIRE(outer.commit());
        CHECK(rows(db) == 1);
    }
    SECTION("an outer rollback undoes a committed inner one") {
        {
            sql::Transaction outer(db);
            REQUIRE(outer.begun());
            insert(db, 1);
            sql::Transaction inner(db);
            REQUIRE(inner.begun());
            insert(db, 2);
            REQUIRE(inner.commit());
            CHECK(rows(db) == 2);
        }
        CHECK(rows(db) == 0);
    }
    SECTION("after the outermost ends, the next one is a real transaction again") {
        {
            sql::Transaction first(db);
            REQUIRE(first.begun());
            insert(db, 1);
            REQUIRE(first.commit());
        }
        sql::Transaction second(db);
        REQUIRE(second.begun());
        insert(db, 2);
        REQUIRE(second.commit());
        CHECK(rows(db) == 2);
        CHECK(sql::exec(db, QStringLiteral("COMMIT")).isOk() == false); // nothing left open
    }
}
