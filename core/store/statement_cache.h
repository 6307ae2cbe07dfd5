#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <map>
#include <memory>

namespace kith::store {

// Prepared statements kept for reuse: SQLite parses each statement once per
// connection instead of on every call, which is most of the cost of a small query.
class StatementCache {
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // The prepared query for `statement`, finished from any earlier use.
    QSqlQuery& get(const QString& statement) {
        std::unique_ptr<QSqlQuery>& query = m_statements[statement];
        if (!query) {
            query = std::make_unique<QSqlQuery>(m_db);
            query->setForwardOnly(true);
            query->prepare(statement);
        } else {
            query->finish();
        }
        return *query;
    }

    // Resets every kept statement. A statement read only part way (one row of several, or
    // one row and no look for another) stays active, and an active statement holds its
    // connection's read snapshot open: in WAL mode no checkpoint can pass that snapshot, so
    // the WAL grows without end and every read slows. Call when a unit of work is done.
    void finishAll() {
        for (auto& kept : m_statements)
            kept.second->finish();
    }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace kith::store
