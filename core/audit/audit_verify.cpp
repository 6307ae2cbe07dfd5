#include "audit/audit_chain.h"
#include "audit/audit_log.h"
#include "store/database.h"

#include <QSqlQuery>

namespace kith::audit {
namespace {

// The seq of the row whose hash is `hash`, or 0. Only run once a break is found.
qint64 seqWithHash(const QSqlDatabase& db, const QString& hash) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT seq FROM audit_event WHERE hash = ?"));
    query.addBindValue(hash);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

VerifyResult broken(qint64 checked, qint64 seq, VerifyResult::Problem problem, QString message) {
    VerifyResult result;
    result.intact = false;
    result.checked = checked;
    result.brokenSeq = seq;
    result.problem = problem;
    result.message = std::move(message);
    return result;
}

} // namespace

VerifyResult AuditLog::verify() const {
    const QSqlDatabase db = m_database.connection();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral(
            "SELECT seq, id, occurred_at, actor, device_id, action, family_id, person_id, "
            "entity, entity_id, detail, previous_hash, hash FROM audit_event ORDER BY seq"))) {
        return broken(0, 0, VerifyResult::Problem::Unreadable,
                      tr("The audit log cannot be read. Run kithctl check on the store."));
    }
    QString previousHash = genesisHash();
    qint64 previousSeq = 0;
    qint64 checked = 0;
    while (rows.next()) {
        const qint64 seq = rows.value(0).toLongLong();
        QStringList fields;
        for (int column = 1; column <= kCanonicalFieldCount; ++column)
            fields.append(rows.value(column).toString());
        const QString storedHash = rows.value(kCanonicalFieldCount + 1).toString();
        const QString storedPrevious = fields.last();

        if (chainHash(fields) != storedHash) {
            return broken(checked, seq, VerifyResult::Problem::Altered,
                          tr("Audit record %1 has been altered: its contents no longer match "
                             "its hash.")
                              .arg(seq));
        }
        if (seq != previousSeq + 1) {
            return broken(checked, seq, VerifyResult::Problem::Removed,
                          tr("Audit records are missing before record %1 (the last intact "
                             "record is %2).")
                              .arg(seq)
                              .arg(previousSeq));
        }
        if (storedPrevious != previousHash) {
            const qint64 follows = seqWithHash(db, storedPrevious);
            if (follows != 0) {
                return broken(checked, seq, VerifyResult::Problem::Reordered,
                              tr("Audit records have been reordered: record %1 was written "
                                 "after record %2, not after record %3.")
                                  .arg(seq)
                                  .arg(follows)
                                  .arg(previousSeq));
            }
            return broken(checked, seq, VerifyResult::Problem::Removed,
                          tr("An audit record has been removed or replaced before record %1: "
                             "it does not follow record %2.")
                              .arg(seq)
                              .arg(previousSeq));
        }
        previousHash = storedHash;
        previousSeq = seq;
        ++checked;
    }
    // Rows cut off the end leave no gap, but SQLite remembers the highest seq handed out.
    QSqlQuery highest(db);
    if (highest.exec(
            QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_event'")) &&
        highest.next() && highest.value(0).toLongLong() > previousSeq) {
        return broken(checked, previousSeq + 1, VerifyResult::Problem::Removed,
                      tr("The newest audit records have been removed: the log ends at record "
                         "%1 but reached record %2.")
                          .arg(previousSeq)
                          .arg(highest.value(0).toLongLong()));
    }
    VerifyResult intact;
    intact.checked = checked;
    intact.message =
        tr("The audit log is intact: %n record(s) checked.", nullptr, static_cast<int>(checked));
    return intact;
}

} // namespace kith::audit
