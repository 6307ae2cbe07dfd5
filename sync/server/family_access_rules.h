#pragma once

// Need-to-know (docs/sync-protocol.md, "Pull"): which accounts work with a family, worked
// out from the family's lead professional, involvement and TAF member rows.

#include "server/server_store.h"

#include <QDate>
#include <QSet>

namespace kith::server {

// Whether writing this row may change who may see its family, so that the server works the
// family's access out again: any change to a lead professional, involvement or TAF member
// row, and a new family row (whose creator works with it until a lead is named; a later
// change to the family row, such as a new name, changes nobody's access).
bool decidesAccess(const QString& entity, bool newRow);

// The accounts that may see the family: those whose professional record is its current lead
// professional, has an active involvement or is a TAF member; its creator while no lead
// professional is named; and the managers of those accounts' teams. Never admins.
QSet<QString> accountsThatWorkWith(const QList<StoredRecord>& deciding,
                                   const QString& creatorAccountId,
                                   const QList<ServerAccount>& accounts, const QDate& today);

} // namespace kith::server

namespace kith::server {

// Works the family's access out again and records what changed at `seq` (inside the
// caller's transaction).
Status refreshFamilyAccess(ServerStore& store, const QString& familyId, qint64 seq,
                           const QDate& today);
// After an account was added, changed or disabled: refreshes every family that concerns it,
// each at a new seq, in one transaction.
Status refreshAccessForAccount(ServerStore& store, const ServerAccount& account,
                               const QDate& today);

} // namespace kith::server
