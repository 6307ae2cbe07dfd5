#pragma once

// The server's merge rules (docs/sync-protocol.md, "Merge rules"), without storage: given
// the stored row and a pushed change, which fields apply and which are in conflict.

#include "server/server_store.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace kith::server {

struct FieldConflict {
    QString field;          // a column, or "*deleted*"
    QJsonValue serverValue; // the value kept
    qint64 serverSeq = 0;   // when the kept value was last changed
    QJsonValue clientValue; // the value (or the row's sent fields) that was not applied
};

struct MergeOutcome {
    QJsonObject apply; // columns whose values change
    QList<FieldConflict> conflicts;
    bool tombstone = false; // the row becomes deleted
};

// An update of a live row against `base`: a field applies when nobody changed it after
// `base`, or when the stored value already equals the sent one (then it is not in `apply`).
MergeOutcome mergeUpdate(const StoredRecord& stored, const QJsonObject& sent, qint64 base);
// An update of a tombstone: one "*deleted*" conflict that keeps the sent fields.
MergeOutcome mergeIntoTombstone(const StoredRecord& stored, const QJsonObject& sent);
// A delete: a tombstone when no field changed after `base`, else a "*deleted*" conflict.
MergeOutcome mergeDelete(const StoredRecord& stored, qint64 base);

// The highest seq at which any field of the row changed.
qint64 lastFieldChange(const StoredRecord& stored);

} // namespace kith::server
