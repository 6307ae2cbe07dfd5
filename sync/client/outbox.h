#pragma once

#include "client/local_tables.h"
#include "client/sync_state_store.h"
#include "protocol/wire.h"
#include "util/clock.h"

#include <QHash>
#include <QSet>

namespace kith::sync {

// One change of a push and the outbox entries it stands for.
struct OutgoingChange {
    PushChange change;
    QList<qint64> entrySeqs; // change_log rows marked pushed when the server has it
};

// The next push: changes in outbox order, and entries with nothing left to send (a row made
// and removed again before it was ever pushed) that can be marked pushed straight away.
struct OutboxBatch {
    QList<OutgoingChange> changes;
    QList<qint64> nothingToSend;
    qint64 lastSeq = 0; // the last entry read: the next batch starts after it
    bool isEmpty() const { return changes.isEmpty() && nothingToSend.isEmpty(); }
};

// Reads the change log (the outbox, schema 1) into pushes. Several entries for one row
// become one change (insert + updates: one insert of the current row; updates: one update
// with the union of fields), values read from the row as it is now. The change carries the
// mutation id of the row's latest entry, so a retry of the same batch is a duplicate while a
// retry after a further edit is a new change.
class Outbox {
public:
    Outbox(QSqlDatabase db, LocalTables& tables, SyncStateStore& state);

    // The unpushed entries after entry `after`: those of earlier batches still waiting for
    // their answers are not read again.
    Result<OutboxBatch> nextBatch(int maxChanges, HlcClock& hlc, const Clock& clock,
                                  qint64 after = 0);
    Status markPushed(const QList<qint64>& entrySeqs, const QDateTime& at);
    int pendingCount();
    // Columns of the row with changes not yet pushed; `all` when an insert is pending.
    struct Unpushed {
        bool any = false;
        bool all = false;
        bool deleted = false;
        QSet<QString> fields;
    };
    Unpushed unpushed(const QString& entity, const QString& id);

private:
    QSqlDatabase m_db;
    LocalTables& m_tables;
    SyncStateStore& m_state;
    store::StatementCache m_statements;
};

} // namespace kith::sync
