#include "meeting/visual_agenda.h"
#include "meeting_fixture.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::meeting;
using testing::utc;

TEST_CASE("A TAF meeting is stored and read back with everything recorded", "[meeting]") {
    testing::MeetingFixture fixture;
    MeetingStore& meetings = *fixture.meetings;
    const QString id = fixture.meetingOn(utc(2026, 11, 20, 14, 30));
    const auto interpreter = meetings.addAttendee(id, {{},
                                                       AttendeeKind::Other,
                                                       {},
                                                       {},
                                                       QStringLiteral("Leyla Demir"),
                                                       QStringLiteral("Interpreter"),
                                                       Attendance::Present});
    REQUIRE(interpreter);
    REQUIRE(meetings.addNote(id, 1, QStringLiteral("Everyone said who they are.")));
    REQUIRE(meetings.addNote(id, 6, QStringLiteral("Mum will ring the GP by Friday.")));
    REQUIRE(meetings.addNote(id, 6, QStringLiteral("Health visitor visits weekly.")));
    const QString planVersion = QStringLiteral("0b6c9a52-51b4-4f8e-9d3c-1e2f3a4b5c6d");
    REQUIRE(meetings.hold(id, planVersion));

    const auto loaded = meetings.load(id);
    REQUIRE(loaded);
    CHECK(loaded->familyId == fixture.familyId);
    CHECK(loaded->kind == MeetingKind::First);
    CHECK(loaded->status == MeetingStatus::Held);
    CHECK(loaded->startsAt == utc(2026, 11, 20, 14, 30));
    CHECK(loaded->startsAt.timeSpec() == Qt::UTC);
    CHECK(loaded->durationMinutes == 90);
    CHECK(loaded->place == QStringLiteral("Harbourside Family Hub"));
    CHECK(loaded->chairProfessionalId == fixture.healthVisitorId);
    CHECK(loaded->agreedPlanVersionId == planVersion);
    CHECK(loaded->heldAt == fixture.store.clock.nowUtc());
    REQUIRE(loaded->attendees.size() == 5);
    CHECK(loaded->attendees.at(0).displayName == QStringLiteral("Amira Khan"));
    CHECK(loaded->attendees.at(0).role == QStringLiteral("Mum"));
    CHECK(loaded->attendees.at(1).attendance == Attendance::Apologies);
    CHECK(loaded->attendees.at(2).displayName == QStringLiteral("Helen Marsh"));
    CHECK(loaded->attendees.at(3).attendance == Attendance::Invited);
    CHECK(loaded->attendees.at(4).displayName == QStringLiteral("Leyla Demir"));
    CHECK(loaded->attendees.at(4).kind == AttendeeKind::Other);
    CHECK(loaded->present().size() == 3);
    REQUIRE(loaded->notes.size() == 3);
    CHECK(loaded->notesFor(6).size() == 2);
    CHECK(loaded->notesFor(1).front().text == QStringLiteral("Everyone said who they are."));
    CHECK(loaded->notesFor(1).front().writtenBy == fixture.healthVisitorId);

    const QList<Meeting> listed = meetings.list(fixture.familyId);
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().id == id);
}

TEST_CASE("The next review is 6 weeks on by default", "[meeting][review]") {
    testing::MeetingFixture fixture;
    const QString id = fixture.meetingOn(utc(2026, 11, 20));
    REQUIRE(fixture.meetings->hold(id, {}));
    CHECK(fixture.meetings->load(id)->nextReviewOn == QDate(2027, 1, 1));
}

TEST_CASE("A review more than 12 weeks away is refused and nothing is stored",
          "[meeting][review]") {
    testing::MeetingFixture fixture;
    const QString id = fixture.meetingOn(utc(2026, 11, 20));
    const Status refused = fixture.meetings->hold(id, {}, QDate(2027, 2, 13)); // 12 weeks + 1 day
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("12 weeks")));
    CHECK(refused.error().contains(QStringLiteral("12 February 2027")));
    CHECK(fixture.meetings->load(id)->status == MeetingStatus::Planned);
    // Exactly 12 weeks is allowed.
    REQUIRE(fixture.meetings->hold(id, {}, QDate(2027, 2, 12)));
    CHECK(fixture.meetings->load(id)->nextReviewOn == QDate(2027, 2, 12));
    const Status later = fixture.meetings->setNextReview(id, QDate(2027, 3, 1));
    REQUIRE_FALSE(later);
    CHECK(fixture.meetings->load(id)->nextReviewOn == QDate(2027, 2, 12));
}

TEST_CASE("Holding a meeting needs someone present", "[meeting]") {
    testing::MeetingFixture fixture;
    MeetingStore& meetings = *fixture.meetings;
    const QString id = meetings
                           .schedule({fixture.familyId,
                                      MeetingKind::Review,
                                      utc(2026, 11, 20),
                                      60,
                                      QStringLiteral("Home"),
                                      {}})
                           .value();
    const Status refused = meetings.hold(id, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("present")));
}

