// kithctl meeting: a family's Team Around the Family meetings, and an invitation to one as
// an iCalendar (RFC 5545) file that calendar programs accept.
#include "cli.h"
#include "meeting/meeting_invitation.h"
#include "meeting/meeting_store.h"
#include "open_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace kithctl {
namespace {

using namespace kith::meeting;

QJsonObject meetingJson(const Meeting& meeting) {
    return {{QStringLiteral("meeting_id"), meeting.id},
            {QStringLiteral("kind"), kindCode(meeting.kind)},
            {QStringLiteral("starts_at"), meeting.startsAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("duration_minutes"), meeting.durationMinutes},
            {QStringLiteral("status"), statusCode(meeting.status)},
            {QStringLiteral("place"), meeting.place},
            {QStringLiteral("next_review_on"),
             meeting.nextReviewOn.isValid() ? QJsonValue(meeting.nextReviewOn.toString(Qt::ISODate))
                                            : QJsonValue()}};
}

bool familyExists(const kith::Database& database, const QString& familyId) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM family WHERE id = ?"));
    query.addBindValue(familyId);
    return query.exec() && query.next();
}

int list(Invocation& invocation, const kith::Database& database, const QString& familyId) {
    if (!familyExists(database, familyId))
        return invocation.fail(Invocation::tr("There is no family with the id %1.").arg(familyId));
    const QList<Meeting> meetings = MeetingStore(database).list(familyId);
    if (invocation.json()) {
        QJsonArray array;
        for (const Meeting& meeting : meetings)
            array.append(meetingJson(meeting));
        invocation.printJson(QJsonDocument(array));
        return Success;
    }
    if (meetings.isEmpty()) {
        invocation.print(Invocation::tr("This family has no Team Around the Family meetings."));
        return Success;
    }
    for (const Meeting& meeting : meetings) {
        QString line =
            QStringLiteral("%1  %2  %3  %4  %5")
                .arg(meeting.id, meeting.startsAt.toUTC().toString(Qt::ISODate),
                     kindTitle(meeting.kind), statusTitle(meeting.status), meeting.place);
        if (meeting.nextReviewOn.isValid())
            line +=
                Invocation::tr("  next review %1").arg(meeting.nextReviewOn.toString(Qt::ISODate));
        invocation.print(line);
    }
    return Success;
}

int invite(Invocation& invocation, const kith::Database& database, const QString& meetingId,
           const QString& out) {
    const auto meeting = MeetingStore(database).load(meetingId);
    if (!meeting)
        return invocation.fail(Invocation::tr("There is no meeting with the id %1: see kithctl "
                                              "meeting list --family ID.")
                                   .arg(meetingId));
    const auto invitation = MeetingInvitation::build(database, *meeting);
    if (!invitation)
        return invocation.fail(invitation.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(ICalendar::invitation(invitation.value())) < 0 || !file.commit())
        return invocation.fail(Invocation::tr("Cannot write %1: %2").arg(out, file.errorString()));
    invocation.print(Invocation::tr("Wrote the invitation to %1.").arg(out));
    return Success;
}

} // namespace

int runMeeting(Invocation& invocation) {
    const std::optional<QString> familyId = invocation.takeOption(QStringLiteral("--family"));
    const std::optional<QString> meetingId = invocation.takeOption(QStringLiteral("--meeting"));
    const std::optional<QString> out = invocation.takeOption(QStringLiteral("--out"));
    const QStringList rest = invocation.positional();
    if (!invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const bool listing = rest == QStringList{QStringLiteral("list")};
    const bool inviting = rest == QStringList{QStringLiteral("invite")};
    if (!listing && !inviting)
        return invocation.fail(Invocation::tr("Use: meeting list --family ID, or meeting invite "
                                              "--meeting ID --out FILE.ics."),
                               UsageError);
    if (listing && (!familyId || familyId->isEmpty()))
        return invocation.fail(Invocation::tr("Name the family: --family FAMILY_ID."), UsageError);
    if (inviting && (!meetingId || meetingId->isEmpty()))
        return invocation.fail(Invocation::tr("Name the meeting: --meeting MEETING_ID."),
                               UsageError);
    if (inviting && (!out || out->isEmpty()))
        return invocation.fail(Invocation::tr("Say where to write it: --out FILE.ics."),
                               UsageError);
    if (!invocation.requireDb())
        return UsageError;
    auto database = openStore(invocation);
    if (!database)
        return Failure;
    return listing ? list(invocation, *database, *familyId)
                   : invite(invocation, *database, *meetingId, *out);
}

} // namespace kithctl
