#include "server/server_sql_dialect.h"

namespace kith::server {

SqlDialect SqlDialect::sqlite() {
    return SqlDialect();
}

SqlDialect SqlDialect::postgres(const QString& schema) {
    SqlDialect dialect;
    dialect.m_postgres = true;
    dialect.m_schema = schema;
    return dialect;
}

QString SqlDialect::driver() const {
    return m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::autoIdColumn() const {
    return m_postgres ? QStringLiteral("id BIGSERIAL PRIMARY KEY")
                      : QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqlDialect::beginStatement() const {
    return m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QStringList SqlDialect::afterOpen() const {
    if (m_postgres) {
        QStringList statements{QStringLiteral("SET client_min_messages TO WARNING")};
        if (!m_schema.isEmpty()) {
            // The schema name was checked to be a plain identifier when the URL was read.
            statements << QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(m_schema)
                       << QStringLiteral("SET search_path TO %1").arg(m_schema);
        }
        return statements;
    }
    return {QStringLiteral("PRAGMA journal_mode = WAL"),
            // Every commit reaches the disk before the answer goes: a laptop marks a push as
            // done when answered, so a push the server lost in a power cut would be lost for
            // good (NORMAL, in WAL mode, can undo the last commits when the machine stops).
            QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA busy_timeout = 5000"),
            // A first sync touches every page of `records` and its indexes, in no order (ids
            // are random): with SQLite's default 2 MiB cache the server read pages back from
            // the OS on almost every row. Pages are mapped instead of copied, and a larger
            // cache holds the pages being written.
            QStringLiteral("PRAGMA cache_size = -131072"),
            QStringLiteral("PRAGMA mmap_size = 4294967296"),
            // Checkpoints every 64 MiB of WAL rather than 4: a page written by many pushes
            // in a row is copied back to the database once instead of each time.
            QStringLiteral("PRAGMA wal_autocheckpoint = 16384")};
}

} // namespace kith::server
