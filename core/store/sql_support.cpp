#include "store/sql_support.h"

#include <QSqlError>

namespace kith::sql {

QString describeFailure(const QSqlQuery& query) {
    const QString statement = query.lastQuery().simplified().section(u' ', 0, 2);
    return QStringLiteral("%1 (%2...)").arg(query.lastError().databaseText(), statement);
}

Status exec(QSqlQuery& query) {
    if (!query.exec())
        return Status::fail(describeFailure(query));
    return okStatus();
}

Status exec(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    if (!query.exec(statement))
        return Status::fail(describeFailure(query));
    return okStatus();
}

QVariant fromDate(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant fromDateTime(const QDateTime& dateTime) {
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant fromText(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDate toDate(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toDateTime(const QVariant& value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_begun(exec(m_db, QStringLiteral("BEGIN IMMEDIATE"))) {
    m_open = m_begun.isOk();
}

Transaction::~Transaction() {
    if (m_open)
        exec(m_db, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit() {
    if (!m_open)
        return m_begun.isOk() ? Status::fail(QStringLiteral("transaction already ended")) : m_begun;
    Status committed = exec(m_db, QStringLiteral("COMMIT"));
    if (committed)
        m_open = false;
    return committed;
}

} // namespace kith::sql
