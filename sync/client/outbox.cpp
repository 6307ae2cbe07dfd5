#include "client/outbox.h"

#include "client/chunked_update.h"
#include "store/sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kith::sync {
namespace {

struct Entry {
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString entityId;
    QString operation;
    QStringList fields;
    QDateTime changedAt;
    QString changedBy;
};

QStringList fieldList(const QVariant& stored) {
    QStringList fields;
    for (const QJsonValue& field : QJsonDocument::fromJson(stored.toString().toUtf8()).array())
        fields.append(field.toString());
    return fields;
}

// Every outbox entry of one row, in order.
struct RowEntries {
    QList<Entry> entries;
    bool inserted() const {
        return std::any_of(entries.begin(), entries.end(),
                           [](const Entry& e) { return e.operation == QLatin1String("insert"); });
    }
    bool deleted() const {
        return std::any_of(entries.begin(), entries.end(),
                           [](const Entry& e) { return e.operation == QLatin1String("delete"); });
    }
};

} // namespace

Outbox::Outbox(QSqlDatabase db, LocalTables& tables, SyncStateStore& state)
    : m_db(std::move(db))
    , m_tables(tables)
    , m_state(state)
    , m_statements(m_db) {}

Result<OutboxBatch> Outbox::nextBatch(int maxChanges, HlcClock& hlc, const Clock& clock,
                                      qint64 after) {
    using R = Result<OutboxBatch>;
    QSqlQuery& query = m_statements.get(QStringLiteral(
        "SELECT seq, mutation_id, entity, entity_id, operation, fields, changed_at, changed_by "
        "FROM change_log WHERE pushed_at IS NULL AND seq > ? ORDER BY seq LIMIT ?"));
    query.bindValue(0, after);
    // Enough entries for a full push even when several fall on one row.
    query.bindValue(1, maxChanges * 4);
    if (Status ran = sql::exec(query); !ran)
        return R::fail(ran.error());
    QList<QPair<QString, QString>> order;
    QHash<QPair<QString, QString>, RowEntries> rows;
    qint64 lastSeq = after;
    while (query.next()) {
        Entry entry{query.value(0).toLongLong(),     query.value(1).toString(),
                    query.value(2).toString(),       query.value(3).toString(),
                    query.value(4).toString(),       fieldList(query.value(5)),
                    sql::toDateTime(query.value(6)), query.value(7).toString()};
        const QPair<QString, QString> key{entry.entity, entry.entityId};
        auto found = rows.find(key);
        if (found == rows.end()) {
            if (order.size() >= maxChanges)
                break;
            order.append(key);
            found = rows.insert(key, {});
        }
        lastSeq = entry.seq;
        found->entries.append(std::move(entry));
    }
    query.finish();

    // The rows as they are now, read a table at a time rather than one by one.
    QHash<QString, QStringList> idsByTable;
    for (const auto& key : std::as_const(order))
        idsByTable[key.first].append(key.second);
    QHash<QString, QHash<QString, QJsonObject>> currentRows;
    for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it)
        currentRows.insert(it.key(), m_tables.readRows(it.key(), it.value()));

    OutboxBatch batch;
    batch.lastSeq = lastSeq;
    for (const auto& key : std::as_const(order)) {
        const RowEntries& row = rows[key];
        QList<qint64> seqs;
        for (const Entry& entry : row.entries)
            seqs.append(entry.seq);
        const Entry& latest = row.entries.last();
        const auto& tableRows = currentRows[key.first];
        const auto found = tableRows.constFind(key.second);
        const std::optional<QJsonObject> current =
            found == tableRows.cend() ? std::nullopt : std::optional<QJsonObject>(*found);

        PushChange change;
        change.mutationId = latest.mutationId;
        change.entity = key.first;
        change.id = key.second;
        change.changedAt = latest.changedAt;
        change.changedBy = latest.changedBy;
        if (current && row.inserted()) {
            change.op = ChangeOp::Insert; // base 0: a row this store made
            change.fields = *current;
        } else if (current && !row.deleted()) {
            change.op = ChangeOp::Update;
            change.base = m_state.baseVersion(key.first, key.second);
            for (const Entry& entry : row.entries) {
                for (const QString& field : entry.fields) {
                    if (current->contains(field))
                        change.fields.insert(field, current->value(field));
                }
            }
            if (change.fields.isEmpty()) {
                batch.nothingToSend += seqs;
                continue;
            }
        } else if (!current && row.deleted()) {
            // Also a row made and removed again since the last push that was answered: an
            // earlier push of it may have reached the server with its answer lost, so the
            // server hears of the removal (a no-op when it never had the row).
            change.op = ChangeOp::Delete;
            change.base = m_state.baseVersion(key.first, key.second);
        } else {
            // A row this store cannot read: the server has nothing to hear about it.
            batch.nothingToSend += seqs;
            continue;
        }
        change.familyId = current ? m_tables.familyOf(key.first, *current)
                                  : m_state.knownFamily(key.first, key.second).value_or(QString());
        change.hlc = hlc.tick(clock.nowUtc()).toString();
        batch.changes.append({std::move(change), std::move(seqs)});
    }
    return R::ok(std::move(batch));
}

Status Outbox::markPushed(const QList<qint64>& entrySeqs, const QDateTime& at) {
    QVariantList seqs;
    seqs.reserve(entrySeqs.size());
    for (qint64 seq : entrySeqs)
        seqs.append(seq);
    return execForKeys(m_db,
                       QStringLiteral("UPDATE change_log SET pushed_at = ? WHERE seq IN (%1)"),
                       {sql::fromDateTime(at)}, seqs);
}

int Outbox::pendingCount() {
    QSqlQuery& query =
        m_statements.get(QStringLiteral("SELECT count(*) FROM change_log WHERE pushed_at IS NULL"));
    if (!sql::exec(query) || !query.next())
        return 0;
    const int count = query.value(0).toInt();
    query.finish();
    return count;
}

Outbox::Unpushed Outbox::unpushed(const QString& entity, const QString& id) {
    Unpushed result;
    QSqlQuery& query = m_statements.get(
        QStringLiteral("SELECT operation, fields FROM change_log WHERE pushed_at IS NULL AND "
                       "entity = ? AND entity_id = ?"));
    query.bindValue(0, entity);
    query.bindValue(1, id);
    if (!sql::exec(query))
        return result;
    while (query.next()) {
        result.any = true;
        const QString operation = query.value(0).toString();
        if (operation == QLatin1String("insert"))
            result.all = true;
        else if (operation == QLatin1String("delete"))
            result.deleted = true;
        for (const QString& field : fieldList(query.value(1)))
            result.fields.insert(field);
    }
    query.finish();
    return result;
}

} // namespace kith::sync
