#include "meeting/meeting_store.h"
#include "process_runner.h"
#include "temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using kith::testing::ProcessResult;
using namespace kith;
using namespace kith::meeting;

namespace {

ProcessResult kithctl(const QStringList& arguments) {
    return kith::testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

} // namespace

TEST_CASE("kithctl meeting lists a family's meetings and writes an invitation", "[cli][meeting]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    const QString agencyId =
        store.families
            ->saveAgency({{}, QStringLiteral("Family Hub"), QStringLiteral("early_help"), {}, {}})
            .value();
    const QString chairId = store.families
                                ->saveProfessional({{},
                                                    agencyId,
                                                    QStringLiteral("Ruth Ellis"),
                                                    QStringLiteral("Family practitioner"),
                                                    {},
                                                    QStringLiteral("ruth.ellis@example.org")})
                                .value();
    QString heldId;
    QString nextId;
    {
        MeetingStore meetings(*store.database);
        meetings.setActor(chairId);
        heldId = meetings
                     .schedule({familyId, MeetingKind::First,
                                QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC), 60,
                                QStringLiteral("Harbourside Family Hub"), chairId})
                     .value();
        REQUIRE(meetings.addAttendee(heldId, {{},
                                              AttendeeKind::Professional,
                                              {},
                                              chairId,
                                              {},
                                              QStringLiteral("Chair"),
                                              Attendance::Present}));
        REQUIRE(meetings.hold(heldId, {}));
        nextId = meetings
                     .schedule({familyId, MeetingKind::Review,
                                QDateTime(QDate(2027, 1, 1), QTime(9, 30), Qt::UTC), 90,
                                QStringLiteral("12 Orchard Road, Torquay"), chairId})
                     .value();
        REQUIRE(meetings.addAttendee(nextId, {{},
                                              AttendeeKind::Professional,
                                              {},
                                              chairId,
                                              {},
                                              QStringLiteral("Chair"),
                                              Attendance::Invited}));
    }
    const QString db = store.path();

    const auto listed =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("meeting"),
                 QStringLiteral("list"), QStringLiteral("--family"), familyId});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(array.size() == 2);
    CHECK(array[0][QStringLiteral("meeting_id")].toString() == heldId);
    CHECK(array[0][QStringLiteral("kind")].toString() == QLatin1String("first"));
    CHECK(array[0][QStringLiteral("starts_at")].toString() ==
          QLatin1String("2026-11-20T14:00:00Z"));
    CHECK(array[0][QStringLiteral("status")].toString() == QLatin1String("held"));
    CHECK(array[0][QStringLiteral("place")].toString() == QLatin1String("Harbourside Family Hub"));
    CHECK(array[0][QStringLiteral("next_review_on")].toString() == QLatin1String("2027-01-01"));
    CHECK(array[1][QStringLiteral("meeting_id")].toString() == nextId);
    CHECK(array[1][QStringLiteral("kind")].toString() == QLatin1String("review"));
    CHECK(array[1][QStringLiteral("status")].toString() == QLatin1String("planned"));
    CHECK(array[1][QStringLiteral("next_review_on")].isNull());

    const QString out = store.dir.filePath(QStringLiteral("review.ics"));
    const auto invited =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("meeting"), QStringLiteral("invite"),
                 QStringLiteral("--meeting"), nextId, QStringLiteral("--out"), out});
    INFO(invited.err.toStdString());
    REQUIRE(invited.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK(ics.contains("\r\nMETHOD:REQUEST\r\n"));
    CHECK(ics.contains("\r\nVERSION:2.0\r\n"));
    CHECK(ics.contains("\r\nUID:" + nextId.toUtf8() + "@kith\r\n"));
    CHECK(ics.contains("\r\nDTSTART:20270101T093000Z\r\n"));
    CHECK(ics.contains("\r\nDTEND:20270101T110000Z\r\n"));
    CHECK(ics.contains("\r\nLOCATION:12 Orchard Road\\, Torquay\r\n"));
    CHECK(ics.contains("mailto:ruth.ellis@example.org"));
    CHECK_FALSE(ics.contains("Khan"));
}

TEST_CASE("kithctl meeting says clearly when the meeting or family is not there",
          "[cli][meeting]") {
    testing::TempStore store;
    const QString db = store.path();
    const QString out = store.dir.filePath(QStringLiteral("none.ics"));
    const auto missing = kithctl({QStringLiteral("--db"), db, QStringLiteral("meeting"),
                                  QStringLiteral("invite"), QStringLiteral("--meeting"),
                                  QStringLiteral("no-such-meeting"), QStringLiteral("--out"), out});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QLatin1String("There is no meeting with the id no-such-meeting")));
    CHECK_FALSE(QFile::exists(out));
    const auto noFamily =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("meeting"), QStringLiteral("list"),
                 QStringLiteral("--family"), QStringLiteral("nobody")});
    CHECK(noFamily.exitCode == 1);
    CHECK(noFamily.err.contains(QLatin1String("There is no family")));
    const auto usage =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("meeting"), QStringLiteral("invite"),
                 QStringLiteral("--meeting"), QStringLiteral("x")});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QLatin1String("--out")));
}
