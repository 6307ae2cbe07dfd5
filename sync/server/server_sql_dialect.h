#pragma once

// The only places where the server's SQL differs between SQLite and PostgreSQL. Everything
// else (including upserts, `INSERT ... ON CONFLICT ... DO UPDATE`) is written once.

#include <QString>
#include <QStringList>

namespace kith::server {

class SqlDialect {
public:
    static SqlDialect sqlite();
    // `schema` (optional) becomes the search path, so that tests can share one database.
    static SqlDialect postgres(const QString& schema);

    bool isPostgres() const { return m_postgres; }
    QString driver() const;
    // A generated 64-bit integer primary key column named `id`.
    QString autoIdColumn() const;
    // Starts a write transaction that takes its lock at once (SQLite: BEGIN IMMEDIATE).
    QString beginStatement() const;
    // Statements run once after connecting (pragmas, search path).
    QStringList afterOpen() const;

private:
    bool m_postgres = false;
    QString m_schema;
};

} // namespace kith::server
