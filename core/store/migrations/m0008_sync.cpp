#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 8: what the sync engine (sync/client) keeps between syncs. See
// docs/sync-protocol.md for the protocol these tables serve.
Status createSyncState(const QSqlDatabase& db) {
    const QStringList statements = {
        // One row: which server and account this store syncs with, how far it has pulled
        // (the server's change sequence), and the last hybrid logical clock stamp it used.
        QStringLiteral(R"(CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            server TEXT,
            account TEXT,
            cursor INTEGER NOT NULL DEFAULT 0,
            hlc TEXT,
            last_synced_at TEXT,
            last_error TEXT))"),
        QStringLiteral("INSERT INTO sync_state (id) VALUES (1)"),
        // The version each row had when this store last had it from the server: the `base`
        // of a push. A row the server has never sent has no entry (base 0).
        QStringLiteral(R"(CREATE TABLE sync_row (
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            family_id TEXT,
            version INTEGER NOT NULL,
            PRIMARY KEY (entity, entity_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sync_row_family ON sync_row(family_id)"),
        // The same field changed differently on two devices: both values, who and when. Made
        // by the server, synced like any family record; a person resolves it in the app.
        // Values are the JSON text of the field's value.
        QStringLiteral(R"(CREATE TABLE sync_conflict (
            id TEXT PRIMARY KEY,
            family_id TEXT REFERENCES family(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            server_value TEXT,
            server_changed_by TEXT,
            server_changed_at TEXT,
            client_value TEXT,
            client_changed_by TEXT,
            client_changed_at TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved')),
            resolution TEXT CHECK (resolution IS NULL OR
                resolution IN ('kept_server','kept_client','other')),
            resolved_value TEXT,
            resolved_by TEXT,
            resolved_at TEXT))"),
        QStringLiteral("CREATE INDEX sync_conflict_family ON sync_conflict(family_id, status)"),
        // Changes the server refused for good (the account may not write that family, an
        // update to an append-only record...). Kept for the app to show; never retried.
        QStringLiteral(R"(CREATE TABLE sync_rejected (
            mutation_id TEXT PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            family_id TEXT,
            operation TEXT NOT NULL,
            fields TEXT,
            reason TEXT NOT NULL,
            rejected_at TEXT NOT NULL))"),
        // Rows pulled that this store has no table for (an entity from a newer version), and
        // other devices' audit events, which cannot join this device's own hash chain. Kept
        // as they came, so nothing the server sent is lost.
        QStringLiteral(R"(CREATE TABLE sync_foreign_row (
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            family_id TEXT,
            version INTEGER NOT NULL,
            fields TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sync_foreign_row_family ON sync_foreign_row(family_id)"),
        // Conflicts the server made from this store's own pushes, until they arrive by pull:
        // then the row takes the server's value, as on every other device.
        QStringLiteral(R"(CREATE TABLE sync_pending_conflict (
            id TEXT PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL))"),
    };
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
