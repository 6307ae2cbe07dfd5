#include "store/record_writer.h"

#include "store/sql_support.h"
#include "util/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace kith::store {

RecordWriter::RecordWriter(QSqlDatabase db, const Clock& clock, QString deviceId)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_actor(QStringLiteral("local user"))
    , m_statements(m_db)
    , m_audit(m_db, m_clock, m_deviceId) {}

Result<qint64> RecordWriter::insert(const QString& table, const QVariantMap& fields) {
    const QStringList columns = fields.keys();
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table, columns.join(u','),
                                       QStringList(columns.size(), QStringLiteral("?")).join(u','));
    QSqlQuery& query = m_statements.get(statement);
    int position = 0;
    for (const QVariant& value : fields)
        query.bindValue(position++, value);
    if (Status done = sql::exec(query); !done)
        return Result<qint64>::fail(done.error());
    const qint64 rowId = query.lastInsertId().toLongLong();
    const QString id = fields.value(QStringLiteral("id")).toString();
    if (Status logged = log(table, id, "insert", {}); !logged)
        return Result<qint64>::fail(logged.error());
    if (Status audited = m_audit.recordChange(table, id, "insert", fields, m_actor); !audited)
        return Result<qint64>::fail(audited.error());
    return Result<qint64>::ok(rowId);
}

Status RecordWriter::update(const QString& table, const QString& id, const QVariantMap& changed) {
    if (changed.isEmpty())
        return okStatus();
    QStringList assignments;
    for (const QString& column : changed.keys())
        assignments.append(column + QStringLiteral(" = ?"));
    const QString statement =
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(u','));
    QSqlQuery& query = m_statements.get(statement);
    int position = 0;
    for (const QVariant& value : changed)
        query.bindValue(position++, value);
    query.bindValue(position, id);
    if (Status done = sql::exec(query); !done)
        return done;
    if (query.numRowsAffected() != 1)
        return Status::fail(QStringLiteral("no %1 record with that id").arg(table));
    if (Status logged = log(table, id, "update", changed.keys()); !logged)
        return logged;
    return m_audit.recordChange(table, id, "update", changed, m_actor);
}

Status RecordWriter::remove(const QString& table, const QString& id) {
    // Audited first, while the row can still say which family it belonged to.
    if (Status audited = m_audit.recordChange(table, id, "delete", {}, m_actor); !audited)
        return audited;
    QSqlQuery& query = m_statements.get(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.bindValue(0, id);
    if (Status done = sql::exec(query); !done)
        return done;
    if (query.numRowsAffected() != 1)
        return Status::fail(QStringLiteral("no %1 record with that id").arg(table));
    return log(table, id, "delete", {});
}

Status RecordWriter::log(const QString& table, const QString& id, const char* operation,
                         const QStringList& changedColumns) {
    QSqlQuery& query = m_statements.get(QStringLiteral(
        "INSERT INTO change_log (mutation_id, entity, entity_id, operation, fields, changed_at, "
        "changed_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, newId());
    query.bindValue(1, table);
    query.bindValue(2, id);
    query.bindValue(3, QString::fromLatin1(operation));
    query.bindValue(4, changedColumns.isEmpty()
                           ? QVariant()
                           : QVariant(QString::fromUtf8(
                                 QJsonDocument(QJsonArray::fromStringList(changedColumns))
                                     .toJson(QJsonDocument::Compact))));
    query.bindValue(5, sql::fromDateTime(m_clock.nowUtc()));
    query.bindValue(6, m_actor);
    query.bindValue(7, m_deviceId);
    return sql::exec(query);
}

} // namespace kith::store
