#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 7: genograms. One `genogram` row marks that a family's genogram has been
// stored (until then it is built from the family record). Every table syncs: text UUID
// `id` and `family_id`. People in the family record are stored as a link only
// (`family_person_id`); their name, date of birth and sex stay in `person`.
// A family-record person taken off the genogram keeps their row with `hidden` set, so
// that they are not drawn again as someone new to the record.
// Kinds are stored as codes (genogram_codes.h) and checked only for being present, so a
// newer Kith's kind arriving by sync is kept rather than refused.
Status createGenogram(const QSqlDatabase& db) {
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE genogram (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL UNIQUE REFERENCES family(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE genogram_person (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            family_person_id TEXT REFERENCES person(id) ON DELETE CASCADE,
            name TEXT,
            sex TEXT,
            date_of_birth TEXT,
            birth_year INTEGER,
            deceased INTEGER NOT NULL DEFAULT 0 CHECK (deceased IN (0,1)),
            death_year INTEGER,
            index_child INTEGER NOT NULL DEFAULT 0 CHECK (index_child IN (0,1)),
            pregnancy TEXT NOT NULL DEFAULT 'none',
            note TEXT,
            hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0,1))))"),
        QStringLiteral("CREATE INDEX genogram_person_family ON genogram_person(family_id)"),
        QStringLiteral("CREATE INDEX genogram_person_link ON genogram_person(family_person_id)"),
        QStringLiteral(R"(CREATE TABLE genogram_pin (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            genogram_person_id TEXT NOT NULL UNIQUE
                REFERENCES genogram_person(id) ON DELETE CASCADE,
            x REAL NOT NULL,
            y REAL NOT NULL))"),
        QStringLiteral("CREATE INDEX genogram_pin_family ON genogram_pin(family_id)"),
        QStringLiteral(R"(CREATE TABLE genogram_union (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            partner_a TEXT NOT NULL REFERENCES genogram_person(id) ON DELETE CASCADE,
            partner_b TEXT NOT NULL REFERENCES genogram_person(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            start_year INTEGER,
            end_year INTEGER))"),
        QStringLiteral("CREATE INDEX genogram_union_family ON genogram_union(family_id)"),
        QStringLiteral(R"(CREATE TABLE genogram_child (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            child_id TEXT NOT NULL REFERENCES genogram_person(id) ON DELETE CASCADE,
            parent_a TEXT REFERENCES genogram_person(id) ON DELETE SET NULL,
            parent_b TEXT REFERENCES genogram_person(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            twin_group TEXT,
            identical_twins INTEGER NOT NULL DEFAULT 0 CHECK (identical_twins IN (0,1))))"),
        QStringLiteral("CREATE INDEX genogram_child_family ON genogram_child(family_id)"),
        QStringLiteral(R"(CREATE TABLE genogram_relationship (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            from_person TEXT NOT NULL REFERENCES genogram_person(id) ON DELETE CASCADE,
            to_person TEXT NOT NULL REFERENCES genogram_person(id) ON DELETE CASCADE,
            bond TEXT NOT NULL,
            note TEXT))"),
        QStringLiteral(
            "CREATE INDEX genogram_relationship_family ON genogram_relationship(family_id)"),
        QStringLiteral(R"(CREATE TABLE genogram_household (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            label TEXT))"),
        QStringLiteral("CREATE INDEX genogram_household_family ON genogram_household(family_id)"),
        // One row per member, so that two people added on two laptops merge.
        QStringLiteral(R"(CREATE TABLE genogram_household_member (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            household_id TEXT NOT NULL REFERENCES genogram_household(id) ON DELETE CASCADE,
            genogram_person_id TEXT NOT NULL REFERENCES genogram_person(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX genogram_household_member_family ON "
                       "genogram_household_member(family_id)"),
    };
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
