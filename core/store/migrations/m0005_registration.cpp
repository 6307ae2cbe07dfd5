#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 5: About my Family registration details and family merges.
Status createRegistration(const QSqlDatabase& db) {
    // Registration details first; the merge records (m0005_family_merges.cpp) after.
    return createFamilyMerges(db);
}

} // namespace kith::migration_steps
