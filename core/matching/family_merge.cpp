#include "matching/family_merge.h"

#include "audit/audit_log.h"
#include "search/person_index.h"
#include "store/database.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kith::match {
namespace {

const QString kMergeTable = QStringLiteral("family_merge");
const QString kMoveTable = QStringLiteral("family_merge_move");

// Tables that keep a family id for their own reasons and never move with a merge.
bool isBookkeeping(const QString& table) {
    static const QStringList kept{
        kMergeTable, kMoveTable, QStringLiteral("family"), QStringLiteral("episode"),
        // One per family (the mark that its genogram is stored); the
        // duplicate's people and lines move, the mark stays.
        QStringLiteral("genogram"), QStringLiteral("audit_event"), QStringLiteral("legal_hold"),
        QStringLiteral("destruction_review"), QStringLiteral("change_log")};
    return kept.contains(table) || table.startsWith(QLatin1String("sync_")) ||
           table.startsWith(QLatin1String("sqlite_"));
}

QVariant fromJson(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return value.toDouble();
    return value.toString();
}

QJsonValue toJson(const QVariant& value) {
    if (value.isNull())
        return QJsonValue::Null;
    return value.toString();
}

// Columns of a row that the merge changes, as they are now.
QJsonObject currentValues(const QSqlQuery& row, const QStringList& columns) {
    QJsonObject values;
    for (int i = 0; i < columns.size(); ++i)
        values.insert(columns.at(i), toJson(row.value(i + 1)));
    return values;
}

bool hasCurrent(const QSqlDatabase& db, const QString& table, const QString& endColumn,
                const QString& familyId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE family_id = ? AND %2 IS NULL LIMIT 1")
                      .arg(table, endColumn));
    query.addBindValue(familyId);
    return query.exec() && query.next();
}

QDate laterOf(const QDate& a, const QDate& b) {
    return b.isValid() && b > a ? b : a;
}

} // namespace

FamilyMerger::FamilyMerger(Database& database)
    : m_database(database)
    , m_writer(database.connection(), database.clock(), database.deviceId())
    , m_index(std::make_unique<search::PersonIndex>(database.connection()))
    , m_audit(std::make_unique<audit::AuditLog>(database)) {}

FamilyMerger::~FamilyMerger() = default;

void FamilyMerger::setActor(const QString& actor) {
    m_writer.setActor(actor);
    m_audit->setActor(actor);
}

QStringList FamilyMerger::movableTables(const QSqlDatabase& db) {
    QStringList tables;
    QSqlQuery list(db);
    if (!list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql "
                                  "NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")))
        return tables;
    QStringList names;
    while (list.next())
        names.append(list.value(0).toString());
    for (const QString& table : std::as_const(names)) {
        if (isBookkeeping(table))
            continue;
        QSqlQuery info(db);
        bool hasId = false, hasFamily = false, hasEpisode = false;
        if (info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (info.next()) {
                const QString column = info.value(1).toString();
                hasId = hasId || column == QLatin1String("id");
                hasFamily = hasFamily || column == QLatin1String("family_id");
                hasEpisode = hasEpisode || column == QLatin1String("episode_id");
            }
        }
        if (!hasId || !hasFamily || hasEpisode)
            continue;
        // Append-only tables refuse updates with a trigger; their rows stay put.
        QSqlQuery triggers(db);
        triggers.prepare(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
            "upper(sql) LIKE '%BEFORE UPDATE%' AND upper(sql) LIKE '%RAISE%' LIMIT 1"));
        triggers.addBindValue(table);
        if (triggers.exec() && triggers.next())
            continue;
        tables.append(table);
    }
    return tables;
}

Status FamilyMerger::moveRows(const QString& mergeId, const QString& from, const QString& to,
                              int& moved) {
    const QSqlDatabase db = m_database.connection();
    const QDate today = m_database.clock().today();
    // The kept family's current address and lead professional stay current; the
    // duplicate's end on the day of the merge (the unique index allows one current lead).
    const bool keepAddress =
        hasCurrent(db, QStringLiteral("address"), QStringLiteral("to_date"), to);
    const bool keepLead =
        hasCurrent(db, QStringLiteral("lead_professional"), QStringLiteral("ended_on"), to);
    for (const QString& table : movableTables(db)) {
        QStringList columns{QStringLiteral("family_id")};
        QString startColumn, endColumn;
        if (table == QLatin1String("address") && keepAddress) {
            startColumn = QStringLiteral("from_date");
            endColumn = QStringLiteral("to_date");
        } else if (table == QLatin1String("lead_professional") && keepLead) {
            startColumn = QStringLiteral("started_on");
            endColumn = QStringLiteral("ended_on");
        }
        if (!endColumn.isEmpty())
            columns << endColumn << startColumn;
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE family_id = ?")
                         .arg(columns.join(u','), table));
        rows.addBindValue(from);
        if (Status ran = sql::exec(rows); !ran)
            return ran;
        QList<std::pair<QString, QJsonObject>> found;
        while (rows.next())
            found.append({rows.value(0).toString(), currentValues(rows, columns)});
        rows.finish();
        for (auto& [id, before] : found) {
            QVariantMap changed{{QStringLiteral("family_id"), to}};
            if (!endColumn.isEmpty()) {
                if (before.value(endColumn).isNull()) {
                    const QDate started = sql::toDate(fromJson(before.value(startColumn)));
                    changed.insert(endColumn, sql::fromDate(laterOf(today, started)));
                }
                before.remove(startColumn); // read only to keep the end after the start
                if (!changed.contains(endColumn))
                    before.remove(endColumn);
            }
            if (Status done = m_writer.update(table, id, changed); !done)
                return done;
            QVariantMap move{
                {QStringLiteral("id"), newId()},
                {QStringLiteral("family_id"), to},
                {QStringLiteral("merge_id"), mergeId},
                {QStringLiteral("entity"), table},
                {QStringLiteral("entity_id"), id},
                {QStringLiteral("before"),
                 QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact))}};
            if (auto stored = m_writer.insert(kMoveTable, move); !stored)
                return Status::fail(stored.error());
            ++moved;
        }
    }
    return okStatus();
}

