#include "meeting/meeting_rows.h"

#include "store/sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kith::meeting::rows {
namespace {

using sql::fromDate;
using sql::fromDateTime;
using sql::fromText;

QVariant optionalCode(const QString& code) {
    return code.isEmpty() ? QVariant() : QVariant(code);
}

QString encodeIds(const QStringList& ids) {
    return ids.isEmpty()
               ? QString()
               : QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList decodeIds(const QString& text) {
    QStringList ids;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array)
        ids.append(value.toString());
    return ids;
}

} // namespace

QVariantMap fieldsOf(const Meeting& meeting) {
    return {{QStringLiteral("id"), meeting.id},
            {QStringLiteral("family_id"), meeting.familyId},
            {QStringLiteral("kind"), kindCode(meeting.kind)},
            {QStringLiteral("starts_at"), fromDateTime(meeting.startsAt)},
            {QStringLiteral("duration_minutes"), meeting.durationMinutes},
            {QStringLiteral("place"), fromText(meeting.place)},
            {QStringLiteral("chair_professional_id"), fromText(meeting.chairProfessionalId)},
            {QStringLiteral("status"), statusCode(meeting.status)},
            {QStringLiteral("agreed_plan_version_id"), fromText(meeting.agreedPlanVersionId)},
            {QStringLiteral("next_review_on"), fromDate(meeting.nextReviewOn)},
            {QStringLiteral("judgement"), optionalCode(judgementCode(meeting.review.judgement))},
            {QStringLiteral("scaling_score"),
             meeting.review.scalingScore ? QVariant(*meeting.review.scalingScore) : QVariant()},
            {QStringLiteral("concerns"), optionalCode(concernCode(meeting.review.concerns))},
            {QStringLiteral("held_at"), fromDateTime(meeting.heldAt)},
            {QStringLiteral("cancelled_reason"), fromText(meeting.cancelledReason)},
            {QStringLiteral("created_at"), fromDateTime(meeting.createdAt)},
            {QStringLiteral("created_by"), meeting.createdBy},
            {QStringLiteral("updated_at"), fromDateTime(meeting.createdAt)}};
}

QVariantMap fieldsOf(const Attendee& attendee, const Meeting& meeting) {
    return {{QStringLiteral("id"), attendee.id},
            {QStringLiteral("family_id"), meeting.familyId},
            {QStringLiteral("meeting_id"), meeting.id},
            {QStringLiteral("kind"), attendeeKindCode(attendee.kind)},
            {QStringLiteral("person_id"), fromText(attendee.personId)},
            {QStringLiteral("professional_id"), fromText(attendee.professionalId)},
            // Family members and professionals are named from their records on load.
            {QStringLiteral("display_name"), attendee.kind == AttendeeKind::Other
                                                 ? fromText(attendee.displayName.trimmed())
                                                 : QVariant()},
            {QStringLiteral("role"), fromText(attendee.role.trimmed())},
            {QStringLiteral("attendance"), attendanceCode(attendee.attendance)}};
}

QVariantMap fieldsOf(const AgendaNote& note, const Meeting& meeting) {
    return {{QStringLiteral("id"), note.id},
            {QStringLiteral("family_id"), meeting.familyId},
            {QStringLiteral("meeting_id"), meeting.id},
            {QStringLiteral("step"), note.step},
            {QStringLiteral("text"), note.text},
            {QStringLiteral("written_by"), note.writtenBy},
            {QStringLiteral("written_at"), fromDateTime(note.writtenAt)}};
}

QVariantMap fieldsOf(const LeadChange& change) {
    return {{QStringLiteral("id"), change.id},
            {QStringLiteral("family_id"), change.familyId},
            {QStringLiteral("meeting_id"), fromText(change.meetingId)},
            {QStringLiteral("kind"), leadChangeCode(change.kind)},
            {QStringLiteral("from_professional_id"), fromText(change.fromProfessionalId)},
            {QStringLiteral("to_professional_id"), change.toProfessionalId},
            {QStringLiteral("on_date"), fromDate(change.on)},
            {QStringLiteral("why"), fromText(change.why.trimmed())},
            {QStringLiteral("agreed_by"), fromText(encodeIds(change.agreedByPersonIds))},
            {QStringLiteral("assignment_id"), change.assignmentId},
            {QStringLiteral("recorded_by"), change.recordedBy},
            {QStringLiteral("recorded_at"), fromDateTime(change.recordedAt)}};
}

