#include "meeting/meeting_store.h"

#include "meeting/meeting_rows.h"
#include "meeting/visual_agenda.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QSqlQuery>

namespace kith::meeting {
namespace {

Result<QString> idOr(const Status& status, const QString& id) {
    return status ? Result<QString>::ok(id) : Result<QString>::fail(status.error());
}

Status asStatus(const Result<qint64>& inserted) {
    return inserted ? okStatus() : Status::fail(inserted.error());
}

// A policy that cannot be read (a council file with a mistake) must not stop meetings
// being recorded: the defaults (6 weeks, at most 12; 5 working days) apply.
MeetingPolicy policyOf(const Database& database) {
    auto read = MeetingPolicy::forStore(database);
    return read ? std::move(read).value() : MeetingPolicy::defaults();
}

} // namespace

MeetingStore::MeetingStore(const Database& database)
    : m_database(database)
    , m_writer(database.connection(), database.clock(), database.deviceId())
    , m_policy(policyOf(database)) {}

template <typename Work>
Status MeetingStore::write(Work&& work) {
    return m_writes.run(std::forward<Work>(work));
}

Status MeetingStore::inOneTransaction(const std::function<Status()>& work) {
    return write(work);
}

Status MeetingStore::checkActor() const {
    return m_writes.requireActor();
}

// A meeting that can still be changed: not cancelled. (Held meetings take notes, attendance
// corrections and the review afterwards.)
Result<Meeting> MeetingStore::planned(const QString& meetingId) const {
    using R = Result<Meeting>;
    if (Status actor = checkActor(); !actor)
        return R::fail(actor.error());
    auto found = load(meetingId);
    if (!found)
        return R::fail(tr("There is no meeting with the id \"%1\".").arg(meetingId));
    if (found->status == MeetingStatus::Cancelled)
        return R::fail(tr("This meeting was cancelled, so it cannot be changed. Plan a new "
                          "meeting instead."));
    return R::ok(std::move(*found));
}

Result<QString> MeetingStore::schedule(const NewMeeting& request) {
    using R = Result<QString>;
    if (Status actor = checkActor(); !actor)
        return R::fail(actor.error());
    const QSqlDatabase db = m_database.connection();
    if (!rows::exists(db, QStringLiteral("family"), request.familyId))
        return R::fail(tr("Family: there is no family with that id."));
    if (!request.startsAt.isValid())
        return R::fail(tr("Start: the date and time are missing; say when the meeting starts."));
    if (request.durationMinutes < 5 || request.durationMinutes > 600)
        return R::fail(tr("Length: a meeting lasts from 5 minutes to 10 hours; give its length "
                          "in minutes (usually 60 to 90)."));
    if (request.place.trimmed().isEmpty())
        return R::fail(tr("Place is missing: say where the meeting will be (for example the "
                          "family's home, the school or the family hub)."));
    if (!request.chairProfessionalId.isEmpty() &&
        !rows::exists(db, QStringLiteral("professional"), request.chairProfessionalId))
        return R::fail(tr("Chair: there is no professional with that id; choose one from the "
                          "list of professionals."));
    Meeting meeting;
    meeting.id = newId();
    meeting.familyId = request.familyId;
    meeting.kind = request.kind;
    meeting.startsAt = request.startsAt.toUTC();
    meeting.durationMinutes = request.durationMinutes;
    meeting.place = request.place.trimmed();
    meeting.chairProfessionalId = request.chairProfessionalId;
    meeting.createdAt = m_database.clock().nowUtc();
    meeting.createdBy = m_writer.actor();
    const Status done =
        write([&] { return asStatus(m_writer.insert(rows::kMeeting, rows::fieldsOf(meeting))); });
    return idOr(done, meeting.id);
}

Status MeetingStore::reschedule(const QString& meetingId, const QDateTime& startsAt,
                                int durationMinutes, const QString& place) {
    const auto found = planned(meetingId);
    if (!found)
        return Status::fail(found.error());
    if (found.value().status != MeetingStatus::Planned)
        return Status::fail(tr("This meeting has been held, so it cannot be moved."));
    if (!startsAt.isValid() || durationMinutes < 5 || durationMinutes > 600 ||
        place.trimmed().isEmpty())
        return Status::fail(tr("To move a meeting give its new start, its length (5 to 600 "
                               "minutes) and its place."));
    return write([&] {
        return m_writer.update(
            rows::kMeeting, meetingId,
            {{QStringLiteral("starts_at"), sql::fromDateTime(startsAt.toUTC())},
             {QStringLiteral("duration_minutes"), durationMinutes},
             {QStringLiteral("place"), place.trimmed()},
             {QStringLiteral("updated_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
    });
}

Status MeetingStore::checkAttendee(const QString& familyId, const Attendee& attendee) const {
    const QSqlDatabase db = m_database.connection();
    switch (attendee.kind) {
    case AttendeeKind::FamilyMember:
        if (!rows::isFamilyMember(db, familyId, attendee.personId))
            return Status::fail(tr("Family member: choose a member of this family."));
        break;
    case AttendeeKind::Professional:
        if (!rows::exists(db, QStringLiteral("professional"), attendee.professionalId))
            return Status::fail(tr("Professional: there is no professional with that id; choose "
                                   "one from the list of professionals."));
        break;
    case AttendeeKind::Other:
        if (attendee.displayName.trimmed().isEmpty())
            return Status::fail(tr("Name is missing: write the name of the person coming."));
        if (attendee.role.trimmed().isEmpty())
            return Status::fail(tr("Role is missing: say in plain words why they are there "
                                   "(for example \"Interpreter\" or \"Grandmother\")."));
        break;
    }
    return okStatus();
}

Result<QString> MeetingStore::addAttendee(const QString& meetingId, const Attendee& attendee) {
    using R = Result<QString>;
    const auto found = planned(meetingId);
    if (!found)
        return R::fail(found.error());
    const Meeting& meeting = found.value();
    if (Status fits = checkAttendee(meeting.familyId, attendee); !fits)
        return R::fail(fits.error());
    for (const Attendee& listed : meeting.attendees) {
        const bool same =
            listed.kind == attendee.kind && ((attendee.kind == AttendeeKind::FamilyMember &&
                                              listed.personId == attendee.personId) ||
                                             (attendee.kind == AttendeeKind::Professional &&
                                              listed.professionalId == attendee.professionalId));
        if (same)
            return R::fail(tr("%1 is already on the list for this meeting; change their "
                              "attendance instead.")
                               .arg(listed.displayName));
    }
    Attendee added = attendee;
    added.id = newId();
    const Status done = write(
        [&] { return asStatus(m_writer.insert(rows::kAttendee, rows::fieldsOf(added, meeting))); });
    return idOr(done, added.id);
}

Status MeetingStore::setAttendance(const QString& meetingId, const QString& attendeeId,
                                   Attendance attendance) {
    const auto found = planned(meetingId);
    if (!found)
        return Status::fail(found.error());
    const Attendee* attendee = found.value().attendee(attendeeId);
    if (!attendee)
        return Status::fail(tr("That person is not on the list for this meeting."));
    if (attendee->attendance == attendance)
        return okStatus();
    return write([&] {
        return m_writer.update(rows::kAttendee, attendeeId,
                               {{QStringLiteral("attendance"), attendanceCode(attendance)}});
    });
}

Result<QString> MeetingStore::addNote(const QString& meetingId, int step, const QString& text) {
    using R = Result<QString>;
    const auto found = planned(meetingId);
    if (!found)
        return R::fail(found.error());
    if (!VisualAgenda::isStep(step))
        return R::fail(tr("Agenda step: choose a step from 1 to 8."));
    if (text.trimmed().isEmpty())
        return R::fail(tr("The note is empty: write what was said or agreed."));
    AgendaNote note{newId(), step, text.trimmed(), m_writer.actor(), m_database.clock().nowUtc()};
    const Status done = write([&] {
        return asStatus(m_writer.insert(rows::kNote, rows::fieldsOf(note, found.value())));
    });
    return idOr(done, note.id);
}

Status MeetingStore::recordReview(const QString& meetingId, const ReviewOutcome& outcome) {
    const auto found = planned(meetingId);
    if (!found)
        return Status::fail(found.error());
    const Meeting& meeting = found.value();
    if (meeting.kind == MeetingKind::First)
        return Status::fail(tr("A first meeting has nothing to review yet: record the review at "
                               "the next meeting."));
    if (outcome.scalingScore && (*outcome.scalingScore < 0 || *outcome.scalingScore > 10))
        return Status::fail(tr("Scaling score: give a whole number from 0 to 10."));
    QStringList seen;
    for (const ActionReview& action : outcome.actions) {
        if (action.actionId.isEmpty() || seen.contains(action.actionId))
            return Status::fail(tr("Each note on a plan action must name one action, once."));
        if (action.whatHappened.trimmed().isEmpty())
            return Status::fail(tr("What happened is missing for one of the plan actions: write "
                                   "a few words, or leave that action out."));
        seen.append(action.actionId);
    }
    return write([&]() -> Status {
        Meeting reviewed = meeting;
        reviewed.review = outcome;
        const QVariantMap after = rows::fieldsOf(reviewed);
        QVariantMap changed;
        for (const char* column : {"judgement", "scaling_score", "concerns"}) {
            const QString key = QLatin1String(column);
            changed.insert(key, after.value(key));
        }
        changed.insert(QStringLiteral("updated_at"),
                       sql::fromDateTime(m_database.clock().nowUtc()));
        if (Status done = m_writer.update(rows::kMeeting, meeting.id, changed); !done)
            return done;
        // Per-action notes: changed ones updated, new ones added, dropped ones removed.
        QSqlQuery existing(m_database.connection());
        existing.prepare(QStringLiteral(
            "SELECT id, action_id, what_happened FROM meeting_action_review WHERE meeting_id = ?"));
        existing.addBindValue(meeting.id);
        if (Status ran = sql::exec(existing); !ran)
            return ran;
        QHash<QString, std::pair<QString, QString>> stored; // action id -> (row id, text)
        while (existing.next())
            stored.insert(existing.value(1).toString(),
                          {existing.value(0).toString(), existing.value(2).toString()});
        existing.finish();
        for (const ActionReview& action : outcome.actions) {
            const QString text = action.whatHappened.trimmed();
            if (const auto row = stored.constFind(action.actionId); row != stored.cend()) {
                if (row->second != text) {
                    if (Status done = m_writer.update(rows::kActionReview, row->first,
                                                      {{QStringLiteral("what_happened"), text}});
                        !done)
                        return done;
                }
                stored.remove(action.actionId);
                continue;
            }
            if (Status done = asStatus(m_writer.insert(
                    rows::kActionReview, {{QStringLiteral("id"), newId()},
                                          {QStringLiteral("family_id"), meeting.familyId},
                                          {QStringLiteral("meeting_id"), meeting.id},
                                          {QStringLiteral("action_id"), action.actionId},
                                          {QStringLiteral("what_happened"), text}}));
                !done)
                return done;
        }
        for (const auto& row : std::as_const(stored)) {
            if (Status done = m_writer.remove(rows::kActionReview, row.first); !done)
                return done;
        }
        return okStatus();
    });
}

Status MeetingStore::hold(const QString& meetingId, const QString& agreedPlanVersionId,
                          const QDate& nextReviewOn) {
    const auto found = planned(meetingId);
    if (!found)
        return Status::fail(found.error());
    const Meeting& meeting = found.value();
    if (meeting.status == MeetingStatus::Held)
        return Status::fail(tr("This meeting is already recorded as held."));
    if (meeting.present().isEmpty())
        return Status::fail(tr("Who came is missing: mark at least one person as present "
                               "before recording the meeting as held."));
    QDate next = nextReviewOn;
    if (meeting.kind == MeetingKind::Closing) {
        if (next.isValid())
            return Status::fail(tr("Next review date: a closing meeting has no next review; "
                                   "leave it empty."));
    } else {
        const QDate day = policy::ukDate(meeting.startsAt);
        if (!next.isValid())
            next = ReviewDates::defaultNextReview(day, m_policy.nextReview);
        if (Status fits = ReviewDates::check(day, next, m_policy.nextReview); !fits)
            return fits;
    }
    return write([&] {
        const QVariant now = sql::fromDateTime(m_database.clock().nowUtc());
        return m_writer.update(
            rows::kMeeting, meeting.id,
            {{QStringLiteral("status"), statusCode(MeetingStatus::Held)},
             {QStringLiteral("agreed_plan_version_id"), sql::fromText(agreedPlanVersionId)},
             {QStringLiteral("next_review_on"), sql::fromDate(next)},
             {QStringLiteral("held_at"), now},
             {QStringLiteral("updated_at"), now}});
    });
}

Status MeetingStore::setNextReview(const QString& meetingId, const QDate& nextReviewOn) {
    const auto found = planned(meetingId);
    if (!found)
        return Status::fail(found.error());
    const Meeting& meeting = found.value();
    if (meeting.status != MeetingStatus::Held || meeting.kind == MeetingKind::Closing)
        return Status::fail(tr("Next review date: set it when recording a first or review "
                               "meeting as held."));
    const QDate day = policy::ukDate(meeting.startsAt);
    if (Status fits = ReviewDates::check(day, nextReviewOn, m_policy.nextReview); !fits)
        return fits;
    return write([&] {
        return m_writer.update(
            rows::kMeeting, meeting.id,
            {{QStringLiteral("next_review_on"), sql::fromDate(nextReviewOn)},
             {QStringLiteral("updated_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
    });
}

Status MeetingStore::cancel(const QString& meetingId, const QString& reason) {
    const auto found = planned(meetingId);
    if (!found)
        return Status::fail(found.error());
    if (found.value().status != MeetingStatus::Planned)
        return Status::fail(tr("Only a planned meeting can be cancelled."));
    if (reason.trimmed().isEmpty())
        return Status::fail(tr("Reason is missing: say why the meeting is cancelled."));
    return write([&] {
        return m_writer.update(
            rows::kMeeting, meetingId,
            {{QStringLiteral("status"), statusCode(MeetingStatus::Cancelled)},
             {QStringLiteral("cancelled_reason"), reason.trimmed()},
             {QStringLiteral("updated_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
    });
}

} // namespace kith::meeting
