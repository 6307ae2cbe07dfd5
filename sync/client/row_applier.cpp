#include "client/row_applier.h"

#include "audit/audit_writer.h"
#include "privacy/family_rows.h"
#include "search/person_index.h"
#include "store/multi_row.h"
#include "store/sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kith::sync {
namespace {

const QString kPerson = QStringLiteral("person");
const QString kAuditEvent = QStringLiteral("audit_event");

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Conflict records keep values as JSON text.
QJsonValue valueFromJsonText(const QString& text) {
    const QJsonDocument wrapped =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return wrapped.array().isEmpty() ? QJsonValue() : wrapped.array().at(0);
}

} // namespace

RowApplier::RowApplier(QSqlDatabase db, LocalTables& tables, Outbox& outbox, SyncStateStore& state,
                       const Clock& clock, QString deviceId)
    : m_db(std::move(db))
    , m_tables(tables)
    , m_outbox(outbox)
    , m_state(state)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_statements(m_db)
    , m_raw(m_db)
    , m_index(std::make_unique<search::PersonIndex>(m_db)) {}

RowApplier::~RowApplier() = default;

void RowApplier::beginPage() {
    // Whatever an undone page left behind goes with it.
    m_held.clear();
    m_bases.clear();
    m_reindexPeople.clear();
    m_reindexFamilies.clear();
    m_outboxEmpty = m_outbox.pendingCount() == 0;
}

Outbox::Unpushed RowApplier::unpushed(const QString& table, const QString& id) {
    // With nothing waiting to be pushed there is nothing to look up, row after row: the
    // common case of a pull (a first sync above all).
    return m_outboxEmpty ? Outbox::Unpushed{} : m_outbox.unpushed(table, id);
}

Status RowApplier::apply(const PulledChange& change) {
    // Only an upsert may leave its row and base waiting: anything else reads or removes them.
    if (change.op != PullOp::Upsert) {
        if (Status written = writePending(); !written)
            return written;
    }
    switch (change.op) {
    case PullOp::ForgetFamily:
        return forgetFamily(change.familyId);
    case PullOp::Delete:
        return remove(change);
    case PullOp::Upsert:
        if (m_tracking)
            m_received.insert({change.entity, change.id});
        return upsert(change);
    }
    return okStatus();
}

Status RowApplier::keepForeign(const PulledChange& change) {
    QSqlQuery& query = m_statements.get(QStringLiteral(
        "INSERT OR REPLACE INTO sync_foreign_row (entity, entity_id, family_id, version, fields) "
        "VALUES (?, ?, ?, ?, ?)"));
    query.bindValue(0, change.entity);
    query.bindValue(1, change.id);
    query.bindValue(2, sql::fromText(change.familyId));
    query.bindValue(3, change.version);
    query.bindValue(4, compact(change.fields));
    return sql::exec(query);
}

Status RowApplier::upsert(const PulledChange& change) {
    const QString& table = change.entity;
    if (!m_tables.exists(table))
        return keepForeign(change);
    if (table == kAuditEvent) {
        // This device's own events are already in its chain; others' are kept aside.
        if (m_tables.readRow(table, change.id))
            return m_state.setBase(table, change.id, change.familyId, change.version);
        return keepForeign(change);
    }
    const Outbox::Unpushed local = unpushed(table, change.id);
    if (local.deleted || local.all)
        return okStatus(); // our own insert or delete is still to meet the server
    if (!local.fields.isEmpty() || table == kConflictEntity)
        return upsertOne(change, local);
    QStringList names;
    for (const QString& column : m_tables.syncedColumns(table)) {
        if (change.fields.contains(column))
            names.append(column);
    }
    const QString key = table + u':' + names.join(u',');
    HeldRows& held = m_held[key];
    if (held.changes.isEmpty()) {
        held.table = table;
        held.names = names;
    }
    held.changes.append(change);
    return okStatus();
}

Status RowApplier::upsertOne(const PulledChange& change, const Outbox::Unpushed& local) {
    const QString& table = change.entity;
    QStringList names;
    QVariantList values;
    for (const QString& column : m_tables.syncedColumns(table)) {
        if (!change.fields.contains(column) || local.fields.contains(column))
            continue;
        names.append(column);
        values.append(fromWireValue(change.fields.value(column)));
    }
    // A row that breaks a rule of the schema fails alone: SQLite undoes that one statement
    // (triggers included) and the page goes on.
    QSqlQuery& query = m_statements.get(upsertStatement(table, names));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (Status written = sql::exec(query); !written)
        return keepForeign(change); // kept as it came; nothing the server sent is lost
    // With local changes still to push, the base stays where it was so that the push meets
    // whatever the server has changed since (docs: "Pull").
    if (!local.fields.isEmpty()) {
        noteIndexing(table, change.fields);
        if (Status noted = m_state.noteFamily(table, change.id, change.familyId); !noted)
            return noted;
    } else {
        noteWritten(change);
    }
    if (table == kConflictEntity && m_state.takePendingConflict(change.id)) {
        if (Status written = writePending(); !written)
            return written;
        return takeServerSideOfConflict(change.fields);
    }
    return okStatus();
}

