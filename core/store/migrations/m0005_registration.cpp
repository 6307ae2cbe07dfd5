#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 5: About my Family registration details and family merges.
//
// A person's language, ethnicity, GP, school and SEND are columns of `person` (one value
// each, read wherever the person is); how the family heard of the hub is a column of
// `family`. How each member is related to each child is its own synced table, which the
// genogram reads. Drafts of unfinished registrations stay on this device: not synced, no
// family yet. The code lists in the CHECKs are fixed here on purpose: a new code needs a
// new schema step, so that an older store is never handed a value it would refuse.
Status createRegistration(const QSqlDatabase& db) {
    const QString statements[] = {
        QStringLiteral("ALTER TABLE person ADD COLUMN language TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN interpreter_needed INTEGER NOT NULL "
                       "DEFAULT 0 CHECK (interpreter_needed IN (0,1))"),
        QStringLiteral("ALTER TABLE person ADD COLUMN ethnicity TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN gp_practice TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN school TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN send TEXT CHECK (send IS NULL OR send IN "
                       "('none','being_assessed','sen_support','ehcp'))"),
        QStringLiteral("ALTER TABLE person ADD COLUMN disability TEXT"),
        QStringLiteral("ALTER TABLE family ADD COLUMN how_heard TEXT"),
        QStringLiteral("ALTER TABLE family ADD COLUMN how_heard_detail TEXT"),
        QStringLiteral(R"(CREATE TABLE relationship_to_child (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            child_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            relationship TEXT NOT NULL CHECK (relationship IN ('mother','father','step_mother',
                'step_father','adoptive_mother','adoptive_father','foster_carer','kinship_carer',
                'grandmother','grandfather','brother','sister','half_brother','half_sister',
                'step_brother','step_sister','aunt','uncle','partner_of_parent','family_friend',
                'other')),
            CHECK (person_id <> child_id),
            UNIQUE (person_id, child_id)))"),
        QStringLiteral("CREATE INDEX relationship_to_child_family ON "
                       "relationship_to_child(family_id)"),
        QStringLiteral(
            "CREATE INDEX relationship_to_child_child ON relationship_to_child(child_id)"),
        QStringLiteral(R"(CREATE TABLE registration_draft (
            id TEXT PRIMARY KEY,
            document TEXT NOT NULL,
            created_at TEXT NOT NULL,
            saved_at TEXT NOT NULL))"),
    };
    for (const QString& statement : statements) {
        if (Status done = sql::exec(db, statement); !done)
            return done;
    }
    // Registration details first; the merge records (m0005_family_merges.cpp) after.
    return createFamilyMerges(db);
}

} // namespace kith::migration_steps