Result<QString> FamilyMerger::merge(const QString& keepFamilyId, const QString& duplicateFamilyId,
                                    const QString& reason, double score) {
    using R = Result<QString>;
    if (keepFamilyId == duplicateFamilyId)
        return R::fail(tr("A family cannot be merged into itself."));
    const QSqlDatabase db = m_database.connection();
    auto mergedInto = [&](const QString& id) -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT coalesce(merged_into, '') FROM family WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toString();
    };
    const auto keep = mergedInto(keepFamilyId);
    const auto duplicate = mergedInto(duplicateFamilyId);
    if (!keep || !duplicate)
        return R::fail(tr("There is no family with that id in this store."));
    if (!keep->isEmpty() || !duplicate->isEmpty())
        return R::fail(tr("That family has already been merged into another; undo that merge "
                          "first or merge into the family it joined."));

    sql::Transaction transaction(db);
    if (!transaction.begun())
        return R::fail(transaction.begun().error());
    m_writer.beginAuditBatch();
    const QString mergeId = newId();
    QVariantMap record{
        {QStringLiteral("id"), mergeId},
        {QStringLiteral("family_id"), keepFamilyId},
        {QStringLiteral("merged_family_id"), duplicateFamilyId},
        {QStringLiteral("score"), score >= 0 ? QVariant(score) : QVariant()},
        {QStringLiteral("reason"), sql::fromText(reason.trimmed())},
        {QStringLiteral("merged_at"), sql::fromDateTime(m_database.clock().nowUtc())},
        {QStringLiteral("merged_by"), m_writer.actor()}};
    if (auto stored = m_writer.insert(kMergeTable, record); !stored)
        return R::fail(stored.error());
    int moved = 0;
    if (Status done = moveRows(mergeId, duplicateFamilyId, keepFamilyId, moved); !done)
        return R::fail(done.error());
    // The duplicate's own row stays, marked, so its journey records keep their family.
    if (Status done = m_writer.update(QStringLiteral("family"), duplicateFamilyId,
                                      {{QStringLiteral("merged_into"), keepFamilyId}});
        !done)
        return R::fail(done.error());
    const QVariantMap markMove{
        {QStringLiteral("id"), newId()},
        {QStringLiteral("family_id"), keepFamilyId},
        {QStringLiteral("merge_id"), mergeId},
        {QStringLiteral("entity"), QStringLiteral("family")},
        {QStringLiteral("entity_id"), duplicateFamilyId},
        {QStringLiteral("before"), QStringLiteral("{\"merged_into\":null}")}};
    if (auto stored = m_writer.insert(kMoveTable, markMove); !stored)
        return R::fail(stored.error());
    if (Status done = m_index->reindexFamily(keepFamilyId); !done)
        return R::fail(done.error());
    if (Status done = m_writer.finishAuditBatch(); !done)
        return R::fail(done.error());
    for (const QString& family : {keepFamilyId, duplicateFamilyId}) {
        if (Status done = recordEvent(family, mergeId, "merge"); !done)
            return R::fail(done.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return R::fail(committed.error());
    return R::ok(mergeId);
}

Status FamilyMerger::unmerge(const QString& mergeId) {
    const QSqlDatabase db = m_database.connection();
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral(
        "SELECT family_id, merged_family_id, unmerged_at FROM family_merge WHERE id = ?"));
    lookup.addBindValue(mergeId);
    if (Status ran = sql::exec(lookup); !ran)
        return ran;
    if (!lookup.next())
        return Status::fail(tr("There is no merge with that id in this store."));
    const QString keptId = lookup.value(0).toString();
    const QString duplicateId = lookup.value(1).toString();
    if (!lookup.value(2).isNull())
        return Status::fail(tr("That merge has already been undone."));
    lookup.finish();

    sql::Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    m_writer.beginAuditBatch();
    QSqlQuery moves(db);
    moves.setForwardOnly(true);
    moves.prepare(
        QStringLiteral("SELECT entity, entity_id, before FROM family_merge_move WHERE merge_id = ? "
                       "ORDER BY rowid DESC"));
    moves.addBindValue(mergeId);
    if (Status ran = sql::exec(moves); !ran)
        return ran;
    struct Move {
        QString entity, id;
        QJsonObject before;
    };
    QList<Move> list;
    while (moves.next()) {
        list.append({moves.value(0).toString(), moves.value(1).toString(),
                     QJsonDocument::fromJson(moves.value(2).toString().toUtf8()).object()});
    }
    moves.finish();
    const QStringList movable = movableTables(db) << QStringLiteral("family");
    for (const Move& move : std::as_const(list)) {
        if (!movable.contains(move.entity))
            return Status::fail(tr("The merge record names a table this store does not have."));
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(move.entity));
        exists.addBindValue(move.id);
        if (Status ran = sql::exec(exists); !ran)
            return ran;
        if (!exists.next())
            continue; // removed since the merge: nothing to put back
        exists.finish();
        QVariantMap restored;
        for (auto it = move.before.begin(); it != move.before.end(); ++it)
            restored.insert(it.key(), fromJson(it.value()));
        if (Status done = m_writer.update(move.entity, move.id, restored); !done)
            return done;
    }
    if (Status done = m_writer.update(
            kMergeTable, mergeId,
            {{QStringLiteral("unmerged_at"), sql::fromDateTime(m_database.clock().nowUtc())},
             {QStringLiteral("unmerged_by"), m_writer.actor()}});
        !done)
        return done;
    for (const QString& family : {keptId, duplicateId}) {
        if (Status done = m_index->reindexFamily(family); !done)
            return done;
    }
    if (Status done = m_writer.finishAuditBatch(); !done)
        return done;
    for (const QString& family : {keptId, duplicateId}) {
        if (Status done = recordEvent(family, mergeId, "unmerge"); !done)
            return done;
    }
    return transaction.commit();
}

