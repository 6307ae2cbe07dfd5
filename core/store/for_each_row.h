#pragma once

#include "store/entity_fields.h"

#include <QSqlQuery>

namespace kith::store {

// Runs a query bound to one id and calls `each` with every row (read by column name).
// A failed query calls `each` for nothing: readers show what there is.
template <typename Each>
void forEachRow(const QSqlDatabase& db, const QString& statement, const QString& id, Each each) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    query.addBindValue(id);
    if (!query.exec())
        return;
    const QStringList columns = columnNames(query);
    while (query.next())
        each(Row(query, columns));
}

} // namespace kith::store
