#include "meeting/meeting_policy.h"
#include "meeting/review_interval.h"
#include "policy/deadline_policy.h"
#include "temp_store.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::meeting;

namespace {

QByteArray policyWith(const QByteArray& meetings) {
    return QByteArrayLiteral(R"({"name": "test", "title": "Test Council", "rules": [
        {"id": "r", "title": "Records", "start": "taf_held", "stop": "plan_circulated",
         "due": {"amount": 3, "unit": "working_days"}, "responsible": "lead_professional"}])") +
           (meetings.isEmpty() ? QByteArray() : QByteArrayLiteral(", \"meetings\": ") + meetings) +
           QByteArrayLiteral("}");
}

} // namespace

TEST_CASE("Every preset still reads, with its meeting settings", "[meeting][policy]") {
    for (const QString& name : policy::DeadlinePolicy::presetNames()) {
        QFile file(QStringLiteral(":/policies/%1.json").arg(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        INFO(name.toStdString());
        REQUIRE(policy::DeadlinePolicy::fromJson(json, name));
        const auto read = MeetingPolicy::fromPolicyJson(json, name);
        REQUIRE(read);
        CHECK(read.value().nextReview.defaultWeeks == 6);
        CHECK(read.value().nextReview.maxWeeks <= 12);
    }
    QFile westminster(QStringLiteral(":/policies/westminster.json"));
    REQUIRE(westminster.open(QIODevice::ReadOnly));
    const auto read = MeetingPolicy::fromPolicyJson(westminster.readAll(), {}).value();
    CHECK(read.nextReview.minWeeks == 6);
    CHECK(read.nextReview.maxWeeks == 8);
    CHECK(read.circulateWithin == policy::Duration{5, policy::DurationUnit::WorkingDays});
}

TEST_CASE("The store's policy gives the meeting settings", "[meeting][policy]") {
    testing::TempStore store;
    const auto hackney = MeetingPolicy::forStore(*store.database);
    REQUIRE(hackney);
    CHECK(hackney.value().nextReview.maxWeeks == 12);
    CHECK(hackney.value().circulateWithin ==
          policy::Duration{5, policy::DurationUnit::WorkingDays});
}

TEST_CASE("Meeting settings in a policy are checked", "[meeting][policy]") {
    const auto defaults = MeetingPolicy::fromPolicyJson(policyWith({}), QStringLiteral("t.json"));
    INFO(defaults.error().toStdString());
    REQUIRE(defaults);
    CHECK(defaults.value().nextReview.defaultWeeks == 6);
    CHECK(defaults.value().nextReview.maxWeeks == 12);
    // No "circulate_within": the rule from taf_held to plan_circulated gives it.
    CHECK(defaults.value().circulateWithin ==
          policy::Duration{3, policy::DurationUnit::WorkingDays});

    const auto custom = MeetingPolicy::fromPolicyJson(
        policyWith(R"({"next_review": {"default_weeks": 4, "min_weeks": 4, "max_weeks": 8},
                       "circulate_within": {"amount": 2, "unit": "calendar_days"}})"),
        QStringLiteral("t.json"));
    REQUIRE(custom);
    CHECK(custom.value().nextReview.defaultWeeks == 4);
    CHECK(custom.value().nextReview.maxWeeks == 8);
    CHECK(custom.value().circulateWithin ==
          policy::Duration{2, policy::DurationUnit::CalendarDays});

    const auto tooLong = MeetingPolicy::fromPolicyJson(
        policyWith(R"({"next_review": {"max_weeks": 16}})"), QStringLiteral("t.json"));
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().contains(QStringLiteral("meetings.next_review.max_weeks")));
    CHECK(tooLong.error().contains(QStringLiteral("12 weeks")));
    const auto backwards = MeetingPolicy::fromPolicyJson(
        policyWith(R"({"next_review": {"default_weeks": 10, "max_weeks": 8}})"), {});
    CHECK_FALSE(backwards);
    const auto unknown =
        MeetingPolicy::fromPolicyJson(policyWith(R"({"review_every": 6})"), QStringLiteral("t"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("meetings.review_every")));
    CHECK_FALSE(MeetingPolicy::fromPolicyJson(
        policyWith(R"({"circulate_within": {"amount": 5, "unit": "hours"}})"), {}));
}

TEST_CASE("A council range for reviews is kept, and never beyond 12 weeks", "[meeting][review]") {
    ReviewInterval westminster{6, 6, 8};
    const QDate day(2026, 11, 20);
    CHECK(ReviewDates::defaultNextReview(day, westminster) == QDate(2027, 1, 1));
    CHECK(ReviewDates::check(day, QDate(2027, 1, 15), westminster)); // 8 weeks
    const Status tooFar = ReviewDates::check(day, QDate(2027, 1, 29), westminster);
    REQUIRE_FALSE(tooFar);
    CHECK(tooFar.error().contains(QStringLiteral("8 weeks")));
    CHECK(tooFar.error().contains(QStringLiteral("15 January 2027")));
    CHECK_FALSE(ReviewDates::check(day, QDate(2026, 12, 18), westminster)); // 4 weeks: too soon
    CHECK_FALSE(ReviewDates::check(day, QDate(), westminster));
    // A range that claims more than 12 weeks is held to 12.
    ReviewInterval generous{6, 1, 20};
    CHECK_FALSE(ReviewDates::check(day, QDate(2027, 2, 19), generous));
    CHECK(ReviewDates::check(day, QDate(2027, 2, 12), generous));
}