QVariantMap fieldsOf(const Circulation& circulation, const QString& familyId) {
    return {{QStringLiteral("id"), circulation.id},
            {QStringLiteral("family_id"), familyId},
            {QStringLiteral("meeting_id"), circulation.meetingId},
            {QStringLiteral("attendee_id"), circulation.attendeeId},
            {QStringLiteral("sent_at"), fromDateTime(circulation.sentAt)},
            {QStringLiteral("how"), fromText(circulation.how.trimmed())},
            {QStringLiteral("recorded_by"), circulation.recordedBy},
            {QStringLiteral("recorded_at"), fromDateTime(circulation.recordedAt)}};
}

Meeting meetingFrom(const store::Row& row) {
    Meeting meeting;
    meeting.id = row.text("id");
    meeting.familyId = row.text("family_id");
    meeting.kind = kindFromCode(row.text("kind")).value_or(MeetingKind::Review);
    meeting.startsAt = row.moment("starts_at");
    meeting.durationMinutes = row.value("duration_minutes").toInt();
    meeting.place = row.text("place");
    meeting.chairProfessionalId = row.text("chair_professional_id");
    meeting.status = statusFromCode(row.text("status")).value_or(MeetingStatus::Planned);
    meeting.agreedPlanVersionId = row.text("agreed_plan_version_id");
    meeting.nextReviewOn = row.date("next_review_on");
    meeting.review.judgement =
        judgementFromCode(row.text("judgement")).value_or(Judgement::NotRecorded);
    const QVariant score = row.value("scaling_score");
    if (!score.isNull())
        meeting.review.scalingScore = score.toInt();
    meeting.review.concerns =
        concernFromCode(row.text("concerns")).value_or(ConcernTrend::NotRecorded);
    meeting.heldAt = row.moment("held_at");
    meeting.cancelledReason = row.text("cancelled_reason");
    meeting.createdAt = row.moment("created_at");
    meeting.createdBy = row.text("created_by");
    return meeting;
}

Attendee attendeeFrom(const store::Row& row) {
    Attendee attendee;
    attendee.id = row.text("id");
    attendee.kind = attendeeKindFromCode(row.text("kind")).value_or(AttendeeKind::Other);
    attendee.personId = row.text("person_id");
    attendee.professionalId = row.text("professional_id");
    attendee.displayName = row.text("display_name");
    attendee.role = row.text("role");
    attendee.attendance = attendanceFromCode(row.text("attendance")).value_or(Attendance::Invited);
    return attendee;
}

AgendaNote noteFrom(const store::Row& row) {
    return {row.text("id"), row.value("step").toInt(), row.text("text"), row.text("written_by"),
            row.moment("written_at")};
}

LeadChange leadChangeFrom(const store::Row& row) {
    LeadChange change;
    change.id = row.text("id");
    change.familyId = row.text("family_id");
    change.meetingId = row.text("meeting_id");
    change.kind = leadChangeFromCode(row.text("kind")).value_or(LeadChangeKind::HandedOver);
    change.fromProfessionalId = row.text("from_professional_id");
    change.toProfessionalId = row.text("to_professional_id");
    change.on = row.date("on_date");
    change.why = row.text("why");
    change.agreedByPersonIds = decodeIds(row.text("agreed_by"));
    change.assignmentId = row.text("assignment_id");
    change.recordedBy = row.text("recorded_by");
    change.recordedAt = row.moment("recorded_at");
    return change;
}

Circulation circulationFrom(const store::Row& row) {
    return {row.text("id"),           row.text("meeting_id"), row.text("attendee_id"),
            row.moment("sent_at"),    row.text("how"),        row.text("recorded_by"),
            row.moment("recorded_at")};
}

bool exists(const QSqlDatabase& db, const QString& table, const QString& id) {
    if (id.isEmpty())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec() && query.next();
}

bool isFamilyMember(const QSqlDatabase& db, const QString& familyId, const QString& personId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM person WHERE id = ? AND family_id = ?"));
    query.addBindValue(personId);
    query.addBindValue(familyId);
    return query.exec() && query.next();
}

} // namespace kith::meeting::rows
