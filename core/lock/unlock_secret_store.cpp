#include "lock/unlock_secret_store.h"

#include "store/database.h"
#include "store/sql_support.h"

#include <QSqlQuery>

namespace kith::lock {
namespace {

const QString kSecretKey = QStringLiteral("unlock_secret");
const QString kFailuresKey = QStringLiteral("unlock_failures");

} // namespace

UnlockSecretStore::UnlockSecretStore(const Database& database)
    : m_database(database) {}

QByteArray UnlockSecretStore::secretHash() const {
    return value(kSecretKey).toLatin1();
}

Status UnlockSecretStore::saveSecretHash(const QByteArray& hash) {
    return setValue(kSecretKey, QString::fromLatin1(hash));
}

// Stored as "count|when" (ISO 8601, UTC); anything unreadable counts as no failures
// rather than locking someone out for good.
UnlockBackoff::State UnlockSecretStore::failures() const {
    const QStringList parts = value(kFailuresKey).split(QLatin1Char('|'));
    if (parts.size() != 2)
        return {};
    bool valid = false;
    const int count = parts.at(0).toInt(&valid);
    const QDateTime when = sql::toDateTime(parts.at(1));
    if (!valid || count < 0 || !when.isValid())
        return {};
    return {count, when};
}

Status UnlockSecretStore::saveFailures(const UnlockBackoff::State& state) {
    const QString text = state.failures == 0
                             ? QStringLiteral("0|")
                             : QStringLiteral("%1|%2")
                                   .arg(state.failures)
                                   .arg(sql::fromDateTime(state.lastFailureUtc).toString());
    return setValue(kFailuresKey, text);
}

QString UnlockSecretStore::value(const QString& key) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status UnlockSecretStore::setValue(const QString& key, const QString& value) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return sql::exec(query);
}

} // namespace kith::lock
