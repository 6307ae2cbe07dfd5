#include "meeting/meeting_invitation.h"

#include "meeting/visual_agenda.h"

#include <QSqlQuery>

namespace kith::meeting {
namespace {

QString familyName(const QSqlDatabase& db, const QString& familyId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM family WHERE id = ?"));
    query.addBindValue(familyId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<InvitationPerson> professional(const QSqlDatabase& db, const QString& id) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, email FROM professional WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return InvitationPerson{query.value(0).toString(), query.value(1).toString()};
}

QString currentLeadId(const QSqlDatabase& db, const QString& familyId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT professional_id FROM lead_professional WHERE "
                                 "family_id = ? AND ended_on IS NULL ORDER BY started_on DESC"));
    query.addBindValue(familyId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

Result<Invitation> MeetingInvitation::build(const Database& database, const Meeting& meeting) {
    const QSqlDatabase db = database.connection();
    const QString organiserId = meeting.chairProfessionalId.isEmpty()
                                    ? currentLeadId(db, meeting.familyId)
                                    : meeting.chairProfessionalId;
    const auto organiser = professional(db, organiserId);
    if (!organiser || organiser->email.trimmed().isEmpty())
        return Result<Invitation>::fail(
            tr("The invitation needs an organiser with an email address: choose a chair for the "
               "meeting, or add an email address to the chair's (or lead professional's) "
               "details."));
    Invitation invitation;
    invitation.uid = meeting.id + QStringLiteral("@kith");
    invitation.summary = ICalendar::summaryFor(meeting.kind, familyName(db, meeting.familyId));
    QStringList agenda{tr("A Team Around the Family meeting. What we will do:")};
    for (const AgendaStep& step : VisualAgenda::steps())
        agenda.append(QStringLiteral("%1. %2").arg(step.number).arg(step.title));
    invitation.description = agenda.join(u'\n');
    invitation.location = meeting.place;
    invitation.startsAt = meeting.startsAt.toUTC();
    invitation.endsAt = meeting.endsAt().toUTC();
    invitation.stamp = database.clock().nowUtc();
    invitation.cancelled = meeting.status == MeetingStatus::Cancelled;
    invitation.sequence = invitation.cancelled ? 1 : 0;
    invitation.organizer = *organiser;
    for (const Attendee& attendee : meeting.attendees) {
        if (attendee.kind != AttendeeKind::Professional)
            continue;
        if (const auto person = professional(db, attendee.professionalId);
            person && !person->email.trimmed().isEmpty())
            invitation.attendees.append(*person);
    }
    return Result<Invitation>::ok(invitation);
}

} // namespace kith::meeting
