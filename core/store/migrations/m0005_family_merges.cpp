#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Part of schema 5: records of families merged as duplicates, so a merge can be undone
// (docs/decisions/0008-family-merge.md). A merged family keeps its row, marked
// `merged_into` the family it joined: its append-only journey records stay under its id
// and readers follow the mark. Every row the merge moved or changed is listed in
// family_merge_move with its fields as they were, which is what unmerge writes back.
Status createFamilyMerges(const QSqlDatabase& db) {
    const QStringList statements = {
        // No foreign key: a family destroyed under the retention policy must not take the
        // record of families once merged into it down a cascade it cannot see.
        QStringLiteral("ALTER TABLE family ADD COLUMN merged_into TEXT"),
        QStringLiteral("CREATE INDEX family_merged_into ON family(merged_into) "
                       "WHERE merged_into IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE family_merge (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            merged_family_id TEXT NOT NULL,
            score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1)),
            reason TEXT,
            merged_at TEXT NOT NULL,
            merged_by TEXT NOT NULL,
            unmerged_at TEXT,
            unmerged_by TEXT,
            CHECK (family_id <> merged_family_id),
            CHECK ((unmerged_at IS NULL) = (unmerged_by IS NULL))))"),
        QStringLiteral("CREATE INDEX family_merge_family ON family_merge(family_id)"),
        QStringLiteral("CREATE INDEX family_merge_merged ON family_merge(merged_family_id)"),
        QStringLiteral(R"(CREATE TABLE family_merge_move (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            merge_id TEXT NOT NULL REFERENCES family_merge(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            before TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX family_merge_move_merge ON family_merge_move(merge_id)"),
        // The matcher finds everyone who lives or lived at a postcode.
        QStringLiteral("CREATE INDEX address_postcode ON address(postcode)"),
    };
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
