#include "meeting_fixture.h"

#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::meeting;
using testing::utc;

TEST_CASE("The first meeting names the lead professional with the family's agreement",
          "[meeting][lead]") {
    testing::MeetingFixture fixture;
    MeetingStore& meetings = *fixture.meetings;
    const QString id = fixture.meetingOn(utc(2026, 11, 20));

    const auto noAgreement =
        meetings.appointLead(*fixture.store.families, id, fixture.healthVisitorId, {});
    REQUIRE_FALSE(noAgreement);
    CHECK(noAgreement.error().contains(QStringLiteral("agreement")));
    // The father sent apologies, so he cannot have agreed at the meeting.
    CHECK_FALSE(meetings.appointLead(*fixture.store.families, id, fixture.healthVisitorId,
                                     {fixture.fatherId}));
    CHECK_FALSE(fixture.store.families->currentLeadProfessional(fixture.familyId));

    const auto appointed = meetings.appointLead(*fixture.store.families, id,
                                                fixture.healthVisitorId, {fixture.motherId});
    REQUIRE(appointed);
    const auto lead = fixture.store.families->currentLeadProfessional(fixture.familyId);
    REQUIRE(lead);
    CHECK(lead->professional.id == fixture.healthVisitorId);
    CHECK(lead->assignment.agreedWithFamily);
    CHECK(lead->assignment.startedOn == QDate(2026, 11, 20));
    const QList<LeadChange> changes = meetings.leadChanges(fixture.familyId);
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().kind == LeadChangeKind::Appointed);
    CHECK(changes.front().meetingId == id);
    CHECK(changes.front().agreedByPersonIds == QStringList{fixture.motherId});
    CHECK(changes.front().assignmentId == lead->assignment.id);
    // Only once per meeting.
    CHECK_FALSE(meetings.appointLead(*fixture.store.families, id, fixture.schoolNurseId,
                                     {fixture.motherId}));
}

TEST_CASE("A later change of lead professional is a recorded handover", "[meeting][lead]") {
    testing::MeetingFixture fixture;
    MeetingStore& meetings = *fixture.meetings;
    FamilyStore& families = *fixture.store.families;
    const QString first = fixture.meetingOn(utc(2026, 11, 20));
    REQUIRE(meetings.appointLead(families, first, fixture.healthVisitorId, {fixture.motherId}));
    REQUIRE(meetings.hold(first, {}));
    const QString review = fixture.meetingOn(utc(2027, 1, 1), MeetingKind::Review);
    CHECK_FALSE(meetings.appointLead(families, review, fixture.familyWorkerId, {fixture.motherId}));

    const auto noReason = meetings.handOverLead(families, fixture.familyId, fixture.familyWorkerId,
                                                QDate(2027, 1, 4), {});
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().startsWith(QStringLiteral("Reason")));
    CHECK(families.currentLeadProfessional(fixture.familyId)->professional.id ==
          fixture.healthVisitorId);

    const auto handed = meetings.handOverLead(
        families, fixture.familyId, fixture.familyWorkerId, QDate(2027, 1, 4),
        QStringLiteral("The baby is born; family support now leads"), review, {fixture.motherId});
    REQUIRE(handed);
    const auto lead = families.currentLeadProfessional(fixture.familyId);
    REQUIRE(lead);
    CHECK(lead->professional.id == fixture.familyWorkerId);
    CHECK(lead->assignment.startedOn == QDate(2027, 1, 4));
    const auto history = families.loadFamily(fixture.familyId)->leadHistory;
    REQUIRE(history.size() == 2);
    CHECK(history.front().endedOn == QDate(2027, 1, 3));

    const QList<LeadChange> changes = meetings.leadChanges(fixture.familyId);
    REQUIRE(changes.size() == 2);
    const LeadChange& handover = changes.back();
    CHECK(handover.id == handed.value());
    CHECK(handover.kind == LeadChangeKind::HandedOver);
    CHECK(handover.fromProfessionalId == fixture.healthVisitorId);
    CHECK(handover.toProfessionalId == fixture.familyWorkerId);
    CHECK(handover.on == QDate(2027, 1, 4));
    CHECK(handover.why == QStringLiteral("The baby is born; family support now leads"));
    CHECK(handover.meetingId == review);
    CHECK(handover.recordedBy == fixture.healthVisitorId);
    CHECK(handover.recordedAt == fixture.store.clock.nowUtc());
    CHECK(handover.assignmentId == lead->assignment.id);

    // Handing over to the lead they already have is refused, and nothing more is recorded.
    CHECK_FALSE(meetings.handOverLead(families, fixture.familyId, fixture.familyWorkerId,
                                      QDate(2027, 2, 1), QStringLiteral("Again")));
    CHECK(meetings.leadChanges(fixture.familyId).size() == 2);
}
