#include "store/migrations.h"

namespace kith::migration_steps {

// Schema 12: the role of the hub account this store syncs as (practitioner, manager or
// admin), as the server said at the last sign-in. The server decides what a role may do; the
// app uses it only to explain beforehand, for example that signing off an assessment is a
// manager's. Empty until the first sign-in.
Status addSyncAccountRole(const QSqlDatabase& db) {
    return runStatements(db,
                         {QStringLiteral("ALTER TABLE sync_state ADD COLUMN account_role TEXT")});
}

} // namespace kith::migration_steps
