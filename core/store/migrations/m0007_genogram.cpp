#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 7: genograms.
Status createGenogram(const QSqlDatabase& db) {
    Q_UNUSED(db);
    return okStatus();
}

} // namespace kith::migration_steps
