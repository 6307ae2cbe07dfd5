#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 5: About my Family registration details and family merges.
Status createRegistration(const QSqlDatabase& db) {
    Q_UNUSED(db);
    return okStatus();
}

} // namespace kith::migration_steps
