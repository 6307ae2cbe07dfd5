#include "store/migrations.h"
#include "store/migrations/kept_as_written.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 9: Early Help Assessments (core/assessment). An assessment names the form
// definition (id and version) it answers; assessment_answer holds the current value of each
// answer path as JSON text, one row per path, so that saving one answer is one small
// write. Every save also appends a contribution (who, when, what). Sign-off actions,
// approved snapshots and the family's agreement are append-only.
Status createAssessment(const QSqlDatabase& db) {
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE assessment (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            form_id TEXT NOT NULL,
            form_version INTEGER NOT NULL CHECK (form_version >= 1),
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft','submitted','approved','returned')),
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            started_at TEXT NOT NULL,
            started_by TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX assessment_family ON assessment(family_id, started_at)"),
        QStringLiteral(R"(CREATE TABLE assessment_answer (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            value TEXT,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            UNIQUE (assessment_id, path)))"),
        QStringLiteral(R"(CREATE TABLE assessment_contribution (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            assessment_id TEXT NOT NULL REFERENCES assessment(id),
            version INTEGER NOT NULL,
            path TEXT NOT NULL,
            value TEXT,
            contributed_by TEXT NOT NULL,
            contributed_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX assessment_contribution_of ON "
                       "assessment_contribution(assessment_id, contributed_at)"),
        QStringLiteral(R"(CREATE TABLE assessment_version (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            assessment_id TEXT NOT NULL REFERENCES assessment(id),
            version INTEGER NOT NULL,
            form_id TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            answers TEXT NOT NULL,
            approved_by TEXT NOT NULL,
            approved_at TEXT NOT NULL,
            UNIQUE (assessment_id, version)))"),
        QStringLiteral(R"(CREATE TABLE assessment_review (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            assessment_id TEXT NOT NULL REFERENCES assessment(id),
            version INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('submitted','approved','returned')),
            comments TEXT,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            CHECK (action <> 'returned' OR length(trim(comments)) > 0)))"),
        QStringLiteral(
            "CREATE INDEX assessment_review_of ON assessment_review(assessment_id, decided_at)"),
        QStringLiteral(R"(CREATE TABLE family_agreement (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            assessment_id TEXT NOT NULL REFERENCES assessment(id),
            version INTEGER NOT NULL,
            agreement TEXT NOT NULL CHECK (agreement IN ('agree','partly','disagree')),
            comments TEXT,
            person_id TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            CHECK (agreement = 'agree' OR length(trim(comments)) > 0)))"),
        QStringLiteral(
            "CREATE INDEX family_agreement_of ON family_agreement(assessment_id, recorded_at)"),
    };
    // Contributions, frozen versions, reviews and the family's agreement are kept as written
    // (a disagreement stays visible).
    const std::pair<const char*, const char*> kept[] = {
        {"assessment_contribution", "contributions"},
        {"assessment_version", "signed-off versions"},
        {"assessment_review", "sign-off decisions"},
        {"family_agreement", "the family agreement"},
    };
    for (const auto& [table, what] : kept)
        statements += keptAsWritten(QLatin1String(table), QLatin1String(what));
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
