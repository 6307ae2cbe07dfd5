#include "audit/change_auditor.h"

#include "store/sql_support.h"

#include <QSqlQuery>
#include <QStringList>
#include <utility>

namespace kith::audit {
namespace {

const QString kFamilyId = QStringLiteral("family_id");
const QString kPersonId = QStringLiteral("person_id");

} // namespace

ChangeAuditor::ChangeAuditor(QSqlDatabase db, const Clock& clock, QString deviceId)
    : m_db(db)
    , m_writer(db, clock, std::move(deviceId))
    , m_statements(db) {}

// Which of the two owner columns a table has, asked of SQLite once per table, so
// tables added by later features are audited without a list to keep up to date.
const ChangeAuditor::Columns& ChangeAuditor::columnsOf(const QString& table) {
    auto found = m_columns.find(table);
    if (found != m_columns.end())
        return *found;
    Columns columns;
    QSqlQuery info(m_db);
    if (info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (info.next()) {
            const QString name = info.value(1).toString();
            columns.familyId = columns.familyId || name == kFamilyId;
            columns.personId = columns.personId || name == kPersonId;
        }
    }
    return *m_columns.insert(table, columns);
}

QString ChangeAuditor::lookUp(const QString& table, const char* column, const QString& id) {
    QSqlQuery& query = m_statements.get(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(column), table));
    query.bindValue(0, id);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status ChangeAuditor::recordChange(const QString& table, const QString& id, const char* operation,
                                   const QVariantMap& fields, const QString& actor) {
    AuditEvent event;
    event.action = Action::Change;
    event.actor = actor;
    event.entity = table;
    event.entityId = id;
    // Only the operation and column names: never the values, which are personal data.
    const QString op = QString::fromLatin1(operation);
    event.detail = fields.isEmpty() || op != QLatin1String("update")
                       ? op
                       : op + u':' + QStringList(fields.keys()).join(u',');

    if (table == QLatin1String("family")) {
        event.familyId = id;
    } else if (table == QLatin1String("person")) {
        event.personId = id;
        event.familyId = fields.contains(kFamilyId) ? fields.value(kFamilyId).toString()
                                                    : lookUp(table, "family_id", id);
        if (m_batching)
            m_batchPersonFamily.insert(id, event.familyId);
    } else {
        const Columns& columns = columnsOf(table);
        if (columns.personId) {
            event.personId = fields.contains(kPersonId) ? fields.value(kPersonId).toString()
                                                        : lookUp(table, "person_id", id);
        }
        if (columns.familyId) {
            event.familyId = fields.contains(kFamilyId) ? fields.value(kFamilyId).toString()
                                                        : lookUp(table, "family_id", id);
        } else if (!event.personId.isEmpty()) {
            event.familyId = m_batchPersonFamily.value(event.personId);
            if (event.familyId.isEmpty())
                event.familyId = lookUp(QStringLiteral("person"), "family_id", event.personId);
        }
    }
    if (m_batching) {
        addToBatch(std::move(event), op + u' ' + table);
        return okStatus();
    }
    const auto stored = m_writer.append(std::move(event));
    return stored ? okStatus() : Status::fail(stored.error());
}

void ChangeAuditor::beginBatch() {
    m_batching = true;
    m_batch.clear();
    m_batchIndex.clear();
    m_batchPersonFamily.clear();
}

void ChangeAuditor::addToBatch(AuditEvent event, const QString& change) {
    const QString personId = event.personId;
    const auto found = m_batchIndex.constFind(event.familyId);
    const qsizetype position = found == m_batchIndex.constEnd() ? m_batch.size() : *found;
    if (position == m_batch.size()) {
        m_batchIndex.insert(event.familyId, position);
        m_batch.append({std::move(event), {}, {}, {}});
    }
    Pending& pending = m_batch[position];
    if (!personId.isEmpty())
        pending.people.insert(personId);
    if (!pending.counts.contains(change))
        pending.counted.append(change);
    ++pending.counts[change];
}

Status ChangeAuditor::finishBatch() {
    m_batching = false;
    const QList<Pending> batch = std::exchange(m_batch, {});
    m_batchIndex.clear();
    m_batchPersonFamily.clear();
    for (Pending pending : batch) {
        // "insert family 1, insert person 4": the first row changed is named in
        // entity/entity_id; the counts say what else changed with it.
        QStringList parts;
        for (const QString& change : std::as_const(pending.counted))
            parts.append(QStringLiteral("%1 %2").arg(change).arg(pending.counts.value(change)));
        pending.event.detail = parts.join(QStringLiteral(", "));
        pending.event.personId =
            pending.people.size() == 1 ? *pending.people.constBegin() : QString();
        if (const auto stored = m_writer.append(std::move(pending.event)); !stored)
            return Status::fail(stored.error());
    }
    return okStatus();
}

} // namespace kith::audit
