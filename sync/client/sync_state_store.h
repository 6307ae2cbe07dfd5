#pragma once

#include "protocol/hlc.h"
#include "store/statement_cache.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kith::sync {

// A change the server refused for good, kept for the app to show (sync_rejected).
struct RejectedChange {
    QString mutationId;
    QString entity;
    QString entityId;
    QString familyId;
    QString operation;
    QString fields; // JSON of what was sent
    QString reason;
    QDateTime rejectedAt;
};

// What the store remembers between syncs (schema 8): the pull cursor, the last clock stamp,
// each row's base version, refused changes and conflicts awaiting their record. Every call
// runs inside the caller's transaction.
class SyncStateStore {
public:
    explicit SyncStateStore(QSqlDatabase db);

    qint64 cursor();
    Status setCursor(qint64 cursor);
    Hlc lastHlc();
    Status saveHlc(const Hlc& stamp);
    QString server();
    QString account();
    Status setServerAndAccount(const QString& server, const QString& account);
    // The account's role as the server gave it at the last sign-in; empty before any.
    QString accountRole();
    Status setAccountRole(const QString& role);
    Status recordSyncFinished(const QDateTime& at, const QString& error);
    QDateTime lastSyncedAt();

    // The version of a row when this store last had it from the server; 0 when never.
    qint64 baseVersion(const QString& entity, const QString& id);
    std::optional<QString> knownFamily(const QString& entity, const QString& id);
    Status setBase(const QString& entity, const QString& id, const QString& familyId,
                   qint64 version);
    // Notes the family of a row the server now has, keeping any base it had.
    Status noteFamily(const QString& entity, const QString& id, const QString& familyId);
    // The same for many rows, a few statements in all (the answers to a pushed batch). Each
    // row at most once.
    struct RowBase {
        QString entity;
        QString id;
        QString familyId;
        qint64 version = 0;
    };
    Status setBases(const QList<RowBase>& rows);
    Status noteFamilies(const QList<RowBase>& rows);
    Status forgetRow(const QString& entity, const QString& id);

    Status addRejected(const RejectedChange& change);
    QList<RejectedChange> rejected();
    int rejectedCount();
    // The person has dealt with a refused change: it leaves the list. Fails when it is not
    // there (dismissed already, or never kept).
    Status dismissRejected(const QString& mutationId);

    Status addPendingConflict(const QString& conflictId, const QString& entity,
                              const QString& entityId);
    // Removes and says whether it was pending.
    bool takePendingConflict(const QString& conflictId);

private:
    QVariant single(const QString& statement);
    // Upserts `rows` into sync_row; `withVersion` also sets each base version.
    Status upsertRows(const QList<RowBase>& rows, bool withVersion);
    QSqlDatabase m_db;
    store::StatementCache m_statements;
};

} // namespace kith::sync
