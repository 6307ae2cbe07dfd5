#include "store/migrations.h"
#include "store/migrations/kept_as_written.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 10: the whole-family plan (core/plan). The plan being written lives in small
// rows (one per need, outcome, action, child's views, confidence score) so that an edit at
// the meeting is one small write and syncs as one record. Each agreed version is a frozen
// JSON snapshot of the whole plan, kept as written. Items refer to their need or outcome
// by id without a foreign key: sync may bring an action before its outcome; the store
// checks the link when it writes.
Status createPlan(const QSqlDatabase& db) {
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE plan (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            assessment_id TEXT,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','agreed')),
            version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
            family_views TEXT,
            if_nothing_changes TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX plan_family ON plan(family_id, created_at)"),
        QStringLiteral(R"(CREATE TABLE plan_need (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            source_path TEXT,
            about_person_id TEXT,
            confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))))"),
        QStringLiteral("CREATE INDEX plan_need_of ON plan_need(plan_id, position)"),
        QStringLiteral(R"(CREATE TABLE plan_outcome (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            need_id TEXT,
            position INTEGER NOT NULL,
            heading TEXT NOT NULL CHECK (heading IN ('education','early_years','health',
                'substance_use','family_relationships','safe_from_abuse','crime',
                'domestic_abuse','housing','financial_stability')),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))))"),
        QStringLiteral("CREATE INDEX plan_outcome_of ON plan_outcome(plan_id, position)"),
        QStringLiteral(R"(CREATE TABLE plan_action (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            outcome_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            what TEXT NOT NULL CHECK (length(trim(what)) > 0),
            owner_kind TEXT NOT NULL CHECK (owner_kind IN ('family_member','professional')),
            owner_person_id TEXT,
            owner_professional_id TEXT,
            owner_name TEXT,
            due_on TEXT,
            how_we_will_know TEXT,
            support TEXT,
            about_person_id TEXT,
            status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started',
                'in_progress','done','not_done','no_longer_needed')),
            confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))))"),
        QStringLiteral("CREATE INDEX plan_action_of ON plan_action(plan_id, position)"),
        QStringLiteral(R"(CREATE TABLE plan_child_view (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            child_id TEXT NOT NULL,
            words TEXT,
            present INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1)),
            how_gathered TEXT,
            confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
            CHECK (present = 1 OR length(trim(how_gathered)) > 0)))"),
        QStringLiteral("CREATE INDEX plan_child_view_of ON plan_child_view(plan_id)"),
        QStringLiteral(R"(CREATE TABLE plan_confidence (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            by_name TEXT NOT NULL CHECK (length(trim(by_name)) > 0),
            person_id TEXT))"),
        QStringLiteral("CREATE INDEX plan_confidence_of ON plan_confidence(plan_id, position)"),
        QStringLiteral(R"(CREATE TABLE plan_version (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            plan_id TEXT NOT NULL REFERENCES plan(id),
            version INTEGER NOT NULL CHECK (version >= 1),
            meeting_id TEXT,
            snapshot TEXT NOT NULL,
            agreed_by TEXT NOT NULL,
            agreed_at TEXT NOT NULL,
            UNIQUE (plan_id, version)))"),
    };
    statements += keptAsWritten(QStringLiteral("plan_version"), QStringLiteral("agreed plans"));
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
