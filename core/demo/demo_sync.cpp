#include "demo/demo_sync.h"

#include "store/record_writer.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QSqlQuery>

namespace kith::demo {

Status addDemoConflicts(const Database& database) {
    const QSqlDatabase db = database.connection();
    struct Pick {
        QString personId;
        QString familyId;
        QString givenName;
    };
    QList<Pick> picks;
    {
        // The first named parent or carer of every fortieth family, in the order made.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT p.id, p.family_id, p.given_name FROM family f JOIN person p ON "
                "p.local_id = (SELECT min(q.local_id) FROM person q WHERE q.family_id = f.id AND "
                "q.given_name IS NOT NULL AND q.role IN ('parent','carer')) WHERE f.rowid % 40 = 7 "
                "AND NOT EXISTS (SELECT 1 FROM sync_conflict c WHERE c.family_id = f.id) "
                "ORDER BY f.rowid")))
            return Status::fail(sql::describeFailure(query));
        while (query.next())
            picks.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    if (picks.isEmpty())
        return okStatus();
    const QDateTime now = database.clock().nowUtc();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    store::RecordWriter writer(db, database.clock(), database.deviceId());
    writer.setActor(QStringLiteral("demo"));
    writer.beginAuditBatch();
    for (const Pick& pick : std::as_const(picks)) {
        // Values are kept as JSON text, as the server writes them.
        const auto quoted = [](const QString& text) {
            return u'"' + text + u'"';
        };
        const QString otherSpelling =
            pick.givenName.endsWith(u'a') ? pick.givenName + u'h' : pick.givenName + u'e';
        const auto inserted = writer.insert(
            QStringLiteral("sync_conflict"),
            {{QStringLiteral("id"), newId()},
             {QStringLiteral("family_id"), pick.familyId},
             {QStringLiteral("entity"), QStringLiteral("person")},
             {QStringLiteral("entity_id"), pick.personId},
             {QStringLiteral("field"), QStringLiteral("given_name")},
             {QStringLiteral("server_value"), quoted(pick.givenName)},
             {QStringLiteral("server_changed_by"), QStringLiteral("Priya Shah")},
             {QStringLiteral("server_changed_at"), sql::fromDateTime(now.addDays(-2))},
             {QStringLiteral("client_value"), quoted(otherSpelling)},
             {QStringLiteral("client_changed_by"), QStringLiteral("Tom Evans")},
             {QStringLiteral("client_changed_at"), sql::fromDateTime(now.addDays(-1))},
             {QStringLiteral("status"), QStringLiteral("open")}});
        if (!inserted)
            return Status::fail(inserted.error());
    }
    if (Status audited = writer.finishAuditBatch(); !audited)
        return audited;
    return transaction.commit();
}

} // namespace kith::demo
