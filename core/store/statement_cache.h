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

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace kith::store
