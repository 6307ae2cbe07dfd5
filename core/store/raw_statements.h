#pragma once

// Statements run through SQLite's own interface on a QtSql connection, for the path that
// writes hundreds of thousands of rows (a first pull). QtSql passes every bound value through
// a QVariant and a placeholder name made for it; bound here straight from the pulled JSON,
// a first pull's CPU fell by about 5 % (docs/decisions/0010, session 6).
// Shares the connection, and so its transaction, with the QtSql statements around it.

#include "util/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <map>

struct sqlite3;
struct sqlite3_stmt;

namespace kith::store {

// One prepared statement: bind by position (from 1), then step.
class RawStatement {
public:
    explicit RawStatement(sqlite3_stmt* statement)
        : m_statement(statement) {}

    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindDouble(int index, double value);
    // Copied by SQLite, so `value` need not outlive the call.
    void bindText(int index, const QString& value);
    void bindBlob(int index, const QByteArray& value);
    // Runs a statement that returns no rows, then resets it for the next use.
    Status run();

private:
    sqlite3_stmt* m_statement;
};

// Prepared statements by text, kept for the life of the cache, which must not outlive the
// connection. Only for a SQLite connection.
class RawStatements {
public:
    explicit RawStatements(const QSqlDatabase& db);
    ~RawStatements();
    RawStatements(const RawStatements&) = delete;
    RawStatements& operator=(const RawStatements&) = delete;

    // The statement for `sql`, reset and with its values cleared; fails when it does not
    // prepare (the message says why).
    Result<RawStatement> get(const QString& sql);

private:
    sqlite3* m_db = nullptr;
    std::map<QString, sqlite3_stmt*> m_statements;
};

} // namespace kith::store
