#include "server/record_merge.h"

#include "protocol/wire.h"

namespace kith::server {

namespace {

qint64 fieldSeq(const StoredRecord& stored, const QString& field) {
    const QJsonValue changed = stored.fieldVersions.value(field);
    return changed.isUndefined() ? stored.createdSeq : static_cast<qint64>(changed.toDouble());
}

} // namespace

qint64 lastFieldChange(const StoredRecord& stored) {
    qint64 last = stored.createdSeq;
    for (auto it = stored.fieldVersions.begin(); it != stored.fieldVersions.end(); ++it)
        last = std::max(last, static_cast<qint64>(it.value().toDouble()));
    return last;
}

MergeOutcome mergeUpdate(const StoredRecord& stored, const QJsonObject& sent, qint64 base) {
    MergeOutcome outcome;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        const QString& field = it.key();
        const QJsonValue current = stored.fields.value(field);
        if (current == it.value())
            continue; // already so: nothing to apply and nothing in conflict
        const qint64 changedAt = fieldSeq(stored, field);
        if (changedAt <= base)
            outcome.apply.insert(field, it.value());
        else
            outcome.conflicts.append(FieldConflict{field, current, changedAt, it.value()});
    }
    return outcome;
}

MergeOutcome mergeIntoTombstone(const StoredRecord& stored, const QJsonObject& sent) {
    MergeOutcome outcome;
    outcome.conflicts.append(
        FieldConflict{sync::kDeletedField, QJsonValue(QJsonValue::Null), stored.version, sent});
    return outcome;
}

MergeOutcome mergeDelete(const StoredRecord& stored, qint64 base) {
    MergeOutcome outcome;
    const qint64 last = lastFieldChange(stored);
    if (last <= base) {
        outcome.tombstone = true;
        return outcome;
    }
    // The row stays; the conflict keeps the row as it is now against the wish to delete it.
    outcome.conflicts.append(
        FieldConflict{sync::kDeletedField, stored.fields, last, QJsonValue(QJsonValue::Null)});
    return outcome;
}

} // namespace kith::server
