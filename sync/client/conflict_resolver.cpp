#include "client/conflict_resolver.h"

#include "client/local_tables.h"
#include "protocol/wire.h"
#include "store/record_writer.h"
#include "store/sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kith::sync {
namespace {

QJsonValue parseValue(const QString& text) {
    const QJsonDocument wrapped =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return wrapped.array().isEmpty() ? QJsonValue() : wrapped.array().at(0);
}

QString valueText(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString resolutionName(ConflictChoice choice) {
    switch (choice) {
    case ConflictChoice::KeepServer:
        return QStringLiteral("kept_server");
    case ConflictChoice::KeepClient:
        return QStringLiteral("kept_client");
    case ConflictChoice::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace

ConflictResolver::ConflictResolver(Database& database)
    : m_database(database) {}

QList<ConflictRecord> ConflictResolver::openConflicts(const QString& familyId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, family_id, entity, entity_id, field, server_value, server_changed_by, "
        "server_changed_at, client_value, client_changed_by, client_changed_at, status "
        "FROM sync_conflict WHERE status = 'open' AND (? OR family_id = ?) "
        "ORDER BY client_changed_at, id"));
    query.addBindValue(familyId.isEmpty() ? 1 : 0);
    query.addBindValue(familyId);
    QList<ConflictRecord> conflicts;
    if (!query.exec())
        return conflicts;
    while (query.next())
        conflicts.append({query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString(),
                          query.value(6).toString(), sql::toDateTime(query.value(7)),
                          query.value(8).toString(), query.value(9).toString(),
                          sql::toDateTime(query.value(10)), query.value(11).toString()});
    return conflicts;
}

Status ConflictResolver::resolveConflict(const QString& conflictId, ConflictChoice choice,
                                         const QJsonValue& value, const QString& actor) {
    const QList<ConflictRecord> open = openConflicts();
    const auto found = std::find_if(open.begin(), open.end(),
                                    [&](const ConflictRecord& c) { return c.id == conflictId; });
    if (found == open.end())
        return Status::fail(tr("That conflict is not open: it may have been resolved already."));
    const ConflictRecord& conflict = *found;
    const QJsonValue chosen =
        choice == ConflictChoice::KeepServer   ? parseValue(conflict.serverValue)
        : choice == ConflictChoice::KeepClient ? parseValue(conflict.clientValue)
                                               : value;
    const QSqlDatabase db = m_database.connection();
    LocalTables tables(db);
    const bool deletion = conflict.field == kDeletedField;
    if (deletion && chosen.isObject())
        return Status::fail(tr("A removed record cannot be brought back from here yet; add it "
                               "again instead."));
    if (!deletion && !tables.syncedColumns(conflict.entity).contains(conflict.field))
        return Status::fail(tr("This version of Kith does not know the field in conflict."));

    sql::Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    store::RecordWriter writer(db, m_database.clock(), m_database.deviceId());
    writer.setActor(actor);
    writer.beginAuditBatch();
    const QDateTime now = m_database.clock().nowUtc();
    Status done = writer.update(kConflictEntity, conflict.id,
                                {{QStringLiteral("status"), QStringLiteral("resolved")},
                                 {QStringLiteral("resolution"), resolutionName(choice)},
                                 {QStringLiteral("resolved_value"), valueText(chosen)},
                                 {QStringLiteral("resolved_by"), actor},
                                 {QStringLiteral("resolved_at"), sql::fromDateTime(now)}});
    const std::optional<QJsonObject> row = tables.readRow(conflict.entity, conflict.entityId);
    if (done && deletion && row)
        done = writer.remove(conflict.entity, conflict.entityId); // the delete was chosen
    else if (done && !deletion && row && row->value(conflict.field) != chosen)
        done = writer.update(conflict.entity, conflict.entityId,
                             {{conflict.field, fromWireValue(chosen)}});
    if (done)
        done = writer.finishAuditBatch();
    if (!done)
        return done;
    return transaction.commit();
}

} // namespace kith::sync
