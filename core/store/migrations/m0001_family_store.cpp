#include "store/database.h"
#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 1: the family store. Every table that syncs has a text UUID `id`; tables
// searched by person also get a local integer key that the search index points at.
Status createFamilyStore(const QSqlDatabase& db) {
    const QStringList statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
        QStringLiteral(R"(CREATE TABLE store_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE family (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE person (
            local_id INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN
                ('child','young_person','parent','carer','other_significant')),
            given_name TEXT,
            family_name TEXT,
            preferred_name TEXT,
            date_of_birth TEXT,
            unborn INTEGER NOT NULL DEFAULT 0 CHECK (unborn IN (0,1)),
            expected_delivery_date TEXT,
            mother_id TEXT REFERENCES person(id) ON DELETE SET NULL,
            gender TEXT NOT NULL DEFAULT 'not_known'
                CHECK (gender IN ('female','male','other','not_known')),
            nhs_number TEXT CHECK (nhs_number IS NULL OR length(nhs_number) = 10),
            relationship TEXT,
            in_household INTEGER NOT NULL DEFAULT 1 CHECK (in_household IN (0,1)),
            CHECK (unborn = 0 OR (expected_delivery_date IS NOT NULL AND date_of_birth IS NULL))))"),
        QStringLiteral("CREATE INDEX person_family ON person(family_id)"),
        QStringLiteral(R"(CREATE TABLE person_name (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('former','alias')),
            given_name TEXT,
            family_name TEXT))"),
        QStringLiteral("CREATE INDEX person_name_person ON person_name(person_id)"),
        QStringLiteral(R"(CREATE TABLE address (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            line1 TEXT, line2 TEXT, town TEXT,
            postcode TEXT,
            from_date TEXT,
            to_date TEXT))"),
        QStringLiteral("CREATE INDEX address_family ON address(family_id)"),
        QStringLiteral(R"(CREATE TABLE contact_detail (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            person_id TEXT REFERENCES person(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('phone','email')),
            label TEXT,
            value TEXT NOT NULL,
            preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0,1))))"),
        QStringLiteral("CREATE INDEX contact_detail_family ON contact_detail(family_id)"),
        QStringLiteral(R"(CREATE TABLE agency (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            phone TEXT,
            email TEXT))"),
        QStringLiteral(R"(CREATE TABLE professional (
            id TEXT PRIMARY KEY,
            agency_id TEXT REFERENCES agency(id) ON DELETE SET NULL,
            name TEXT NOT NULL,
            job_title TEXT,
            phone TEXT,
            email TEXT))"),
        QStringLiteral(R"(CREATE TABLE involvement (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            agency_id TEXT REFERENCES agency(id) ON DELETE SET NULL,
            professional_id TEXT REFERENCES professional(id) ON DELETE SET NULL,
            person_id TEXT REFERENCES person(id) ON DELETE CASCADE,
            purpose TEXT,
            started_on TEXT,
            ended_on TEXT,
            CHECK (agency_id IS NOT NULL OR professional_id IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX involvement_family ON involvement(family_id)"),
        QStringLiteral(R"(CREATE TABLE lead_professional (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            professional_id TEXT NOT NULL REFERENCES professional(id),
            started_on TEXT NOT NULL,
            ended_on TEXT,
            reason TEXT,
            agreed_with_family INTEGER NOT NULL DEFAULT 0 CHECK (agreed_with_family IN (0,1)),
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            CHECK (ended_on IS NULL OR ended_on >= started_on)))"),
        // At most one current lead professional per family.
        QStringLiteral("CREATE UNIQUE INDEX lead_professional_current ON "
                       "lead_professional(family_id) WHERE ended_on IS NULL"),
        QStringLiteral("CREATE INDEX lead_professional_family ON lead_professional(family_id)"),
        // The outbox: one row per change to synced data, written in the same
        // transaction as the change. The sync engine pushes rows in `seq` order and
        // reads the values to send from the rows themselves at push time, so the
        // outbox records only which fields changed (`fields`, a JSON array; NULL for
        // an insert, which sends the whole row, and for a delete).
        QStringLiteral(R"(CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            mutation_id TEXT NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            operation TEXT NOT NULL CHECK (operation IN ('insert','update','delete')),
            fields TEXT,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            device_id TEXT NOT NULL,
            pushed_at TEXT))"),
        QStringLiteral(
            "CREATE INDEX change_log_unpushed ON change_log(seq) WHERE pushed_at IS NULL"),
    };
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
