// Lead professional changes and circulation of the agreed plan: the parts of a meeting that
// reach beyond it (the family's lead professional record; the people who were there).
#include "meeting/meeting_rows.h"
#include "meeting/meeting_store.h"
#include "store/family_store.h"
#include "store/sql_support.h"
#include "util/ids.h"

namespace kith::meeting {

Result<QString> MeetingStore::recordLeadChange(const LeadChange& change) {
    const Status done = inOneTransaction([&]() -> Status {
        const auto added = m_writer.insert(rows::kLeadChange, rows::fieldsOf(change));
        return added ? okStatus() : Status::fail(added.error());
    });
    if (!done)
        return Result<QString>::fail(
            tr("The change of lead professional could not be saved: %1").arg(done.error()));
    return Result<QString>::ok(change.id);
}

Result<QString> MeetingStore::appointLead(FamilyStore& families, const QString& meetingId,
                                          const QString& professionalId,
                                          const QStringList& agreedByPersonIds) {
    using R = Result<QString>;
    const auto found = planned(meetingId);
    if (!found)
        return R::fail(found.error());
    const Meeting& meeting = found.value();
    if (meeting.kind != MeetingKind::First)
        return R::fail(tr("The lead professional is named at the first meeting; at a later "
                          "meeting record a handover instead."));
    if (!rows::exists(m_database.connection(), QStringLiteral("professional"), professionalId))
        return R::fail(tr("Lead professional: there is no professional with that id; choose "
                          "one from the list of professionals."));
    if (agreedByPersonIds.isEmpty())
        return R::fail(tr("The family's agreement is missing: say which family members agreed "
                          "to this lead professional."));
    for (const QString& personId : agreedByPersonIds) {
        bool here = false;
        for (const Attendee& attendee : meeting.present())
            here = here ||
                   (attendee.kind == AttendeeKind::FamilyMember && attendee.personId == personId);
        if (!here)
            return R::fail(tr("Who agreed: choose family members who were at the meeting."));
    }
    for (const LeadChange& earlier : leadChanges(meeting.familyId)) {
        if (earlier.meetingId == meeting.id)
            return R::fail(tr("A lead professional was already named at this meeting; record "
                              "a handover to change it."));
    }
    const QDate day = policy::ukDate(meeting.startsAt);
    // The family's lead professional record and the meeting's record of the change are
    // written together, or neither.
    sql::Transaction together(m_database.connection());
    if (!together.begun())
        return R::fail(together.begun().error());
    QString assignmentId;
    const auto current = families.currentLeadProfessional(meeting.familyId);
    if (current && current->assignment.professionalId == professionalId) {
        // The family agreed to keep the lead professional they already have.
        assignmentId = current->assignment.id;
    } else {
        const auto appointed = families.appointLeadProfessional(
            meeting.familyId, professionalId, day,
            tr("Named at the first Team Around the Family meeting, with the family's agreement"),
            true);
        if (!appointed)
            return R::fail(appointed.error());
        assignmentId = appointed.value();
    }
    LeadChange change;
    change.id = newId();
    change.familyId = meeting.familyId;
    change.meetingId = meeting.id;
    change.kind = LeadChangeKind::Appointed;
    change.fromProfessionalId = current ? current->assignment.professionalId : QString();
    change.toProfessionalId = professionalId;
    change.on = day;
    change.agreedByPersonIds = agreedByPersonIds;
    change.assignmentId = assignmentId;
    change.recordedBy = m_writer.actor();
    change.recordedAt = m_database.clock().nowUtc();
    const auto recorded = recordLeadChange(change);
    if (!recorded)
        return recorded;
    if (Status committed = together.commit(); !committed)
        return R::fail(committed.error());
    return recorded;
}

Result<QString> MeetingStore::handOverLead(FamilyStore& families, const QString& familyId,
                                           const QString& toProfessionalId, const QDate& on,
                                           const QString& why, const QString& meetingId,
                                           const QStringList& agreedByPersonIds) {
    using R = Result<QString>;
    if (Status actor = checkActor(); !actor)
        return R::fail(actor.error());
    const QSqlDatabase db = m_database.connection();
    if (!rows::exists(db, QStringLiteral("family"), familyId))
        return R::fail(tr("Family: there is no family with that id."));
    if (!meetingId.isEmpty()) {
        const auto meeting = load(meetingId);
        if (!meeting || meeting->familyId != familyId)
            return R::fail(tr("Meeting: there is no meeting of this family with that id."));
    }
    if (!rows::exists(db, QStringLiteral("professional"), toProfessionalId))
        return R::fail(tr("New lead professional: there is no professional with that id; choose "
                          "one from the list of professionals."));
    if (!on.isValid())
        return R::fail(tr("Handover date is missing: say from which day the new lead "
                          "professional takes over."));
    if (why.trimmed().isEmpty())
        return R::fail(tr("Reason is missing: say why the lead professional is changing."));
    for (const QString& personId : agreedByPersonIds) {
        if (!rows::isFamilyMember(db, familyId, personId))
            return R::fail(tr("Who agreed: choose members of this family."));
    }
    const auto current = families.currentLeadProfessional(familyId);
    if (!current)
        return R::fail(tr("This family has no lead professional to hand over from: name one at "
                          "the first meeting."));
    sql::Transaction together(m_database.connection()); // both records, or neither
    if (!together.begun())
        return R::fail(together.begun().error());
    const auto appointed = families.appointLeadProfessional(
        familyId, toProfessionalId, on, why.trimmed(), !agreedByPersonIds.isEmpty());
    if (!appointed)
        return R::fail(appointed.error());
    LeadChange change;
    change.id = newId();
    change.familyId = familyId;
    change.meetingId = meetingId;
    change.kind = LeadChangeKind::HandedOver;
    change.fromProfessionalId = current->assignment.professionalId;
    change.toProfessionalId = toProfessionalId;
    change.on = on;
    change.why = why.trimmed();
    change.agreedByPersonIds = agreedByPersonIds;
    change.assignmentId = appointed.value();
    change.recordedBy = m_writer.actor();
    change.recordedAt = m_database.clock().nowUtc();
    const auto recorded = recordLeadChange(change);
    if (!recorded)
        return recorded;
    if (Status committed = together.commit(); !committed)
        return R::fail(committed.error());
    return recorded;
}

Result<QString> MeetingStore::recordCirculation(const QString& meetingId, const QString& attendeeId,
                                                const QDateTime& sentAt, const QString& how) {
    using R = Result<QString>;
    const auto found = planned(meetingId);
    if (!found)
        return R::fail(found.error());
    const Meeting& meeting = found.value();
    if (meeting.status != MeetingStatus::Held)
        return R::fail(tr("The plan is sent out after the meeting: record the meeting as held "
                          "first."));
    const Attendee* attendee = meeting.attendee(attendeeId);
    if (!attendee || attendee->attendance != Attendance::Present)
        return R::fail(tr("Sent to: choose someone who was at the meeting."));
    const QDateTime now = m_database.clock().nowUtc();
    const QDateTime when = sentAt.isValid() ? sentAt.toUTC() : now; // none given: now
    if (when > now || policy::ukDate(when) < policy::ukDate(meeting.startsAt))
        return R::fail(tr("Sent on: give the day it was sent, from the day of the meeting up "
                          "to today."));
    Circulation sent{newId(), meeting.id, attendeeId, when, how.trimmed(), m_writer.actor(), now};
    const Status done = inOneTransaction([&]() -> Status {
        const auto added =
            m_writer.insert(rows::kCirculation, rows::fieldsOf(sent, meeting.familyId));
        return added ? okStatus() : Status::fail(added.error());
    });
    return done ? R::ok(sent.id) : R::fail(done.error());
}

} // namespace kith::meeting
