// SyncService: POST /v1/push. All changes of a request, their seqs and their processed
// mutation ids are written in one transaction. The request's stored rows and processed
// mutation ids are read up front, and its new rows written together, a few statements per
// request rather than several per row (docs/decisions/0010).
#include "server/family_access_rules.h"
#include "server/record_merge.h"
#include "server/role_rules.h"
#include "server/sync_service_impl.h"
#include "util/ids.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kith::server {

namespace {

QString jsonText(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Columns that never leave a laptop (docs: "Entities").
QJsonObject withoutLocalColumns(QJsonObject fields) {
    for (const QString& key : fields.keys()) {
        if (key.startsWith(QLatin1String("local_")))
            fields.remove(key);
    }
    return fields;
}

class PushApplier {
public:
    PushApplier(ServerStore& store, const ServerAccount& account, QString device,
                const QDate& today, const QList<sync::PushChange>& changes)
        : m_store(store)
        , m_account(account)
        , m_device(std::move(device))
        , m_today(today) {
        QStringList mutationIds;
        QList<RecordKey> keys;
        for (const sync::PushChange& change : changes) {
            mutationIds.append(change.mutationId);
            keys.append({change.entity, change.id});
            if (!change.familyId.isEmpty())
                keys.append({QStringLiteral("family"), change.familyId});
        }
        m_processed = m_store.processedMutations(mutationIds);
        m_rows = m_store.records(keys);
    }

    Result<sync::PushResult> apply(const sync::PushChange& change) {
        if (const auto earlier = m_processed.constFind(change.mutationId);
            earlier != m_processed.cend()) {
            auto first = sync::PushResult::fromJson(*earlier);
            if (!first)
                return first;
            sync::PushResult result = std::move(first).value();
            result.status = sync::PushStatus::Duplicate;
            return Result<sync::PushResult>::ok(result);
        }
        m_result = sync::PushResult{change.mutationId, sync::PushStatus::Applied, 0, {}, {}, false};
        if (Status done = decide(change); !done)
            return Result<sync::PushResult>::fail(done.error());
        const QJsonObject answer = m_result.toJson();
        m_processed.insert(change.mutationId, answer); // the same id twice in one request
        m_newMutations.append({change.mutationId, m_account.id, answer});
        return Result<sync::PushResult>::ok(m_result);
    }

    // Writes what is held back, then works out again who may see each family whose
    // deciding rows this push changed.
    Status finish() {
        if (Status done = writeNewRows(); !done)
            return done;
        if (Status done = m_store.recordMutations(m_newMutations); !done)
            return done;
        m_newMutations.clear();
        for (auto it = m_accessToRefresh.begin(); it != m_accessToRefresh.end(); ++it) {
            if (Status done = refreshFamilyAccess(m_store, it.key(), it.value(), m_today); !done)
                return done;
        }
        m_accessToRefresh.clear();
        return okStatus();
    }

private:
    std::optional<StoredRecord> stored(const QString& entity, const QString& id) const {
        const auto found = m_rows.constFind({entity, id});
        if (found == m_rows.cend())
            return std::nullopt;
        return *found;
    }

    // New rows wait to be written together; anything that reads the store or replaces a
    // row writes them first.
    Status writeNewRows() {
        if (m_newRows.isEmpty())
            return okStatus();
        Status done = m_store.insertNewRecords(m_newRows);
        m_newRows.clear();
        return done;
    }

    Status reject(const QString& reason) {
        m_result.status = sync::PushStatus::Rejected;
        m_result.reason = reason;
        return okStatus();
    }

    // Empty when the account may write this change's family, else why not. Decided once per
    // family per request, as things stood when the request began: a push that hands a family
    // over to someone else applies whole.
    QString mayWrite(const sync::PushChange& change, const std::optional<StoredRecord>& existing) {
        if (isHubWide(change.entity))
            return {};
        if (m_account.role == QLatin1String("admin"))
            return QStringLiteral("forbidden: admin accounts do not write family records");
        for (const QString& family : {change.familyId, existing ? existing->familyId : QString()}) {
            if (family.isEmpty())
                continue;
            if (!m_writable.contains(family)) {
                const auto familyRow = stored(QStringLiteral("family"), family);
                if (!familyRow) {
                    if (change.entity == QLatin1String("family") && change.id == family) {
                        m_writable.insert(family, true); // a new family: its creator writes it
                        continue;
                    }
                    return QStringLiteral("the family is not on the server; push the family first");
                }
                m_writable.insert(family, familyRow->createdByAccount == m_account.id ||
                                              m_store.hasAccess(m_account.id, family));
            }
            if (!m_writable.value(family))
                return QStringLiteral("forbidden: this account does not work with the family");
        }
        return {};
    }

    Status decide(const sync::PushChange& change) {
        static const QRegularExpression entityName(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
        if (!entityName.match(change.entity).hasMatch())
            return reject(QStringLiteral("the entity name is not valid"));
        // A removal may come without its family: a row made and removed on a laptop whose
        // push of it went unanswered (the family is then the stored row's, if any). Audit
        // events about no family (a laptop locked and unlocked) are kept for the record;
        // they are never sent to other laptops (see ServerStore::feed).
        const bool auditOfNoFamily = change.entity == QLatin1String("audit_event");
        if (!isHubWide(change.entity) && change.familyId.isEmpty() &&
            change.op != sync::ChangeOp::Delete && !auditOfNoFamily)
            return reject(QStringLiteral("family_id is missing"));
        if (change.entity == QLatin1String("family") && change.id != change.familyId)
            return reject(QStringLiteral("a family's family_id must be its own id"));
        const bool appendOnly = sync::appendOnlyEntities().contains(change.entity);
        if (appendOnly && change.op != sync::ChangeOp::Insert)
            return reject(
                QStringLiteral("%1 rows are append-only: they cannot be changed or deleted")
                    .arg(change.entity));
        const std::optional<StoredRecord> existing = stored(change.entity, change.id);
        if (const QString refused = mayWrite(change, existing); !refused.isEmpty())
            return reject(refused);
        const std::optional<QJsonObject> storedFields =
            existing && !existing->deleted ? std::optional<QJsonObject>(existing->fields)
                                           : std::nullopt;
        if (const QString refused = refusedForRole(m_account.role, change, storedFields);
            !refused.isEmpty())
            return reject(refused);
        const QJsonObject fields = withoutLocalColumns(change.fields);
        // A row still exactly as this device pushed it: the device made that version, even
        // if the answer that told it so was lost, so it counts as the device's base.
        sync::PushChange based = change;
        if (existing && !m_device.isEmpty() && existing->originDevice == m_device)
            based.base = std::max(based.base, existing->version);

        switch (change.op) {
        case sync::ChangeOp::Insert:
            if (!existing)
                return insertNew(change, fields);
            if (!existing->deleted && existing->fields == fields) {
                m_result.version = existing->version;
                return okStatus();
            }
            if (appendOnly)
                return reject(
                    QStringLiteral("an insert of an id that exists with different content"));
            return applyOutcome(*existing, based,
                                existing->deleted ? mergeIntoTombstone(*existing, fields)
                                                  : mergeUpdate(*existing, fields, based.base));
        case sync::ChangeOp::Update:
            if (!existing)
                return reject(QStringLiteral("the row is not on the server"));
            return applyOutcome(*existing, based,
                                existing->deleted ? mergeIntoTombstone(*existing, fields)
                                                  : mergeUpdate(*existing, fields, based.base));
        case sync::ChangeOp::Delete:
            if (!existing || existing->deleted) {
                m_result.version = existing ? existing->version : 0;
                return okStatus();
            }
            return applyOutcome(*existing, based, mergeDelete(*existing, based.base));
        }
        return okStatus();
    }

    Status insertNew(const sync::PushChange& change, const QJsonObject& fields) {
        const auto seq = m_store.takeSeq();
        if (!seq)
            return Status::fail(seq.error());
        StoredRecord row;
        row.entity = change.entity;
        row.id = change.id;
        row.familyId = change.familyId;
        row.createdByAccount = m_account.id;
        row.createdSeq = seq.value();
        row.fields = fields;
        return write(row, change, seq.value(), true);
    }

    // `settled`: the row is now exactly as the pushing device has it (see PushResult).
    Status write(StoredRecord& row, const sync::PushChange& change, qint64 seq, bool settled,
                 const std::optional<StoredRecord>& replaced = std::nullopt) {
        row.version = seq;
        row.originDevice = settled ? m_device : QString();
        m_result.settled = settled && !m_device.isEmpty();
        row.changedBy = change.changedBy;
        row.changedAt = change.changedAt;
        row.hlc = change.hlc;
        if (Status done = keep(row, replaced); !done)
            return done;
        m_result.version = seq;
        if (decidesAccess(row.entity, !replaced))
            m_accessToRefresh.insert(row.familyId, seq); // once per family, at its last change
        return okStatus();
    }

    // Writes the row (a new one later, with the others), and remembers it as it now is.
    Status keep(const StoredRecord& row, const std::optional<StoredRecord>& replaced) {
        m_rows.insert({row.entity, row.id}, row);
        if (!replaced) {
            m_newRows.append(row);
            return okStatus();
        }
        if (Status done = writeNewRows(); !done)
            return done;
        return m_store.writeRecord(row, row.version, m_account.id, replaced);
    }

    Status applyOutcome(StoredRecord row, const sync::PushChange& change,
                        const MergeOutcome& outcome) {
        m_result.version = row.version;
        // The device saw this very version, so nothing from elsewhere was merged in.
        const bool settled = outcome.conflicts.isEmpty() && change.base == row.version;
        m_result.settled = settled && !m_device.isEmpty();
        if (!outcome.apply.isEmpty() || outcome.tombstone) {
            const StoredRecord replaced = row;
            const auto seq = m_store.takeSeq();
            if (!seq)
                return Status::fail(seq.error());
            for (auto it = outcome.apply.begin(); it != outcome.apply.end(); ++it) {
                row.fields.insert(it.key(), it.value());
                row.fieldVersions.insert(it.key(), seq.value());
            }
            row.deleted = row.deleted || outcome.tombstone;
            if (Status done = write(row, change, seq.value(), settled, replaced); !done)
                return done;
        }
        for (const FieldConflict& conflict : outcome.conflicts) {
            if (Status done = recordConflict(row, change, conflict); !done)
                return done;
        }
        if (!outcome.conflicts.isEmpty())
            m_result.status = sync::PushStatus::Conflict;
        return okStatus();
    }

    // A sync_conflict row: both values, who made them and when (docs: "Conflict records").
    Status recordConflict(const StoredRecord& row, const sync::PushChange& change,
                          const FieldConflict& conflict) {
        const auto seq = m_store.takeSeq();
        if (!seq)
            return Status::fail(seq.error());
        if (Status done = writeNewRows(); !done)
            return done;
        const std::optional<ChangeAuthor> author = m_store.changeAuthor(conflict.serverSeq);
        const QJsonValue null(QJsonValue::Null);
        StoredRecord record;
        record.entity = sync::kConflictEntity;
        record.id = newId();
        record.familyId = row.familyId;
        record.createdByAccount = m_account.id;
        record.createdSeq = seq.value();
        record.fields = QJsonObject{
            {QStringLiteral("id"), record.id},
            {QStringLiteral("family_id"), row.familyId.isEmpty() ? null : QJsonValue(row.familyId)},
            {QStringLiteral("entity"), row.entity},
            {QStringLiteral("entity_id"), row.id},
            {QStringLiteral("field"), conflict.field},
            {QStringLiteral("server_value"), jsonText(conflict.serverValue)},
            {QStringLiteral("server_changed_by"), author ? author->changedBy : row.changedBy},
            {QStringLiteral("server_changed_at"),
             sync::formatMoment(author ? author->changedAt : row.changedAt)},
            {QStringLiteral("client_value"), jsonText(conflict.clientValue)},
            {QStringLiteral("client_changed_by"), change.changedBy},
            {QStringLiteral("client_changed_at"), sync::formatMoment(change.changedAt)},
            {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("resolution"), null},
            {QStringLiteral("resolved_value"), null},
            {QStringLiteral("resolved_by"), null},
            {QStringLiteral("resolved_at"), null}};
        record.version = seq.value();
        record.changedBy = change.changedBy;
        record.changedAt = change.changedAt;
        record.hlc = change.hlc;
        m_result.conflictIds.append(record.id);
        return keep(record, std::nullopt);
    }

    ServerStore& m_store;
    const ServerAccount& m_account;
    QString m_device; // the signed-in device
    QDate m_today;
    sync::PushResult m_result;
    QHash<QString, QJsonObject> m_processed;  // mutation id -> the answer given for it
    QHash<RecordKey, StoredRecord> m_rows;    // the request's rows as stored, kept current
    QList<StoredRecord> m_newRows;            // new rows not written yet
    QList<ProcessedMutation> m_newMutations;  // answers not written yet
    QHash<QString, bool> m_writable;          // family id -> may this account write it
    QHash<QString, qint64> m_accessToRefresh; // family id -> seq of its last deciding row
};

} // namespace

ServiceResponse SyncService::Impl::push(const ServiceRequest& request, const QByteArray& body) {
    sync::WireError error;
    QString device;
    const std::optional<ServerAccount> account = signedIn(request, error, &device);
    if (!account)
        return errorResponse(error);
    std::optional<sync::ClockWarning> warning;
    if (Refusal refused = checkClock(request, warning))
        return errorResponse(*refused);
    QString problem;
    const QJsonObject json = parseJsonBody(body, problem);
    if (!problem.isEmpty())
        return errorResponse(wireError(sync::ErrorCode::BadRequest, problem, problem));
    const auto parsed = sync::PushRequest::fromJson(json);
    if (!parsed)
        return errorResponse(
            wireError(sync::ErrorCode::BadRequest, parsed.error(), parsed.error()));

    const auto failed = [&](const QString& why) {
        store.rollback();
        qWarning("kith-server: a push was not applied: %s", qUtf8Printable(why));
        return errorResponse(wireError(sync::ErrorCode::ServerError,
                                       QStringLiteral("nothing was applied; try again later")));
    };
    if (Status begun = store.begin(); !begun)
        return failed(begun.error());
    PushApplier applier(store, *account, device, clock.nowUtc().date(), parsed.value().changes);
    sync::PushResponse response;
    for (const sync::PushChange& change : parsed.value().changes) {
        auto result = applier.apply(change);
        if (!result)
            return failed(result.error());
        response.results.append(std::move(result).value());
    }
    if (Status done = applier.finish(); !done)
        return failed(done.error());
    if (Status done = store.logAccess(clock.nowUtc(), account->id, QStringLiteral("push"),
                                      QString::number(response.results.size()));
        !done)
        return failed(done.error());
    if (Status committed = store.commit(); !committed)
        return failed(committed.error());
    response.cursorHint = store.lastSeq();
    response.clockWarning = warning;
    return jsonResponse(200, response.toJson());
}

} // namespace kith::server
