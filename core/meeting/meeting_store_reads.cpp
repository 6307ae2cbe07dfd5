#include "meeting/meeting_rows.h"
#include "meeting/meeting_store.h"
#include "store/for_each_row.h"
#include "store/sql_support.h"

#include <QSqlQuery>

namespace kith::meeting {
namespace {

// Family members and professionals are named from their own records, so a corrected
// name shows everywhere.
void nameAttendees(const QSqlDatabase& db, QList<Attendee>& attendees) {
    for (Attendee& attendee : attendees) {
        if (attendee.kind == AttendeeKind::FamilyMember) {
            store::forEachRow(
                db,
                QStringLiteral("SELECT given_name, family_name, preferred_name FROM person "
                               "WHERE id = ?"),
                attendee.personId, [&](const store::Row& row) {
                    const QString given = row.text("preferred_name").isEmpty()
                                              ? row.text("given_name")
                                              : row.text("preferred_name");
                    attendee.displayName =
                        QStringList{given, row.text("family_name")}.join(u' ').trimmed();
                });
        } else if (attendee.kind == AttendeeKind::Professional) {
            store::forEachRow(db, QStringLiteral("SELECT name FROM professional WHERE id = ?"),
                              attendee.professionalId, [&](const store::Row& row) {
                                  attendee.displayName = row.text("name");
                              });
        }
    }
}

} // namespace

std::optional<Meeting> MeetingStore::load(const QString& meetingId) const {
    const QSqlDatabase db = m_database.connection();
    std::optional<Meeting> meeting;
    store::forEachRow(db, QStringLiteral("SELECT * FROM meeting WHERE id = ?"), meetingId,
                      [&](const store::Row& row) { meeting = rows::meetingFrom(row); });
    if (!meeting)
        return std::nullopt;
    store::forEachRow(
        db, QStringLiteral("SELECT * FROM meeting_attendee WHERE meeting_id = ? ORDER BY rowid"),
        meetingId,
        [&](const store::Row& row) { meeting->attendees.append(rows::attendeeFrom(row)); });
    nameAttendees(db, meeting->attendees);
    store::forEachRow(db,
                      QStringLiteral("SELECT * FROM meeting_note WHERE meeting_id = ? "
                                     "ORDER BY written_at, rowid"),
                      meetingId,
                      [&](const store::Row& row) { meeting->notes.append(rows::noteFrom(row)); });
    store::forEachRow(
        db,
        QStringLiteral("SELECT action_id, what_happened FROM meeting_action_review "
                       "WHERE meeting_id = ? ORDER BY rowid"),
        meetingId, [&](const store::Row& row) {
            meeting->review.actions.append({row.text("action_id"), row.text("what_happened")});
        });
    return meeting;
}

QList<Meeting> MeetingStore::list(const QString& familyId) const {
    QStringList ids;
    store::forEachRow(
        m_database.connection(),
        QStringLiteral("SELECT id FROM meeting WHERE family_id = ? ORDER BY starts_at, rowid"),
        familyId, [&](const store::Row& row) { ids.append(row.text("id")); });
    QList<Meeting> meetings;
    for (const QString& id : std::as_const(ids)) {
        if (auto meeting = load(id))
            meetings.append(std::move(*meeting));
    }
    return meetings;
}

QList<LeadChange> MeetingStore::leadChanges(const QString& familyId) const {
    QList<LeadChange> changes;
    store::forEachRow(m_database.connection(),
                      QStringLiteral("SELECT * FROM meeting_lead_change WHERE family_id = ? "
                                     "ORDER BY recorded_at, rowid"),
                      familyId,
                      [&](const store::Row& row) { changes.append(rows::leadChangeFrom(row)); });
    return changes;
}

QList<Circulation> MeetingStore::circulation(const QString& meetingId) const {
    QList<Circulation> sent;
    store::forEachRow(m_database.connection(),
                      QStringLiteral("SELECT * FROM meeting_circulation WHERE meeting_id = ? "
                                     "ORDER BY sent_at, rowid"),
                      meetingId,
                      [&](const store::Row& row) { sent.append(rows::circulationFrom(row)); });
    return sent;
}

QDate MeetingStore::circulationDueBy(const Meeting& meeting) const {
    const calendar::WorkingCalendar calendar(m_policy.region);
    return policy::computeDeadline(m_policy.circulateWithin, {}, meeting.startsAt, calendar)
        .dueDate;
}

CirculationStatus MeetingStore::circulationStatus(const Meeting& meeting) const {
    CirculationStatus status;
    status.dueBy = circulationDueBy(meeting);
    QStringList sentTo;
    for (const Circulation& sent : circulation(meeting.id))
        sentTo.append(sent.attendeeId);
    for (const Attendee& attendee : meeting.present()) {
        if (sentTo.contains(attendee.id))
            status.sentAttendeeIds.append(attendee.id);
        else
            status.notSentAttendeeIds.append(attendee.id);
    }
    // Only a held meeting has a plan to send; a planned or cancelled one is never overdue.
    status.overdue = meeting.status == MeetingStatus::Held && !status.complete() &&
                     policy::ukDate(m_database.clock().nowUtc()) > status.dueBy;
    return status;
}

} // namespace kith::meeting
