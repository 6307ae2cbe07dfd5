#include "search/person_index.h"
#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 2: a full-text index over people, filled from the people already stored.
// The index's rowid is person.local_id, which (unlike an implicit rowid) survives VACUUM.
Status createPersonSearch(const QSqlDatabase& db) {
    const QString create =
        QStringLiteral("CREATE VIRTUAL TABLE person_search USING fts5("
                       "names, sounds, dob, postcode, nhs, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
    if (Status created = sql::exec(db, create); !created)
        return created;
    return search::PersonIndex(db).rebuildAll();
}

} // namespace kith::migration_steps
