#include "client/sync_state_store.h"

#include "store/multi_row.h"
#include "store/sql_support.h"

namespace kith::sync {

SyncStateStore::SyncStateStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db) {}

QVariant SyncStateStore::single(const QString& statement) {
    QSqlQuery& query = m_statements.get(statement);
    if (!sql::exec(query) || !query.next())
        return {};
    QVariant value = query.value(0);
    query.finish();
    return value;
}

qint64 SyncStateStore::cursor() {
    return single(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")).toLongLong();
}

Status SyncStateStore::setCursor(qint64 cursor) {
    QSqlQuery& query =
        m_statements.get(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"));
    query.bindValue(0, cursor);
    return sql::exec(query);
}

Hlc SyncStateStore::lastHlc() {
    return Hlc::parse(single(QStringLiteral("SELECT hlc FROM sync_state WHERE id = 1")).toString())
        .value_or(Hlc{});
}

Status SyncStateStore::saveHlc(const Hlc& stamp) {
    QSqlQuery& query =
        m_statements.get(QStringLiteral("UPDATE sync_state SET hlc = ? WHERE id = 1"));
    query.bindValue(0, stamp.toString());
    return sql::exec(query);
}

QString SyncStateStore::server() {
    return single(QStringLiteral("SELECT server FROM sync_state WHERE id = 1")).toString();
}

QString SyncStateStore::account() {
    return single(QStringLiteral("SELECT account FROM sync_state WHERE id = 1")).toString();
}

Status SyncStateStore::setServerAndAccount(const QString& server, const QString& account) {
    QSqlQuery& query = m_statements.get(
        QStringLiteral("UPDATE sync_state SET server = ?, account = ? WHERE id = 1"));
    query.bindValue(0, server);
    query.bindValue(1, account);
    return sql::exec(query);
}

QString SyncStateStore::accountRole() {
    return single(QStringLiteral("SELECT account_role FROM sync_state WHERE id = 1")).toString();
}

Status SyncStateStore::setAccountRole(const QString& role) {
    QSqlQuery& query =
        m_statements.get(QStringLiteral("UPDATE sync_state SET account_role = ? WHERE id = 1"));
    query.bindValue(0, role);
    return sql::exec(query);
}

Status SyncStateStore::recordSyncFinished(const QDateTime& at, const QString& error) {
    QSqlQuery& query = m_statements.get(QStringLiteral(
        "UPDATE sync_state SET last_synced_at = coalesce(?, last_synced_at), last_error = ? "
        "WHERE id = 1"));
    query.bindValue(0, error.isEmpty() ? sql::fromDateTime(at) : QVariant());
    query.bindValue(1, sql::fromText(error));
    return sql::exec(query);
}

QDateTime SyncStateStore::lastSyncedAt() {
    return sql::toDateTime(
        single(QStringLiteral("SELECT last_synced_at FROM sync_state WHERE id = 1")));
}

qint64 SyncStateStore::baseVersion(const QString& entity, const QString& id) {
    QSqlQuery& query = m_statements.get(
        QStringLiteral("SELECT version FROM sync_row WHERE entity = ? AND entity_id = ?"));
    query.bindValue(0, entity);
    query.bindValue(1, id);
    if (!sql::exec(query) || !query.next())
        return 0;
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    return version;
}

std::optional<QString> SyncStateStore::knownFamily(const QString& entity, const QString& id) {
    QSqlQuery& query = m_statements.get(
        QStringLiteral("SELECT family_id FROM sync_row WHERE entity = ? AND entity_id = ?"));
    query.bindValue(0, entity);
    query.bindValue(1, id);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    const QString family = query.value(0).toString();
    query.finish();
    return family;
}

Status SyncStateStore::setBase(const QString& entity, const QString& id, const QString& familyId,
                               qint64 version) {
    QSqlQuery& query = m_statements.get(QStringLiteral(
        "INSERT INTO sync_row (entity, entity_id, family_id, version) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity, entity_id) DO UPDATE SET family_id = excluded.family_id, "
        "version = excluded.version"));
    query.bindValue(0, entity);
    query.bindValue(1, id);
    query.bindValue(2, sql::fromText(familyId));
    query.bindValue(3, version);
    return sql::exec(query);
}

Status SyncStateStore::noteFamily(const QString& entity, const QString& id,
                                  const QString& familyId) {
    QSqlQuery& query = m_statements.get(QStringLiteral(
        "INSERT INTO sync_row (entity, entity_id, family_id, version) VALUES (?, ?, ?, 0) "
        "ON CONFLICT (entity, entity_id) DO UPDATE SET family_id = excluded.family_id"));
    query.bindValue(0, entity);
    query.bindValue(1, id);
    query.bindValue(2, sql::fromText(familyId));
    return sql::exec(query);
}

Status SyncStateStore::setBases(const QList<RowBase>& rows) {
    return upsertRows(rows, true);
}

Status SyncStateStore::noteFamilies(const QList<RowBase>& rows) {
    return upsertRows(rows, false);
}

Status SyncStateStore::upsertRows(const QList<RowBase>& rows, bool withVersion) {
    Status status = okStatus();
    store::forEachRowChunk(rows.size(), [&](qsizetype start, int size) {
        QSqlQuery& query = m_statements.get(
            QStringLiteral("INSERT INTO sync_row (entity, entity_id, family_id, version) VALUES "
                           "%1 ON CONFLICT (entity, entity_id) DO UPDATE SET family_id = "
                           "excluded.family_id%2")
                .arg(store::placeholderRows(size, 4),
                     withVersion ? QStringLiteral(", version = excluded.version") : QString()));
        int at = 0;
        for (qsizetype i = start; i < start + size; ++i) {
            const RowBase& row = rows.at(i);
            query.bindValue(at++, row.entity);
            query.bindValue(at++, row.id);
            query.bindValue(at++, sql::fromText(row.familyId));
            query.bindValue(at++, withVersion ? row.version : 0);
        }
        status = sql::exec(query);
        return static_cast<bool>(status);
    });
    return status;
}

Status SyncStateStore::forgetRow(const QString& entity, const QString& id) {
    QSqlQuery& query =
        m_statements.get(QStringLiteral("DELETE FROM sync_row WHERE entity = ? AND entity_id = ?"));
    query.bindValue(0, entity);
    query.bindValue(1, id);
    return sql::exec(query);
}

Status SyncStateStore::addRejected(const RejectedChange& change) {
    QSqlQuery& query = m_statements.get(QStringLiteral(
        "INSERT OR REPLACE INTO sync_rejected (mutation_id, entity, entity_id, family_id, "
        "operation, fields, reason, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, change.mutationId);
    query.bindValue(1, change.entity);
    query.bindValue(2, change.entityId);
    query.bindValue(3, sql::fromText(change.familyId));
    query.bindValue(4, change.operation);
    query.bindValue(5, sql::fromText(change.fields));
    query.bindValue(6, change.reason);
    query.bindValue(7, sql::fromDateTime(change.rejectedAt));
    return sql::exec(query);
}

QList<RejectedChange> SyncStateStore::rejected() {
    QList<RejectedChange> list;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT mutation_id, entity, entity_id, family_id, operation, "
                              "fields, reason, rejected_at FROM sync_rejected "
                              "ORDER BY rejected_at, mutation_id"));
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), sql::toDateTime(query.value(7))});
    return list;
}

