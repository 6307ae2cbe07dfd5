#pragma once

#include "store/statement_cache.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace kith::sync {

// What the engine needs to know about the store's synced tables, read from the schema
// itself so that a table or column added by a later schema step syncs with no change here:
// which columns travel (not `local_id`, `local_*`, nor the audit log's own chain
// bookkeeping), which tables are append-only, and which family a row belongs to.
class LocalTables {
public:
    explicit LocalTables(QSqlDatabase db);

    bool exists(const QString& table);
    // The columns that sync, in table order; empty when there is no such table.
    const QStringList& syncedColumns(const QString& table);
    // Append-only tables refuse updates by trigger (journey records, the audit log).
    bool isAppendOnly(const QString& table);
    static bool isHubWide(const QString& table);

    // The row as it would travel: synced columns, wire values. Nothing when it is gone.
    std::optional<QJsonObject> readRow(const QString& table, const QString& id);
    // Several rows of one table at once, by id; ids not found are absent.
    QHash<QString, QJsonObject> readRows(const QString& table, const QStringList& ids);
    // The family a row belongs to (empty for hub-wide rows and when it cannot be told).
    QString familyOf(const QString& table, const QJsonObject& row);

private:
    QSqlDatabase m_db;
    store::StatementCache m_statements;
    QHash<QString, QStringList> m_columns;
    QHash<QString, bool> m_appendOnly;
};

} // namespace kith::sync