void RowApplier::noteWritten(const PulledChange& change) {
    noteIndexing(change.entity, change.fields);
    // Written a page at a time (finishPage): a page holds each row once.
    m_bases.append({change.entity, change.id, change.familyId, change.version});
}

Status RowApplier::flushHeld() {
    Status status = okStatus();
    for (const HeldRows& held : std::as_const(m_held)) {
        store::forEachRowChunk(held.changes.size(), [&](qsizetype start, int size) {
            status = writeHeldChunk(held.table, held.names, held.changes, start, size);
            return static_cast<bool>(status);
        });
        if (!status)
            break;
    }
    m_held.clear();
    return status;
}

Status RowApplier::writeHeldChunk(const QString& table, const QStringList& names,
                                  const QList<PulledChange>& changes, qsizetype start, int size) {
    Result<store::RawStatement> prepared = m_raw.get(upsertStatement(table, names, size));
    if (!prepared)
        return Status::fail(prepared.error());
    store::RawStatement statement = std::move(prepared).value();
    int position = 1;
    for (qsizetype row = start; row < start + size; ++row) {
        const QJsonObject& fields = changes.at(row).fields;
        for (const QString& column : names)
            bindWireValue(statement, position++, fields.value(column));
    }
    if (statement.run()) {
        for (qsizetype row = start; row < start + size; ++row)
            noteWritten(changes.at(row));
        return okStatus();
    }
    // One row broke a rule of the schema and SQLite undid the whole statement: row by row,
    // the others are written and that one is kept aside.
    for (qsizetype row = start; row < start + size; ++row) {
        if (Status written = upsertOne(changes.at(row), {}); !written)
            return written;
    }
    return okStatus();
}

QString RowApplier::upsertStatement(const QString& table, const QStringList& names, int rows) {
    QStringList updates;
    for (const QString& column : names) {
        if (column != QLatin1String("id"))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    const QString onConflict = m_tables.isAppendOnly(table) || updates.isEmpty()
                                   ? QStringLiteral("DO NOTHING")
                                   : QStringLiteral("DO UPDATE SET ") + updates.join(u',');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (id) %4")
        .arg(table, names.join(u','), store::placeholderRows(rows, int(names.size())), onConflict);
}

Status RowApplier::remove(const PulledChange& change) {
    const QString& table = change.entity;
    if (!m_tables.exists(table) || table == kAuditEvent) {
        QSqlQuery& query = m_statements.get(
            QStringLiteral("DELETE FROM sync_foreign_row WHERE entity = ? AND entity_id = ?"));
        query.bindValue(0, table);
        query.bindValue(1, change.id);
        return sql::exec(query);
    }
    if (m_tables.isAppendOnly(table) || unpushed(table, change.id).any)
        return okStatus(); // append-only rows stay; local changes meet the tombstone on push
    if (Status done = deleteRow(table, change.id); !done)
        return done;
    return m_state.forgetRow(table, change.id);
}

Status RowApplier::removeLocal(const QString& entity, const QString& id) {
    if (Status written = writePending(); !written)
        return written;
    if (!m_tables.exists(entity) || m_tables.isAppendOnly(entity) || unpushed(entity, id).any)
        return okStatus();
    if (Status done = deleteRow(entity, id); !done)
        return done;
    return m_state.forgetRow(entity, id);
}

Status RowApplier::deleteRow(const QString& table, const QString& id) {
    if (table == kPerson) {
        QSqlQuery& lookup =
            m_statements.get(QStringLiteral("SELECT local_id FROM person WHERE id = ?"));
        lookup.bindValue(0, id);
        if (Status ran = sql::exec(lookup); !ran)
            return ran;
        if (lookup.next()) {
            const qint64 localId = lookup.value(0).toLongLong();
            lookup.finish();
            if (Status removed = m_index->remove(localId); !removed)
                return removed;
        }
        m_reindexPeople.remove(id);
    }
    QSqlQuery& query = m_statements.get(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.bindValue(0, id);
    return sql::exec(query);
}

Status RowApplier::forgetFamily(const QString& familyId) {
    // Records kept for good (journey, consent) refuse removal by trigger; they go with the
    // family here, so those guards are lifted for this transaction only and put back as they
    // were. The audit log keeps its own.
    QList<QPair<QString, QString>> guards;
    {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                                  "AND sql LIKE '%BEFORE DELETE%' AND sql LIKE '%RAISE(ABORT%' "
                                  "AND tbl_name <> 'audit_event'"));
        while (query.next())
            guards.append({query.value(0).toString(), query.value(1).toString()});
    }
    for (const auto& guard : std::as_const(guards)) {
        if (Status dropped = sql::exec(m_db, QStringLiteral("DROP TRIGGER %1").arg(guard.first));
            !dropped)
            return dropped;
    }
    for (const privacy::FamilyRow& row : privacy::familyRows(m_db, familyId)) {
        if (Status done = deleteRow(row.table, row.id); !done)
            return done;
    }
    for (const auto& guard : std::as_const(guards)) {
        if (Status restored = sql::exec(m_db, guard.second); !restored)
            return restored;
    }
    for (const QString& table : {QStringLiteral("sync_row"), QStringLiteral("sync_foreign_row")}) {
        QSqlQuery& query =
            m_statements.get(QStringLiteral("DELETE FROM %1 WHERE family_id = ?").arg(table));
        query.bindValue(0, familyId);
        if (Status done = sql::exec(query); !done)
            return done;
    }
    m_reindexFamilies.remove(familyId);
    m_outboxEmpty = false; // the audit event below waits to be pushed
    // The audit log says the records left this device, and why; it names no person.
    audit::AuditWriter writer(m_db, m_clock, m_deviceId);
    audit::AuditEvent event;
    event.actor = QStringLiteral("sync");
    event.action = audit::Action::Change;
    event.entity = QStringLiteral("family");
    event.entityId = familyId;
    event.detail = QStringLiteral("removed from this device: no longer working with the family");
    auto appended = writer.append(event);
    return appended ? okStatus() : Status::fail(appended.error());
}

