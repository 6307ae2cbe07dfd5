#include "store/migrations/kept_as_written.h"

namespace kith::migration_steps {

QStringList keptAsWritten(const QString& table, const QString& what) {
    return {
        QStringLiteral("CREATE TRIGGER %1_kept_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%2 cannot be changed; record a new one'); END")
            .arg(table, what),
        QStringLiteral("CREATE TRIGGER %1_kept_delete BEFORE DELETE ON %1 "
                       "WHEN NOT EXISTS (SELECT 1 FROM destruction_review r WHERE "
                       "r.family_id = OLD.family_id AND r.decision = 'approved') "
                       "BEGIN SELECT RAISE(ABORT, '%2 cannot be removed'); END")
            .arg(table, what),
    };
}

} // namespace kith::migration_steps
