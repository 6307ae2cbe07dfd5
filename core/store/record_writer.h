#pragma once

#include "audit/change_auditor.h"
#include "store/statement_cache.h"
#include "util/clock.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace kith::store {

// Writes rows of synced tables and, with each, the matching change-log (outbox)
// entry naming the fields that changed. Callers hold the transaction, so the row and its entry
// commit together. Table and column names come from code (entity_fields), never from input.
class RecordWriter {
public:
    RecordWriter(QSqlDatabase db, const Clock& clock, QString deviceId);

    void setActor(const QString& actor) { m_actor = actor; }
    const QString& actor() const { return m_actor; }

    // `fields` must contain "id". Returns the new row's SQLite rowid.
    Result<qint64> insert(const QString& table, const QVariantMap& fields);
    // Writes only `changed` and logs only those fields; nothing happens when empty.
    Status update(const QString& table, const QString& id, const QVariantMap& changed);
    Status remove(const QString& table, const QString& id);
    // Every change also leaves an audit event. Inside a batch (one per transaction,
    // finished before it commits) that is one event per family, not one per row.
    void beginAuditBatch() { m_audit.beginBatch(); }
    Status finishAuditBatch() { return m_audit.finishBatch(); }

private:
    Status log(const QString& table, const QString& id, const char* operation,
               const QStringList& changedColumns);

    QSqlDatabase m_db;
    const Clock& m_clock;
    QString m_deviceId;
    QString m_actor;
    StatementCache m_statements; // prepared once, reused: bulk inserts stay fast
    audit::ChangeAuditor m_audit;
};

} // namespace kith::store
