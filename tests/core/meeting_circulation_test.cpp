#include "meeting_fixture.h"

#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::meeting;
using testing::utc;

TEST_CASE("The plan is due out 5 working days after the meeting, skipping bank holidays",
          "[meeting][circulation]") {
    testing::MeetingFixture fixture;
    // Monday 21 December 2026: Christmas Day is a Friday, Boxing Day's substitute is
    // Monday 28 December, so the fifth working day is Wednesday 30 December.
    const QString id = fixture.meetingOn(utc(2026, 12, 21));
    const auto meeting = fixture.meetings->load(id);
    CHECK(fixture.meetings->policy().circulateWithin.amount == 5);
    CHECK(fixture.meetings->circulationDueBy(*meeting) == QDate(2026, 12, 30));

    // A council that says 7 calendar days (Torbay): Christmas does not count.
    MeetingPolicy torbay = fixture.meetings->policy();
    torbay.circulateWithin = {7, policy::DurationUnit::CalendarDays};
    fixture.meetings->setPolicy(torbay);
    CHECK(fixture.meetings->circulationDueBy(*meeting) == QDate(2026, 12, 28));
}

TEST_CASE("Sending the plan is tracked per person present, and overdue after the due day",
          "[meeting][circulation]") {
    testing::MeetingFixture fixture;
    MeetingStore& meetings = *fixture.meetings;
    // Monday 16 November: due by Monday 23 November; the clock says 25 November.
    const QString id = fixture.meetingOn(utc(2026, 11, 16));
    const auto planned = meetings.load(id);
    CHECK_FALSE(meetings.circulationStatus(*planned).overdue); // not held: nothing to send
    const QString mum = planned->attendees.at(0).id;
    const QString dad = planned->attendees.at(1).id; // sent apologies
    const QString healthVisitor = planned->attendees.at(2).id;
    CHECK_FALSE(meetings.recordCirculation(id, mum, utc(2026, 11, 17), QStringLiteral("email")));
    REQUIRE(meetings.hold(id, QStringLiteral("version-1")));

    auto status = meetings.circulationStatus(*meetings.load(id));
    CHECK(status.dueBy == QDate(2026, 11, 23));
    CHECK(status.notSentAttendeeIds == QStringList{mum, healthVisitor});
    CHECK(status.overdue);

    REQUIRE(meetings.recordCirculation(id, mum, utc(2026, 11, 18), QStringLiteral("by hand")));
    const auto absent = meetings.recordCirculation(id, dad, utc(2026, 11, 18), {});
    REQUIRE_FALSE(absent);
    CHECK(absent.error().contains(QStringLiteral("at the meeting")));
    CHECK_FALSE(meetings.recordCirculation(id, healthVisitor, utc(2026, 11, 30), {})); // future
    CHECK_FALSE(meetings.recordCirculation(id, healthVisitor, utc(2026, 11, 15), {})); // before
    status = meetings.circulationStatus(*meetings.load(id));
    CHECK(status.sentAttendeeIds == QStringList{mum});
    CHECK(status.overdue);

    REQUIRE(
        meetings.recordCirculation(id, healthVisitor, utc(2026, 11, 24), QStringLiteral("email")));
    status = meetings.circulationStatus(*meetings.load(id));
    CHECK(status.complete());
    CHECK_FALSE(status.overdue);
    const QList<Circulation> sent = meetings.circulation(id);
    REQUIRE(sent.size() == 2);
    CHECK(sent.front().attendeeId == mum);
    CHECK(sent.front().how == QStringLiteral("by hand"));
    CHECK(sent.back().sentAt == utc(2026, 11, 24));
}
