#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 11: reserved for the meeting feature (issue 7); filled in by that feature.
Status createMeetings(const QSqlDatabase& db) {
    Q_UNUSED(db);
    return okStatus();
}

} // namespace kith::migration_steps
