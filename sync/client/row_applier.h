#pragma once

#include "client/local_tables.h"
#include "client/outbox.h"
#include "client/sync_state_store.h"
#include "protocol/wire.h"
#include "store/raw_statements.h"
#include "util/clock.h"

#include <QHash>
#include <QSet>
#include <memory>

namespace kith::search {
class PersonIndex;
}

namespace kith::sync {

// Writes pulled changes into the store without adding to the outbox, inside the caller's
// transaction (foreign keys off: a page holds each row's latest state, so a row can come
// before the row it refers to). Rows with local changes not yet pushed keep those fields.
// Keeps the person search index in step with people, names and addresses.
class RowApplier {
public:
    RowApplier(QSqlDatabase db, LocalTables& tables, Outbox& outbox, SyncStateStore& state,
               const Clock& clock, QString deviceId);
    ~RowApplier();

    // Call at the start of each page, inside its transaction.
    void beginPage();
    Status apply(const PulledChange& change);
    // Writes the page's base versions and re-indexes the people touched since the last call;
    // before the page commits.
    Status finishPage();

    // Every (entity, id) applied, for a full reconcile.
    void trackReceived(bool on) { m_tracking = on; }
    const QSet<QPair<QString, QString>>& received() const { return m_received; }
    // Removes a row the server no longer has for us (full reconcile).
    Status removeLocal(const QString& entity, const QString& id);

private:
    QString upsertStatement(const QString& table, const QStringList& names, int rows = 1);
    Status upsert(const PulledChange& change);
    // Writes one row by its own statement: a row with local changes, or one of a chunk that
    // failed as a whole.
    Status upsertOne(const PulledChange& change, const Outbox::Unpushed& local);
    // Writes the held rows, a chunk of rows with the same columns to a statement.
    Status flushHeld();
    Status writeHeldChunk(const QString& table, const QStringList& names,
                          const QList<PulledChange>& changes, qsizetype start, int size);
    void noteWritten(const PulledChange& change);
    // Writes held rows and base versions: before anything that reads or removes rows.
    Status writePending();
    Status remove(const PulledChange& change);
    Status forgetFamily(const QString& familyId);
    Status keepForeign(const PulledChange& change);
    Status takeServerSideOfConflict(const QJsonObject& conflict);
    Status deleteRow(const QString& table, const QString& id);
    Status writeBases();
    void noteIndexing(const QString& table, const QJsonObject& row);
    Outbox::Unpushed unpushed(const QString& table, const QString& id);

    QSqlDatabase m_db;
    LocalTables& m_tables;
    Outbox& m_outbox;
    SyncStateStore& m_state;
    const Clock& m_clock;
    QString m_deviceId;
    store::StatementCache m_statements;
    store::RawStatements m_raw; // for the held rows
    std::unique_ptr<search::PersonIndex> m_index;
    // Rows of this page with nothing local to keep, held to be written many to a statement
    // through SQLite's own interface (about 5 % of a first pull's CPU, decision 0010).
    // By table and then by columns: nearly every pulled row of a table has the same columns.
    struct HeldRows {
        QString table;
        QStringList names;
        QList<PulledChange> changes;
    };
    QHash<QString, HeldRows> m_held;         // by table and column names
    QList<SyncStateStore::RowBase> m_bases;  // set by this page's upserts, not yet written
    QHash<QString, QString> m_reindexPeople; // person id -> family id, when the row said
    QSet<QString> m_reindexFamilies;
    bool m_tracking = false;
    bool m_outboxEmpty = false; // as found by beginPage(): no row has local changes to keep
    QSet<QPair<QString, QString>> m_received;
};

} // namespace kith::sync
