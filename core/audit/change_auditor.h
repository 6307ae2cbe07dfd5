#pragma once

#include "audit/audit_writer.h"
#include "store/statement_cache.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>

namespace kith::audit {

// Turns each change RecordWriter makes into a "change" audit event naming the table,
// the row, and the family and person it belongs to. Runs in the writer's transaction.
class ChangeAuditor {
public:
    ChangeAuditor(QSqlDatabase db, const Clock& clock, QString deviceId);

    // `fields` are the row's values for an insert, the changed ones for an update,
    // empty for a delete. Call before a delete (the row is read to find its family).
    Status recordChange(const QString& table, const QString& id, const char* operation,
                        const QVariantMap& fields, const QString& actor);

    // Between these two, changes are gathered and written as one event per family
    // (with a count of each kind of change) instead of one per row: a family of four
    // is about a dozen rows, and bulk imports would otherwise double in time. The
    // change log still has every row. finishBatch() must run inside the transaction,
    // before it commits; beginBatch() drops anything left from a batch that failed.
    void beginBatch();
    Status finishBatch();

private:
    struct Columns {
        bool familyId = false;
        bool personId = false;
    };
    const Columns& columnsOf(const QString& table);
    QString lookUp(const QString& table, const char* column, const QString& id);

    struct Pending {
        AuditEvent event;
        QStringList counted; // "insert person" in first-seen order
        QHash<QString, int> counts;
        QSet<QString> people; // named as the event's person only when exactly one
    };
    void addToBatch(AuditEvent event, const QString& change);

    QSqlDatabase m_db;
    AuditWriter m_writer;
    bool m_batching = false;
    QList<Pending> m_batch;
    QHash<QString, qsizetype> m_batchIndex;      // family id -> position in m_batch
    QHash<QString, QString> m_batchPersonFamily; // people inserted in this batch
    store::StatementCache m_statements;
    QHash<QString, Columns> m_columns;
};

} // namespace kith::audit
