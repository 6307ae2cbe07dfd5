#include "store/sql_support.h"

#include <QHash>
#include <QMutex>
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

namespace {

// How deep each connection is in Transactions. A connection belongs to one thread, but
// several threads have connections, hence the lock.
QMutex depthLock;
QHash<QString, int> depthOf;

QString savepointName(int depth) {
    return QStringLiteral("kith_nested_%1").arg(depth);
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    {
        QMutexLocker locked(&depthLock);
        m_depth = ++depthOf[m_db.connectionName()];
    }
    m_begun = exec(m_db, m_depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                      : QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    m_open = m_begun.isOk();
    if (!m_open)
        leave();
}

Transaction::~Transaction() {
    if (m_open) {
        if (m_depth == 1) {
            exec(m_db, QStringLiteral("ROLLBACK"));
        } else {
            exec(m_db, QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
            exec(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth));
        }
        leave();
    }
}

void Transaction::leave() {
    QMutexLocker locked(&depthLock);
    if (--depthOf[m_db.connectionName()] <= 0)
        depthOf.remove(m_db.connectionName());
}

Status Transaction::commit() {
    if (!m_open)
        return m_begun.isOk() ? Status::fail(QStringLiteral("transaction already ended")) : m_begun;
    Status committed =
        exec(m_db, m_depth == 1 ? QStringLiteral("COMMIT")
                                : QStringLiteral("RELEASE ") + savepointName(m_depth));
    if (committed) {
        m_open = false;
        leave();
    }
    return committed;
}

} // namespace kith::sql
