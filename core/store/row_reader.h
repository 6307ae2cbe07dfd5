#pragma once

#include "store/entity_fields.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace kith::store {

// One SELECT with one placeholder, prepared once and run many times, its rows handed
// over as Rows. The column names are read once, not on every run: asking QtSql for them
// copies a field description per column, which costs as much as reading a small row.
class RowReader {
public:
    RowReader(const QSqlDatabase& db, const QString& statement)
        : m_query(db) {
        m_query.setForwardOnly(true);
        m_query.prepare(statement);
    }
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    // Runs the statement with `value` bound and calls `take(row)` for every row.
    // False if it could not run (`take` is then called for nothing).
    template <typename Take>
    bool forEach(const QVariant& value, Take take) {
        m_query.bindValue(0, value);
        if (!m_query.exec())
            return false;
        const QStringList& names = columns();
        while (m_query.next())
            take(Row(m_query, names));
        m_query.finish(); // reset now, so that the kept statement holds no read lock
        return true;
    }

private:
    const QStringList& columns() {
        // Migrations run when a store is opened, before any reader exists, so the columns of
        // a kept statement do not change; comparing the count (free to read) is a cheap guard.
        if (m_columns.size() != m_query.record().count())
            m_columns = columnNames(m_query);
        return m_columns;
    }

    QSqlQuery m_query;
    QStringList m_columns;
};

} // namespace kith::store
