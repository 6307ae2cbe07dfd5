#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace kith::sql {

// Runs one statement; the message names the statement's first words, never its data.
Status exec(const QSqlDatabase& db, const QString& statement);
Status exec(QSqlQuery& query);
// A message for a failed query that is safe to show and log (no bound values).
QString describeFailure(const QSqlQuery& query);

// Dates and times are stored as ISO 8601 text; an empty value is stored as NULL.
QVariant fromDate(const QDate& date);
QVariant fromDateTime(const QDateTime& dateTime);
QVariant fromText(const QString& text);
QDate toDate(const QVariant& value);
QDateTime toDateTime(const QVariant& value);

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeds. Immediate so that
// a writer takes the lock at the start and never fails half-way with SQLITE_BUSY.
// Inside another Transaction on the same connection it is a savepoint instead, so that
// stores compose: a meeting that names the lead professional writes the family's lead
// professional record and its own in one transaction, or neither.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    void leave();

    QSqlDatabase m_db;
    int m_depth = 0; // 1 for the outermost transaction of the connection
    Status m_begun = okStatus();
    bool m_open = false;
};

} // namespace kith::sql