Status RowApplier::takeServerSideOfConflict(const QJsonObject& conflict) {
    const QString table = conflict.value(QStringLiteral("entity")).toString();
    const QString id = conflict.value(QStringLiteral("entity_id")).toString();
    const QString field = conflict.value(QStringLiteral("field")).toString();
    const bool resolved =
        conflict.value(QStringLiteral("status")).toString() == QLatin1String("resolved");
    const QJsonValue value = valueFromJsonText(
        conflict.value(resolved ? QStringLiteral("resolved_value") : QStringLiteral("server_value"))
            .toString());
    if (!m_tables.exists(table) || m_tables.isAppendOnly(table))
        return okStatus();
    const Outbox::Unpushed local = unpushed(table, id);
    if (field == kDeletedField) {
        if (local.any)
            return okStatus();
        if (!value.isObject()) // we changed a row the server had deleted: it stays deleted
            return deleteRow(table, id);
        PulledChange restore;
        restore.entity = table;
        restore.id = id;
        restore.familyId = conflict.value(QStringLiteral("family_id")).toString();
        restore.fields = value.toObject();
        restore.version = m_state.baseVersion(table, id);
        return upsert(restore);
    }
    if (local.all || local.fields.contains(field) || !m_tables.syncedColumns(table).contains(field))
        return okStatus();
    QSqlQuery& query =
        m_statements.get(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field));
    query.bindValue(0, fromWireValue(value));
    query.bindValue(1, id);
    if (Status done = sql::exec(query); !done)
        return done;
    QJsonObject touched{{field, value}, {QStringLiteral("id"), id}};
    if (auto row = m_tables.readRow(table, id))
        touched = *row;
    noteIndexing(table, touched);
    return okStatus();
}

void RowApplier::noteIndexing(const QString& table, const QJsonObject& row) {
    if (table == kPerson) {
        m_reindexPeople.insert(row.value(QStringLiteral("id")).toString(),
                               row.value(QStringLiteral("family_id")).toString());
    } else if (table == QLatin1String("person_name")) {
        const QString person = row.value(QStringLiteral("person_id")).toString();
        if (!m_reindexPeople.contains(person)) // a family already noted stays
            m_reindexPeople.insert(person, QString());
    } else if (table == QLatin1String("address")) {
        m_reindexFamilies.insert(row.value(QStringLiteral("family_id")).toString());
    }
}

Status RowApplier::finishPage() {
    if (Status written = writePending(); !written)
        return written;
    // A person whose whole family is re-indexed (an address came) is indexed with it, once.
    QStringList people;
    for (auto it = m_reindexPeople.cbegin(); it != m_reindexPeople.cend(); ++it) {
        if (!m_reindexFamilies.contains(it.value()))
            people.append(it.key());
    }
    if (Status indexed = m_index->reindex(
            people, QStringList(m_reindexFamilies.cbegin(), m_reindexFamilies.cend()));
        !indexed)
        return indexed;
    m_reindexFamilies.clear();
    m_reindexPeople.clear();
    return okStatus();
}

Status RowApplier::writePending() {
    if (Status held = flushHeld(); !held)
        return held;
    return writeBases();
}

Status RowApplier::writeBases() {
    const Status written = m_state.setBases(m_bases);
    m_bases.clear();
    return written;
}

} // namespace kith::sync
