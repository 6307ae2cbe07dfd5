// ServerStore: the lookups and inserts of a whole push request, a few statements each instead
// of one per row. A first sync pushes hundreds of thousands of rows, and per row most of the
// cost of a small statement is in running it at all (docs/decisions/0010).
#include "server/server_store_rows.h"
#include "store/multi_row.h"
#include "store/sql_support.h"
#include "store/statement_cache.h"

#include <QStringList>

namespace kith::server {

using store::forEachRowChunk;
using store::kMaxInList;
using store::paddedInListSize;
using store::placeholderRows;
using store::placeholders;

QHash<QString, QJsonObject> ServerStore::processedMutations(const QStringList& mutationIds) const {
    QHash<QString, QJsonObject> found;
    for (qsizetype start = 0; start < mutationIds.size(); start += kMaxInList) {
        const QStringList chunk = mutationIds.mid(start, kMaxInList);
        const int size = paddedInListSize(chunk.size());
        QSqlQuery& query = statement(
            QStringLiteral(
                "SELECT mutation_id, result FROM processed_mutations WHERE mutation_id IN (%1)")
                .arg(placeholders(size)));
        for (int i = 0; i < size; ++i)
            query.addBindValue(chunk.at(std::min<qsizetype>(i, chunk.size() - 1)));
        if (!query.exec())
            continue;
        while (query.next())
            found.insert(query.value(0).toString(), jsonObjectOf(query.value(1)));
    }
    return found;
}

QHash<RecordKey, StoredRecord> ServerStore::records(const QList<RecordKey>& keys) const {
    QHash<QString, QStringList> idsByEntity;
    for (const RecordKey& key : keys)
        idsByEntity[key.first].append(key.second);
    QHash<RecordKey, StoredRecord> found;
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        const QStringList& ids = it.value();
        for (qsizetype start = 0; start < ids.size(); start += kMaxInList) {
            const QStringList chunk = ids.mid(start, kMaxInList);
            const int size = paddedInListSize(chunk.size());
            QSqlQuery& query = statement(
                QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND entity_id IN (%2)")
                    .arg(storedRecordColumns(), placeholders(size)));
            query.addBindValue(it.key());
            for (int i = 0; i < size; ++i)
                query.addBindValue(chunk.at(std::min<qsizetype>(i, chunk.size() - 1)));
            if (!query.exec())
                continue;
            while (query.next()) {
                StoredRecord row = readStoredRecord(query, 0, false);
                found.insert({row.entity, row.id}, std::move(row));
            }
        }
    }
    return found;
}

Status ServerStore::insertNewRecords(const QList<StoredRecord>& rows) {
    Status status = okStatus();
    forEachRowChunk(rows.size(), [&](qsizetype start, int size) {
        QSqlQuery& insert = statement(QStringLiteral("INSERT INTO records (%1) VALUES %2")
                                          .arg(storedRecordColumns(), placeholderRows(size, 13)));
        for (int i = 0; i < size; ++i)
            bindStoredRecord(insert, rows.at(start + i));
        status = sql::exec(insert);
        return static_cast<bool>(status);
    });
    for (qsizetype i = 0; status && i < rows.size(); ++i)
        status = indexForDirectory(rows.at(i));
    return status;
}

Status ServerStore::recordMutations(const QList<ProcessedMutation>& mutations) {
    Status status = okStatus();
    forEachRowChunk(mutations.size(), [&](qsizetype start, int size) {
        QSqlQuery& insert = statement(
            QStringLiteral(
                "INSERT INTO processed_mutations (mutation_id, account_id, result) VALUES %1")
                .arg(placeholderRows(size, 3)));
        for (int i = 0; i < size; ++i) {
            const ProcessedMutation& mutation = mutations.at(start + i);
            insert.addBindValue(mutation.mutationId);
            insert.addBindValue(sql::fromText(mutation.accountId));
            insert.addBindValue(jsonObjectText(mutation.result));
        }
        status = sql::exec(insert);
        return static_cast<bool>(status);
    });
    return status;
}

} // namespace kith::server
