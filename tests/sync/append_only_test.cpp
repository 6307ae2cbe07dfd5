// The server learns which records are kept as written from one list in the protocol; the
// client learns it from the store's triggers. They must agree, or the server would accept
// an edit that every laptop refuses to apply (or refuse one the laptops allow).
#include "client/local_tables.h"
#include "protocol/append_only_entities.h"
#include "temp_store.h"

#include <QSqlQuery>

using namespace kith;

TEST_CASE("The protocol list of append-only records matches the store triggers", "[sync]") {
    testing::TempStore store;
    REQUIRE(store.database);
    sync::LocalTables tables(store.database->connection());

    QSqlQuery query(store.database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%'")));
    QStringList appendOnlyByTrigger;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (!tables.syncedColumns(table).isEmpty() && tables.isAppendOnly(table))
            appendOnlyByTrigger << table;
    }
    QStringList listed = sync::appendOnlyEntities();
    appendOnlyByTrigger.sort();
    listed.sort();
    CHECK(appendOnlyByTrigger.join(u' ').toStdString() == listed.join(u' ').toStdString());
    CHECK(listed.size() >= 14);
}
