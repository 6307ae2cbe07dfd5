#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {
namespace {

// Consent history, overrides and the sharing-decision log are kept as written; only the
// destruction of the whole family's record (approved by a second person, schema 3) removes
// them. `changeable` names the columns an update may touch (none: append-only).
QStringList keptAsWritten(const QString& table, const QString& what,
                          const QString& changeable = {}) {
    const QString guarded =
        changeable.isEmpty() ? QStringLiteral("BEFORE UPDATE ON %1").arg(table)
                             : QStringLiteral("BEFORE UPDATE ON %1 WHEN %2").arg(table, changeable);
    return {
        QStringLiteral("CREATE TRIGGER %1_kept_update %2 "
                       "BEGIN SELECT RAISE(ABORT, '%3 cannot be changed; record a new one'); END")
            .arg(table, guarded, what),
        QStringLiteral("CREATE TRIGGER %1_kept_delete BEFORE DELETE ON %1 "
                       "WHEN NOT EXISTS (SELECT 1 FROM destruction_review r WHERE "
                       "r.family_id = OLD.family_id AND r.decision = 'approved') "
                       "BEGIN SELECT RAISE(ABORT, '%2 cannot be removed'); END")
            .arg(table, what),
    };
}

} // namespace

// Schema 6: consent, restrictions and signatures (core/consent). Consent is a history of
// records (given, confirmed, withdrawn) for the family or for a young person consenting for
// themselves; the current state is derived from it. People are named without a foreign key
// (as contact_child does): someone who later leaves the household keeps their place in the
// history of what they agreed to. The per-agency choices travel with each
// record as a small JSON array, and the signature as SVG path data (consent/signature.h).
Status createConsent(const QSqlDatabase& db) {
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE consent_record (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            event TEXT NOT NULL CHECK (event IN ('given','confirmed','withdrawn')),
            subject_person_id TEXT,
            given_by_person_id TEXT NOT NULL,
            obtained_by TEXT NOT NULL REFERENCES professional(id),
            given_on TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('written','verbal')),
            to_record INTEGER NOT NULL CHECK (to_record IN (0,1)),
            to_store INTEGER NOT NULL CHECK (to_store IN (0,1)),
            agencies TEXT NOT NULL DEFAULT '[]',
            competence_note TEXT,
            signature TEXT,
            note TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            CHECK (method = 'verbal' OR event = 'withdrawn' OR signature IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX consent_record_family ON consent_record(family_id, given_on)"),
        QStringLiteral(R"(CREATE TABLE sharing_restriction (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            category TEXT NOT NULL,
            about_person_id TEXT,
            audience_kind TEXT NOT NULL
                CHECK (audience_kind IN ('agency','professional','person','parents_and_carers')),
            audience_id TEXT,
            audience_name TEXT,
            family_words TEXT NOT NULL CHECK (length(trim(family_words)) > 0),
            requested_by_person_id TEXT,
            recorded_on TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            lifted_on TEXT,
            lifted_by TEXT,
            lift_reason TEXT,
            CHECK (lifted_on IS NULL OR lifted_on >= recorded_on)))"),
        QStringLiteral("CREATE INDEX sharing_restriction_family ON sharing_restriction(family_id)"),
        QStringLiteral(R"(CREATE TABLE safeguarding_override (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            restriction_id TEXT REFERENCES sharing_restriction(id),
            category TEXT NOT NULL,
            about_person_id TEXT,
            audience_kind TEXT NOT NULL
                CHECK (audience_kind IN ('agency','professional','person','parents_and_carers')),
            audience_id TEXT,
            audience_name TEXT,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            decided_by TEXT NOT NULL REFERENCES professional(id),
            decided_on TEXT NOT NULL,
            ends_on TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            CHECK (ends_on IS NULL OR ends_on >= decided_on)))"),
        QStringLiteral(
            "CREATE INDEX safeguarding_override_family ON safeguarding_override(family_id)"),
        QStringLiteral(R"(CREATE TABLE sharing_decision (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            category TEXT NOT NULL,
            about_person_id TEXT,
            audience_kind TEXT NOT NULL,
            audience_id TEXT,
            audience_name TEXT,
            shared INTEGER NOT NULL CHECK (shared IN (0,1)),
            basis TEXT NOT NULL,
            reason TEXT NOT NULL,
            purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
            override_id TEXT REFERENCES safeguarding_override(id),
            restriction_id TEXT REFERENCES sharing_restriction(id),
            decided_at TEXT NOT NULL,
            decided_by TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX sharing_decision_family ON sharing_decision(family_id, decided_at)"),
    };
    statements +=
        keptAsWritten(QStringLiteral("consent_record"), QStringLiteral("consent records"));
    // A restriction is lifted by filling in its lift, once; nothing else about it changes.
    statements += keptAsWritten(
        QStringLiteral("sharing_restriction"), QStringLiteral("restrictions"),
        QStringLiteral("OLD.lifted_on IS NOT NULL OR NEW.id IS NOT OLD.id OR "
                       "NEW.family_id IS NOT OLD.family_id OR NEW.category IS NOT OLD.category OR "
                       "NEW.about_person_id IS NOT OLD.about_person_id OR "
                       "NEW.audience_kind IS NOT OLD.audience_kind OR "
                       "NEW.audience_id IS NOT OLD.audience_id OR "
                       "NEW.family_words IS NOT OLD.family_words OR "
                       "NEW.recorded_on IS NOT OLD.recorded_on"));
    statements += keptAsWritten(QStringLiteral("safeguarding_override"),
                                QStringLiteral("safeguarding overrides"));
    statements +=
        keptAsWritten(QStringLiteral("sharing_decision"), QStringLiteral("sharing decisions"));
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