TEST_CASE("Bad meeting details are refused with the field named", "[meeting]") {
    testing::MeetingFixture fixture;
    MeetingStore& meetings = *fixture.meetings;
    const auto noPlace = meetings.schedule(
        {fixture.familyId, MeetingKind::First, utc(2026, 12, 1), 60, QStringLiteral("  "), {}});
    REQUIRE_FALSE(noPlace);
    CHECK(noPlace.error().startsWith(QStringLiteral("Place")));
    const auto noFamily = meetings.schedule({QStringLiteral("nobody"),
                                             MeetingKind::First,
                                             utc(2026, 12, 1),
                                             60,
                                             QStringLiteral("Hub"),
                                             {}});
    REQUIRE_FALSE(noFamily);
    const QString id = fixture.meetingOn(utc(2026, 12, 1));
    const auto stranger = meetings.addAttendee(id, {{},
                                                    AttendeeKind::FamilyMember,
                                                    QStringLiteral("someone-else"),
                                                    {},
                                                    {},
                                                    {},
                                                    Attendance::Present});
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().startsWith(QStringLiteral("Family member")));
    const auto twice = meetings.addAttendee(
        id, {{}, AttendeeKind::FamilyMember, fixture.motherId, {}, {}, {}, Attendance::Present});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("Amira Khan")));
    CHECK_FALSE(meetings.addNote(id, 9, QStringLiteral("Off the agenda")));
    CHECK(meetings.load(id)->attendees.size() == 4);
    CHECK(meetings.load(id)->notes.isEmpty());
}

TEST_CASE("A review records what happened to each action and the judgement", "[meeting][review]") {
    testing::MeetingFixture fixture;
    MeetingStore& meetings = *fixture.meetings;
    const QString id = fixture.meetingOn(utc(2026, 11, 20), MeetingKind::Review);
    ReviewOutcome outcome;
    outcome.judgement = Judgement::Better;
    outcome.scalingScore = 7;
    outcome.concerns = ConcernTrend::Down;
    outcome.actions = {{QStringLiteral("action-a"), QStringLiteral("Done: GP seen on 3 Nov.")},
                       {QStringLiteral("action-b"), QStringLiteral("Not yet: waiting list.")}};
    REQUIRE(meetings.recordReview(id, outcome));
    auto loaded = meetings.load(id);
    CHECK(loaded->review.judgement == Judgement::Better);
    CHECK(loaded->review.scalingScore == 7);
    CHECK(loaded->review.concerns == ConcernTrend::Down);
    REQUIRE(loaded->review.actions.size() == 2);
    CHECK(loaded->review.action(QStringLiteral("action-b"))->whatHappened ==
          QStringLiteral("Not yet: waiting list."));

    // Recording again replaces it: one action changed, one dropped.
    outcome.judgement = Judgement::NoChange;
    outcome.scalingScore.reset();
    outcome.actions = {{QStringLiteral("action-b"), QStringLiteral("Started on 20 Nov.")}};
    REQUIRE(meetings.recordReview(id, outcome));
    loaded = meetings.load(id);
    CHECK(loaded->review.judgement == Judgement::NoChange);
    CHECK_FALSE(loaded->review.scalingScore);
    REQUIRE(loaded->review.actions.size() == 1);
    CHECK(loaded->review.actions.front().whatHappened == QStringLiteral("Started on 20 Nov."));

    outcome.scalingScore = 11;
    CHECK_FALSE(meetings.recordReview(id, outcome));
    const QString first = fixture.meetingOn(utc(2026, 12, 1));
    CHECK_FALSE(meetings.recordReview(first, outcome));
}

TEST_CASE("Meeting notes are kept as written", "[meeting]") {
    testing::MeetingFixture fixture;
    const QString id = fixture.meetingOn(utc(2026, 11, 20));
    const QString noteId = fixture.meetings->addNote(id, 3, QStringLiteral("Purpose")).value();
    QSqlQuery query(fixture.store.database->connection());
    query.prepare(QStringLiteral("UPDATE meeting_note SET text = 'changed' WHERE id = ?"));
    query.addBindValue(noteId);
    CHECK_FALSE(query.exec());
    CHECK(fixture.meetings->load(id)->notes.front().text == QStringLiteral("Purpose"));
}

TEST_CASE("Cancelled meetings cannot be changed", "[meeting]") {
    testing::MeetingFixture fixture;
    MeetingStore& meetings = *fixture.meetings;
    const QString id = fixture.meetingOn(utc(2026, 12, 1));
    CHECK_FALSE(meetings.cancel(id, QStringLiteral(" ")));
    REQUIRE(meetings.cancel(id, QStringLiteral("Family unwell")));
    CHECK(meetings.load(id)->status == MeetingStatus::Cancelled);
    CHECK(meetings.load(id)->cancelledReason == QStringLiteral("Family unwell"));
    CHECK_FALSE(meetings.hold(id, {}));
    CHECK_FALSE(meetings.addNote(id, 1, QStringLiteral("Too late")));
}

TEST_CASE("The visual agenda has the 8 standard steps", "[meeting]") {
    const QList<AgendaStep> steps = VisualAgenda::steps();
    REQUIRE(steps.size() == 8);
    QStringList icons;
    for (int i = 0; i < steps.size(); ++i) {
        CHECK(steps.at(i).number == i + 1);
        CHECK_FALSE(steps.at(i).title.isEmpty());
        CHECK(steps.at(i).whatHappens.endsWith(u'.'));
        icons << steps.at(i).iconKey;
    }
    CHECK(icons.join(u',') == QStringLiteral("welcome,expectations,purpose,story,needs,plan,"
                                             "review_date,circulate"));
    CHECK(VisualAgenda::step(0).number == 0);
    CHECK(VisualAgenda::step(9).title.isEmpty());
}
