#pragma once

#include "client/sync_state_store.h"
#include "store/database.h"
#include "util/result.h"

#include <QCoreApplication>

namespace kith::sync {

// The changes the server refused for good (sync_rejected), for the app to show and for the
// person to dismiss once dealt with. The server's reasons are technical English; the
// static helpers turn them, and entity and operation names, into plain words.
class RefusedChanges {
    Q_DECLARE_TR_FUNCTIONS(kith::sync::RefusedChanges)

public:
    explicit RefusedChanges(Database& database);

    QList<RejectedChange> list();
    int count();
    // Who dismisses; until set, the professional this store is set up for (or "local user").
    void setActor(const QString& actor) { m_actor = actor; }
    // Removes the change from the list (its own transaction) and records in the audit log
    // who dismissed which record, and when. The change itself was never applied anywhere;
    // dismissing only says the person has dealt with it.
    Status dismiss(const QString& mutationId);

    // "Person", "Lead professional", "Address"... from a table name.
    static QString recordKind(const QString& entity);
    // "Adding it", "Changing it", "Removing it".
    static QString whatWasTried(const QString& operation);
    // What the refusal means and what to do, from the server's reason; the reason itself
    // when it is not one Kith knows.
    static QString plainReason(const QString& serverReason);

private:
    Database& m_database;
    SyncStateStore m_state;
    QString m_actor;
};

} // namespace kith::sync