int SyncStateStore::rejectedCount() {
    return single(QStringLiteral("SELECT count(*) FROM sync_rejected")).toInt();
}

Status SyncStateStore::dismissRejected(const QString& mutationId) {
    QSqlQuery& query =
        m_statements.get(QStringLiteral("DELETE FROM sync_rejected WHERE mutation_id = ?"));
    query.bindValue(0, mutationId);
    if (Status done = sql::exec(query); !done)
        return done;
    if (query.numRowsAffected() != 1)
        return Status::fail(QStringLiteral("no refused change %1 to dismiss").arg(mutationId));
    return okStatus();
}

Status SyncStateStore::addPendingConflict(const QString& conflictId, const QString& entity,
                                          const QString& entityId) {
    QSqlQuery& query = m_statements.get(QStringLiteral(
        "INSERT OR IGNORE INTO sync_pending_conflict (id, entity, entity_id) VALUES (?, ?, ?)"));
    query.bindValue(0, conflictId);
    query.bindValue(1, entity);
    query.bindValue(2, entityId);
    return sql::exec(query);
}

bool SyncStateStore::takePendingConflict(const QString& conflictId) {
    QSqlQuery& query =
        m_statements.get(QStringLiteral("DELETE FROM sync_pending_conflict WHERE id = ?"));
    query.bindValue(0, conflictId);
    return sql::exec(query) && query.numRowsAffected() == 1;
}

} // namespace kith::sync
