#include "store/migrations.h"
#include "store/migrations/kept_as_written.h"
#include "store/sql_support.h"

namespace kith::migration_steps {

// Schema 11: Team Around the Family meetings (core/meeting). A meeting holds its time,
// place, status, the plan version agreed there (an id from the plan's versions, schema
// 10, kept as text so that a meeting can be recorded before the plan is) and what a review
// found. Attendees and per-action review notes can be corrected; agenda notes, lead
// professional appointments and handovers, and the record of who was sent the plan are
// append-only.
Status createMeetings(const QSqlDatabase& db) {
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE meeting (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('first','review','closing')),
            starts_at TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
            place TEXT,
            chair_professional_id TEXT,
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned','held','cancelled')),
            agreed_plan_version_id TEXT,
            next_review_on TEXT,
            judgement TEXT CHECK (judgement IN ('better','no_change','worse')),
            scaling_score INTEGER CHECK (scaling_score BETWEEN 0 AND 10),
            concerns TEXT CHECK (concerns IN ('up','down','same')),
            held_at TEXT,
            cancelled_reason TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX meeting_family ON meeting(family_id, starts_at)"),
        QStringLiteral(R"(CREATE TABLE meeting_attendee (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('family_member','professional','other')),
            person_id TEXT,
            professional_id TEXT,
            display_name TEXT,
            role TEXT,
            attendance TEXT NOT NULL DEFAULT 'invited'
                CHECK (attendance IN ('invited','present','apologies')),
            CHECK (kind <> 'family_member' OR person_id IS NOT NULL),
            CHECK (kind <> 'professional' OR professional_id IS NOT NULL),
            CHECK (kind <> 'other' OR length(trim(display_name)) > 0)))"),
        QStringLiteral("CREATE INDEX meeting_attendee_of ON meeting_attendee(meeting_id)"),
        QStringLiteral(R"(CREATE TABLE meeting_action_review (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
            meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            action_id TEXT NOT NULL,
            what_happened TEXT NOT NULL,
            UNIQUE (meeting_id, action_id)))"),
        QStringLiteral(R"(CREATE TABLE meeting_note (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            meeting_id TEXT NOT NULL REFERENCES meeting(id),
            step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 8),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            written_by TEXT NOT NULL,
            written_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX meeting_note_of ON meeting_note(meeting_id, written_at)"),
        QStringLiteral(R"(CREATE TABLE meeting_lead_change (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            meeting_id TEXT REFERENCES meeting(id),
            kind TEXT NOT NULL CHECK (kind IN ('appointed','handed_over')),
            from_professional_id TEXT,
            to_professional_id TEXT NOT NULL,
            on_date TEXT NOT NULL,
            why TEXT,
            agreed_by TEXT,
            assignment_id TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            CHECK (kind <> 'handed_over' OR length(trim(why)) > 0)))"),
        QStringLiteral(
            "CREATE INDEX meeting_lead_change_of ON meeting_lead_change(family_id, recorded_at)"),
        QStringLiteral(R"(CREATE TABLE meeting_circulation (
            id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL REFERENCES family(id),
            meeting_id TEXT NOT NULL REFERENCES meeting(id),
            attendee_id TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            how TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX meeting_circulation_of ON meeting_circulation(meeting_id, sent_at)"),
    };
    const std::pair<const char*, const char*> kept[] = {
        {"meeting_note", "meeting notes"},
        {"meeting_lead_change", "lead professional changes"},
        {"meeting_circulation", "records of sending the plan"},
    };
    for (const auto& [table, what] : kept)
        statements += keptAsWritten(QLatin1String(table), QLatin1String(what));
    return runStatements(db, statements);
}

} // namespace kith::migration_steps
