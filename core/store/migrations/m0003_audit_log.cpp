#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 3: the audit log. Who viewed, changed, exported, printed or shared what,
// when and from which device. Rows are append-only (the triggers refuse changes,
// except marking a row as sent to the server) and hash-chained: each row's hash
// covers its fields and the previous row's hash, so a removed or altered row is
// found by `kithctl audit verify` even if someone drops the triggers.
Status createAuditLog(const QSqlDatabase& db) {
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE audit_event (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            occurred_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            device_id TEXT NOT NULL,
            action TEXT NOT NULL,
            family_id TEXT,
            person_id TEXT,
            entity TEXT,
            entity_id TEXT,
            detail TEXT,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            synced_at TEXT))"),
        QStringLiteral("CREATE INDEX audit_event_family ON audit_event(family_id, seq)"),
        QStringLiteral("CREATE INDEX audit_event_person ON audit_event(person_id, seq)"),
        QStringLiteral(R"(CREATE TRIGGER audit_event_append_only_update
            BEFORE UPDATE OF seq, id, occurred_at, actor, device_id, action, family_id,
                person_id, entity, entity_id, detail, previous_hash, hash ON audit_event
            BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_event_append_only_delete
            BEFORE DELETE ON audit_event
            BEGIN SELECT RAISE(ABORT, 'audit records cannot be removed'); END)"),
        // Retention (core/privacy): a family under a legal hold is never destroyed; a
        // destruction is proposed by one person and approved by another. Neither table
        // refers to family(id), so both outlive the family they are about.
        QStringLiteral(R"(CREATE TABLE legal_hold (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            placed_by TEXT NOT NULL,
            placed_at TEXT NOT NULL,
            lifted_by TEXT,
            lifted_at TEXT))"),
        QStringLiteral("CREATE INDEX legal_hold_family ON legal_hold(family_id)"),
        QStringLiteral(R"(CREATE TABLE destruction_review (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL,
            grounds TEXT NOT NULL,
            proposed_by TEXT NOT NULL,
            proposed_at TEXT NOT NULL,
            decision TEXT NOT NULL DEFAULT 'pending'
                CHECK (decision IN ('pending','approved','rejected')),
            reviewed_by TEXT,
            reviewed_at TEXT,
            CHECK (reviewed_by IS NULL OR reviewed_by <> proposed_by)))"),
        QStringLiteral("CREATE INDEX destruction_review_family ON destruction_review(family_id)"),
    };
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
