#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 10: reserved for the plan feature (issue 7); filled in by that feature.
Status createPlan(const QSqlDatabase& db) {
    Q_UNUSED(db);
    return okStatus();
}

} // namespace kith::migration_steps
