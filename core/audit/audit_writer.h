#pragma once

#include "audit/audit_log.h"
#include "store/statement_cache.h"
#include "util/clock.h"

#include <QSqlDatabase>

namespace kith::audit {

// Appends audit rows inside the caller's transaction: links each to the last row's
// hash, and puts an "audit_event" insert into the change log so that it syncs.
// Used by AuditLog and by RecordWriter (which records every change this way).
class AuditWriter {
public:
    AuditWriter(QSqlDatabase db, const Clock& clock, QString deviceId);

    // Fills id, occurredAt and deviceId when empty; `actor` must be set.
    Result<AuditEvent> append(AuditEvent event);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    QString m_deviceId;
    store::StatementCache m_statements;
};

} // namespace kith::audit
