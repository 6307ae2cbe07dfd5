#include "store/migrations.h"
#include "store/sql_support.h"

namespace kith::migration_steps {
namespace {

// Narrative tables keep every row as written: a correction is a new row that points at
// the one it amends (ARCHITECTURE.md "Storage"). The triggers make that a rule of the
// store, not a habit of the code. Every journey row names its family, so that sync can
// share by family and a family's record can be destroyed whole.
QStringList appendOnly(const QString& table, const QString& what) {
    return {
        QStringLiteral("CREATE TRIGGER %1_append_only_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%2 cannot be changed; add an amendment'); END")
            .arg(table, what),
        // The one way out: destroying the whole family's record at the end of its retention
        // period, which needs a second person's approval (destruction_review, schema 3).
        QStringLiteral("CREATE TRIGGER %1_append_only_delete BEFORE DELETE ON %1 "
                       "WHEN NOT EXISTS (SELECT 1 FROM destruction_review r WHERE "
                       "r.family_id = OLD.family_id AND r.decision = 'approved') "
                       "BEGIN SELECT RAISE(ABORT, '%2 cannot be removed'); END")
            .arg(table, what),
    };
}

} // namespace

// Schema 4: the family's journey. An episode of Early Help moves through its stages by
// events (named as the deadline policies name them); contacts and visits record which
// children were seen; case notes, the chronology and supervision are append-only.
Status createJourney(const QSqlDatabase& db) {
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE episode (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            opened_at TEXT NOT NULL,
            referrer TEXT,
            referrer_agency_id TEXT REFERENCES agency(id) ON DELETE SET NULL,
            consent_given INTEGER NOT NULL DEFAULT 0 CHECK (consent_given IN (0,1)),
            response_requested TEXT NOT NULL DEFAULT 'early_help'
                CHECK (response_requested IN ('early_help','safeguarding')),
            screening_outcome TEXT
                CHECK (screening_outcome IN ('advice','signposting','allocation')),
            stage TEXT NOT NULL DEFAULT 'request' CHECK (stage IN
                ('request','screened','allocated','contacted','assessing','assessed',
                 'planned','reviewing','closed')),
            lead_professional_id TEXT REFERENCES professional(id) ON DELETE SET NULL,
            closed_at TEXT,
            closure_reason TEXT CHECK (closure_reason IN ('needs_met','consent_withdrawn',
                'moved_away','disengaged','stepped_up','stepped_down','advice_given',
                'signposted')),
            closure_summary TEXT,
            exit_plan TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((stage = 'closed') = (closed_at IS NOT NULL))))"),
        QStringLiteral("CREATE INDEX episode_family ON episode(family_id)"),
        QStringLiteral("CREATE INDEX episode_open ON episode(lead_professional_id) "
                       "WHERE closed_at IS NULL"),
        // `kind` is one of the event kinds that deadline policies name (policy::
        // knownEventKinds); checked in code so that a new kind needs no schema step.
        QStringLiteral(R"(CREATE TABLE journey_event (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            episode_id TEXT NOT NULL REFERENCES episode(id),
            kind TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            professional_id TEXT REFERENCES professional(id),
            detail TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX journey_event_episode ON journey_event(episode_id, kind)"),
        QStringLiteral(R"(CREATE TABLE contact_record (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            episode_id TEXT NOT NULL REFERENCES episode(id),
            method TEXT NOT NULL CHECK (method IN
                ('home_visit','face_to_face','phone','letter','email','text')),
            purpose TEXT,
            happened_at TEXT NOT NULL,
            professional_id TEXT REFERENCES professional(id),
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX contact_record_episode ON contact_record(episode_id)"),
        // No foreign key to person: a child who later leaves the household record keeps
        // their place in what was written about the visit.
        QStringLiteral(R"(CREATE TABLE contact_child (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            contact_id TEXT NOT NULL REFERENCES contact_record(id),
            person_id TEXT NOT NULL,
            seen INTEGER NOT NULL CHECK (seen IN (0,1)),
            seen_alone INTEGER NOT NULL CHECK (seen_alone IN (0,1)),
            CHECK (seen = 1 OR seen_alone = 0),
            UNIQUE (contact_id, person_id)))"),
        QStringLiteral("CREATE INDEX contact_child_person ON contact_child(person_id)"),
        QStringLiteral(R"(CREATE TABLE case_note (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            episode_id TEXT NOT NULL REFERENCES episode(id),
            contact_id TEXT REFERENCES contact_record(id),
            amends_id TEXT REFERENCES case_note(id),
            body TEXT NOT NULL CHECK (length(trim(body)) > 0),
            written_at TEXT NOT NULL,
            written_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX case_note_episode ON case_note(episode_id)"),
        QStringLiteral("CREATE INDEX case_note_contact ON case_note(contact_id)"),
        QStringLiteral(R"(CREATE TABLE chronology_entry (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            episode_id TEXT REFERENCES episode(id),
            occurred_on TEXT NOT NULL,
            summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
            source TEXT NOT NULL CHECK (source IN ('journey','manual')),
            event_id TEXT REFERENCES journey_event(id),
            amends_id TEXT REFERENCES chronology_entry(id),
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX chronology_entry_family ON chronology_entry(family_id)"),
        QStringLiteral(R"(CREATE TABLE supervision_record (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            episode_id TEXT NOT NULL REFERENCES episode(id),
            kind TEXT NOT NULL CHECK (kind IN ('supervision','oversight')),
            held_at TEXT NOT NULL,
            manager_id TEXT REFERENCES professional(id),
            practitioner_id TEXT REFERENCES professional(id),
            discussion TEXT NOT NULL CHECK (length(trim(discussion)) > 0),
            actions TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX supervision_record_episode ON supervision_record(episode_id, kind)"),
    };
    statements += appendOnly(QStringLiteral("journey_event"), QStringLiteral("journey events"));
    statements += appendOnly(QStringLiteral("contact_record"), QStringLiteral("contact records"));
    statements += appendOnly(QStringLiteral("contact_child"), QStringLiteral("contact records"));
    statements += appendOnly(QStringLiteral("case_note"), QStringLiteral("case notes"));
    statements +=
        appendOnly(QStringLiteral("chronology_entry"), QStringLiteral("chronology entries"));
    statements +=
        appendOnly(QStringLiteral("supervision_record"), QStringLiteral("supervision records"));
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
