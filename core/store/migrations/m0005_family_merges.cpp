#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Part of schema 5: records of families merged as duplicates, so a merge can be undone.
Status createFamilyMerges(const QSqlDatabase& db) {
    Q_UNUSED(db);
    return okStatus();
}

} // namespace kith::migration_steps
