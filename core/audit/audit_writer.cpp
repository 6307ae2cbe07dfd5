#include "audit/audit_writer.h"

#include "audit/audit_chain.h"
#include "store/sql_support.h"
#include "util/ids.h"

namespace kith::audit {

AuditWriter::AuditWriter(QSqlDatabase db, const Clock& clock, QString deviceId)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_statements(m_db) {}

Result<AuditEvent> AuditWriter::append(AuditEvent event) {
    if (event.id.isEmpty())
        event.id = newId();
    if (!event.occurredAt.isValid())
        event.occurredAt = m_clock.nowUtc();
    if (event.deviceId.isEmpty())
        event.deviceId = m_deviceId;

    // The caller's transaction holds the write lock, so nobody appends in between.
    QSqlQuery& last =
        m_statements.get(QStringLiteral("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (Status ran = sql::exec(last); !ran)
        return Result<AuditEvent>::fail(ran.error());
    event.previousHash = last.next() ? last.value(0).toString() : genesisHash();
    last.finish();

    const QStringList fields = canonicalFields(event);
    event.hash = chainHash(fields);
    QSqlQuery& insert = m_statements.get(QStringLiteral(
        "INSERT INTO audit_event (id, occurred_at, actor, device_id, action, family_id, "
        "person_id, entity, entity_id, detail, previous_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < fields.size(); ++i)
        insert.bindValue(i, sql::fromText(fields.at(i)));
    insert.bindValue(kCanonicalFieldCount, event.hash);
    if (Status done = sql::exec(insert); !done)
        return Result<AuditEvent>::fail(done.error());
    event.seq = insert.lastInsertId().toLongLong();

    QSqlQuery& outbox = m_statements.get(QStringLiteral(
        "INSERT INTO change_log (mutation_id, entity, entity_id, operation, changed_at, "
        "changed_by, device_id) VALUES (?, 'audit_event', ?, 'insert', ?, ?, ?)"));
    outbox.bindValue(0, newId());
    outbox.bindValue(1, event.id);
    outbox.bindValue(2, sql::fromDateTime(event.occurredAt));
    outbox.bindValue(3, event.actor);
    outbox.bindValue(4, event.deviceId);
    if (Status done = sql::exec(outbox); !done)
        return Result<AuditEvent>::fail(done.error());
    return Result<AuditEvent>::ok(std::move(event));
}

} // namespace kith::audit