Status FamilyMerger::recordEvent(const QString& familyId, const QString& mergeId,
                                 const char* what) {
    audit::AuditEvent event;
    event.action = audit::Action::Change;
    event.familyId = familyId;
    event.entity = kMergeTable;
    event.entityId = mergeId;
    event.detail = QString::fromLatin1(what);
    const auto stored = m_audit->record(event);
    return stored ? okStatus() : Status::fail(stored.error());
}

QList<FamilyMergeRecord> FamilyMerger::mergesOf(const QString& familyId) const {
    QList<FamilyMergeRecord> merges;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT m.id, m.family_id, m.merged_family_id, m.score, m.reason, m.merged_at, "
        " m.merged_by, m.unmerged_at, m.unmerged_by, "
        " (SELECT count(*) FROM family_merge_move v WHERE v.merge_id = m.id) "
        "FROM family_merge m WHERE m.family_id = ? OR m.merged_family_id = ? "
        "ORDER BY m.merged_at DESC, m.rowid DESC"));
    query.addBindValue(familyId);
    query.addBindValue(familyId);
    if (!query.exec())
        return merges;
    while (query.next()) {
        FamilyMergeRecord record;
        record.id = query.value(0).toString();
        record.familyId = query.value(1).toString();
        record.mergedFamilyId = query.value(2).toString();
        record.score = query.value(3).isNull() ? -1 : query.value(3).toDouble();
        record.reason = query.value(4).toString();
        record.mergedAt = sql::toDateTime(query.value(5));
        record.mergedBy = query.value(6).toString();
        record.unmergedAt = sql::toDateTime(query.value(7));
        record.unmergedBy = query.value(8).toString();
        record.movedRows = query.value(9).toInt();
        merges.append(record);
    }
    return merges;
}

QString FamilyMerger::currentFamily(const QString& familyId) const {
    QString current = familyId;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT merged_into FROM family WHERE id = ?"));
    // Merges never form a loop (a merged family cannot be merged again), but a bound
    // keeps a damaged store from hanging the reader.
    for (int step = 0; step < 64; ++step) {
        query.bindValue(0, current);
        if (!query.exec() || !query.next() || query.value(0).isNull())
            break;
        current = query.value(0).toString();
    }
    return current;
}

QStringList FamilyMerger::familyWithMerged(const QString& familyId) const {
    QStringList families{familyId};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM family WHERE merged_into = ? ORDER BY id"));
    for (qsizetype i = 0; i < families.size() && i < 1024; ++i) {
        query.bindValue(0, families.at(i));
        if (!query.exec())
            break;
        while (query.next())
            families.append(query.value(0).toString());
    }
    return families;
}

} // namespace kith::match
