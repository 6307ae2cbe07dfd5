#include "client/local_tables.h"

#include "protocol/wire.h"
#include "store/sql_support.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kith::sync {
namespace {

bool isLocalColumn(const QString& table, const QString& column) {
    if (column.startsWith(QLatin1String("local_")))
        return true;
    // The audit log's position in this device's hash chain, and when this device sent it.
    return table == QLatin1String("audit_event") &&
           (column == QLatin1String("seq") || column == QLatin1String("synced_at"));
}

} // namespace

LocalTables::LocalTables(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db) {}

bool LocalTables::exists(const QString& table) {
    return !syncedColumns(table).isEmpty();
}

const QStringList& LocalTables::syncedColumns(const QString& table) {
    auto found = m_columns.find(table);
    if (found != m_columns.end())
        return *found;
    QStringList columns;
    // Table names come from the change log or the server: only plain names reach PRAGMA.
    const bool plain = std::all_of(table.begin(), table.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
    if (plain && !table.isEmpty() && !table.startsWith(QLatin1String("sqlite_"))) {
        QSqlQuery info(m_db);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        bool hasId = false;
        QStringList all;
        while (info.next()) {
            const QString column = info.value(1).toString();
            hasId = hasId || column == QLatin1String("id");
            if (!isLocalColumn(table, column))
                all.append(column);
        }
        if (hasId)
            columns = all;
    }
    return *m_columns.insert(table, columns);
}

bool LocalTables::isAppendOnly(const QString& table) {
    auto found = m_appendOnly.find(table);
    if (found != m_appendOnly.end())
        return *found;
    // Append-only tables have a trigger that refuses every update (no WHEN clause); tables
    // whose trigger refuses only some changes stay updatable.
    static const QRegularExpression refusesEveryUpdate(
        QStringLiteral(R"(BEFORE\s+UPDATE\s+ON\s+\w+\s+BEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT)"),
        QRegularExpression::CaseInsensitiveOption);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                 "tbl_name = ?"));
    query.addBindValue(table);
    bool appendOnly = table == QLatin1String("audit_event");
    if (query.exec()) {
        while (query.next())
            appendOnly =
                appendOnly || refusesEveryUpdate.match(query.value(0).toString()).hasMatch();
    }
    return *m_appendOnly.insert(table, appendOnly);
}

bool LocalTables::isHubWide(const QString& table) {
    return table == QLatin1String("agency") || table == QLatin1String("professional");
}

std::optional<QJsonObject> LocalTables::readRow(const QString& table, const QString& id) {
    const QStringList& columns = syncedColumns(table);
    if (columns.isEmpty())
        return std::nullopt;
    QSqlQuery& query = m_statements.get(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(u','), table));
    query.bindValue(0, id);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    QJsonObject row;
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), toWireValue(query.value(i)));
    query.finish();
    return row;
}

QHash<QString, QJsonObject> LocalTables::readRows(const QString& table, const QStringList& ids) {
    QHash<QString, QJsonObject> rows;
    const QStringList& columns = syncedColumns(table);
    const qsizetype idColumn = columns.indexOf(QStringLiteral("id"));
    if (idColumn < 0)
        return rows;
    constexpr qsizetype chunk = 400; // well under SQLite's limit on bound values
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const qsizetype count = std::min(chunk, ids.size() - from);
        QStringList marks(count, QStringLiteral("?"));
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)")
                          .arg(columns.join(u','), table, marks.join(u',')));
        for (qsizetype i = 0; i < count; ++i)
            query.addBindValue(ids.at(from + i));
        if (!sql::exec(query))
            return rows;
        while (query.next()) {
            QJsonObject row;
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns.at(i), toWireValue(query.value(i)));
            rows.insert(query.value(static_cast<int>(idColumn)).toString(), row);
        }
    }
    return rows;
}

QString LocalTables::familyOf(const QString& table, const QJsonObject& row) {
    if (isHubWide(table))
        return {};
    if (table == QLatin1String("family"))
        return row.value(QStringLiteral("id")).toString();
    if (row.contains(QStringLiteral("family_id")))
        return row.value(QStringLiteral("family_id")).toString();
    // Rows that hang off a person (other names) belong to the person's family.
    const QString personId = row.value(QStringLiteral("person_id")).toString();
    if (personId.isEmpty())
        return {};
    QSqlQuery& query =
        m_statements.get(QStringLiteral("SELECT family_id FROM person WHERE id = ?"));
    query.bindValue(0, personId);
    if (!sql::exec(query) || !query.next())
        return {};
    const QString family = query.value(0).toString();
    query.finish();
    return family;
}

} // namespace kith::sync
