#include "calendar/working_calendar.h"
#include "catch_qt.h"
#include "policy/deadline_policy.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

using namespace kith::policy;
using kith::calendar::Region;
using kith::calendar::WorkingCalendar;

namespace {

QDateTime utc(const char* iso) {
    QDateTime moment = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    moment.setTimeSpec(Qt::UTC);
    return moment;
}

QDate d(const char* iso) {
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

DeadlinePolicy hackney() {
    auto loaded = DeadlinePolicy::preset(QStringLiteral("hackney"));
    INFO(loaded.error().toStdString());
    REQUIRE(loaded);
    return std::move(loaded).value();
}

const DeadlineRule& ruleOf(const DeadlinePolicy& policy, const char* id) {
    const DeadlineRule* found = policy.rule(QLatin1String(id));
    INFO(id);
    REQUIRE(found);
    return *found;
}

// A policy with one rule whose JSON can be spoilt field by field.
QByteArray policyWith(const char* ruleJson) {
    return QByteArray(R"({"name": "ours", "title": "Our council", "rules": [
        {"id": "good", "title": "Fine", "start": "allocated", "stop": "first_contact",
         "due": {"amount": 5, "unit": "working_days"}, "responsible": "lead_professional"},
        )") +
           ruleJson + "]}";
}

QString problemWith(const char* ruleJson) {
    const auto parsed = DeadlinePolicy::fromJson(policyWith(ruleJson), QStringLiteral("ours.json"));
    return parsed ? QString() : parsed.error();
}

} // namespace

TEST_CASE("The three presets load, and every rule says where its number comes from", "[policy]") {
    for (const QString& name : DeadlinePolicy::presetNames()) {
        const auto policy = DeadlinePolicy::preset(name);
        INFO(policy.error().toStdString());
        REQUIRE(policy);
        CHECK(policy.value().name == name);
        CHECK_FALSE(policy.value().title.isEmpty());
        CHECK_FALSE(policy.value().rules.isEmpty());
        for (const DeadlineRule& rule : policy.value().rules) {
            INFO(rule.id.toStdString());
            CHECK_FALSE(rule.source.isEmpty());
            CHECK(rule.due.amount > 0);
        }
    }
    const auto missing = DeadlinePolicy::preset(QStringLiteral("nowhere"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().contains(QLatin1String("hackney, torbay, westminster")));
}

TEST_CASE("The Hackney preset carries the seed's numbers", "[policy]") {
    const DeadlinePolicy policy = hackney();
    CHECK(ruleOf(policy, "direction_decision").due == Duration{24, DurationUnit::Hours});
    CHECK(ruleOf(policy, "screening").due == Duration{48, DurationUnit::Hours});
    CHECK(ruleOf(policy, "further_screening").due == Duration{72, DurationUnit::Hours});
    CHECK(ruleOf(policy, "lead_professional_named").due == Duration{10, DurationUnit::WorkingDays});
    const DeadlineRule& firstContact = ruleOf(policy, "first_contact");
    CHECK(firstContact.due == Duration{10, DurationUnit::WorkingDays});
    CHECK(firstContact.warnBefore == Duration{5, DurationUnit::WorkingDays});
    const DeadlineRule& assessment = ruleOf(policy, "assessment_and_plan");
    CHECK(assessment.dueFor({}) == Duration{25, DurationUnit::WorkingDays});
    CHECK(assessment.dueFor({QStringLiteral("team_is_mat")}) ==
          Duration{15, DurationUnit::WorkingDays});
    CHECK(ruleOf(policy, "request_to_plan").due == Duration{30, DurationUnit::CalendarDays});
    const DeadlineRule& childSeen = ruleOf(policy, "child_seen");
    CHECK(childSeen.repeats);
    CHECK(childSeen.dueFor({QStringLiteral("child_not_in_school_or_setting")}) ==
          Duration{15, DurationUnit::WorkingDays});
    CHECK(ruleOf(policy, "supervision").due == Duration{8, DurationUnit::Weeks});
    CHECK(ruleOf(policy, "supervision").responsible == Responsible::Manager);
    CHECK(ruleOf(policy, "visit_written_up").responsible == Responsible::Recorder);
    CHECK(ruleOf(policy, "chronology_reviewed").due == Duration{6, DurationUnit::Months});
    CHECK(ruleOf(policy, "taf_interval").due == Duration{12, DurationUnit::Weeks});
    CHECK(ruleOf(policy, "long_plan_audit").due == Duration{9, DurationUnit::Months});
    // A child seen starts the next child-seen clock; allocation starts the first.
    CHECK(policy.rulesStartedBy(QStringLiteral("child_seen")).contains(&childSeen));
    CHECK(policy.rulesStartedBy(QStringLiteral("allocated")).contains(&childSeen));
    CHECK_FALSE(policy.rulesStartedBy(QStringLiteral("first_contact")).contains(&childSeen));
}

TEST_CASE("The Torbay and Westminster presets carry their seeds' numbers", "[policy]") {
    const auto torbay = DeadlinePolicy::preset(QStringLiteral("torbay"));
    REQUIRE(torbay);
    CHECK(ruleOf(torbay.value(), "assessment").due == Duration{20, DurationUnit::WorkingDays});
    CHECK(ruleOf(torbay.value(), "plan_review").due == Duration{6, DurationUnit::Weeks});
    CHECK(ruleOf(torbay.value(), "plan_circulated").due == Duration{7, DurationUnit::CalendarDays});
    CHECK(ruleOf(torbay.value(), "long_open_family").responsible == Responsible::Manager);
    const auto westminster = DeadlinePolicy::preset(QStringLiteral("westminster"));
    REQUIRE(westminster);
    const DeadlineRule& review = ruleOf(westminster.value(), "review_taf");
    CHECK(review.due == Duration{8, DurationUnit::Weeks});
    CHECK(review.warnBefore == Duration{2, DurationUnit::Weeks});
}

TEST_CASE("A policy written out reads back the same", "[policy]") {
    const DeadlinePolicy policy = hackney();
    const auto again = DeadlinePolicy::fromJson(policy.toJson(), QStringLiteral("copy.json"));
    INFO(again.error().toStdString());
    REQUIRE(again);
    CHECK(again.value().toJson() == policy.toJson());
    CHECK(again.value().rules.size() == policy.rules.size());
}

TEST_CASE("A malformed policy names the file, the rule and the field", "[policy]") {
    const QString unit = problemWith(
        R"({"id": "late", "title": "T", "start": "allocated", "stop": "first_contact",
            "due": {"amount": 5, "unit": "workingdays"}, "responsible": "manager"})");
    CHECK(unit.contains(QLatin1String("ours.json, rule 2 (\"late\"), field \"due.unit\"")));
    CHECK(unit.contains(QLatin1String("working_days")));

    const QString typo = problemWith(
        R"({"id": "late", "title": "T", "start": "allocated", "stop": "first_contact",
            "due": {"amount": 5, "unit": "weeks"}, "warn_befor": {"amount": 1, "unit": "weeks"},
            "responsible": "manager"})");
    CHECK(typo.contains(QLatin1String("field \"warn_befor\"")));

    const QString event = problemWith(
        R"({"id": "late", "title": "T", "start": "allocatd", "stop": "first_contact",
            "due": {"amount": 5, "unit": "weeks"}, "responsible": "manager"})");
    CHECK(event.contains(QLatin1String("field \"start\": \"allocatd\" is not an event")));

    const QString who = problemWith(
        R"({"id": "late", "title": "T", "start": "allocated", "stop": "first_contact",
            "due": {"amount": 5, "unit": "weeks"}, "responsible": "the council"})");
    CHECK(who.contains(QLatin1String("field \"responsible\"")));

    const QString warn = problemWith(
        R"({"id": "late", "title": "T", "start": "allocated", "stop": "first_contact",
            "due": {"amount": 5, "unit": "weeks"}, "warn_before": {"amount": 5, "unit": "weeks"},
            "responsible": "manager"})");
    CHECK(warn.contains(QLatin1String("field \"warn_before.amount\"")));

    const QString amount = problemWith(
        R"({"id": "late", "title": "T", "start": "allocated", "stop": "first_contact",
            "due": {"amount": 2.5, "unit": "weeks"}, "responsible": "manager"})");
    CHECK(amount.contains(QLatin1String("field \"due.amount\": must be a whole number")));

    const QString condition = problemWith(
        R"({"id": "late", "title": "T", "start": "allocated", "stop": "child_seen",
            "due": {"amount": 20, "unit": "working_days"}, "responsible": "manager",
            "condition": {"fact": "no_school", "due": {"amount": 15, "unit": "days"}}})");
    CHECK(condition.contains(QLatin1String("field \"condition.due.unit\"")));

    const QString sameEvent = problemWith(
        R"({"id": "late", "title": "T", "start": "taf_held", "stop": "taf_held",
            "due": {"amount": 12, "unit": "weeks"}, "responsible": "manager"})");
    CHECK(sameEvent.contains(QLatin1String("\"repeats\": true")));

    const QString duplicate = problemWith(
        R"({"id": "good", "title": "T", "start": "allocated", "stop": "first_contact",
            "due": {"amount": 5, "unit": "weeks"}, "responsible": "manager"})");
    CHECK(duplicate.contains(QLatin1String("rule 2 (\"good\"), field \"id\"")));

    const auto broken = DeadlinePolicy::fromJson("{\"name\": ", QStringLiteral("ours.json"));
    REQUIRE_FALSE(broken);
    CHECK(broken.error().startsWith(QLatin1String("ours.json: not valid JSON")));
    // A good rule on its own parses, so the checks above fail for the reason named.
    CHECK(problemWith(R"({"id": "also_good", "title": "T", "start": "allocated",
        "stop": "first_contact", "due": {"amount": 5, "unit": "weeks"},
        "responsible": "manager"})")
              .isEmpty());
}

TEST_CASE("A request on a Friday afternoon before Easter", "[policy][deadline]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    const kith::FixedClock clock(utc("2026-03-27T16:55:00")); // GMT, before the clock change
    const DeadlineMoments moments =
        computeDeadline(ruleOf(hackney(), "lead_professional_named"), clock.nowUtc(), calendar);
    // Counting from Friday 27 March: 30, 31, 1, 2, (Good Friday, Easter Monday) 7 ... 14.
    CHECK(moments.dueDate == d("2026-04-14"));
    CHECK(moments.dueUtc == utc("2026-04-14T22:59:59.999")); // end of the day, BST
    // Warn with two working days left: from the start of Monday 13 April (BST).
    CHECK(moments.warnFromUtc == utc("2026-04-12T23:00:00"));
}

TEST_CASE("The UK date counts, not the UTC date", "[policy][deadline]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    const Duration oneDay{1, DurationUnit::WorkingDays};
    // 23:30 UTC on Thursday 2 July is 00:30 on Friday in London.
    CHECK(computeDeadline(oneDay, {}, utc("2026-07-02T23:30:00"), calendar).dueDate ==
          d("2026-07-06"));
    CHECK(computeDeadline(oneDay, {}, utc("2026-07-02T22:30:00"), calendar).dueDate ==
          d("2026-07-03"));
    CHECK(ukDate(utc("2026-07-02T23:30:00")) == d("2026-07-03"));
    CHECK(ukDate(utc("2026-12-31T23:30:00")) == d("2026-12-31"));
}

TEST_CASE("Hours are UK clock hours, weekends and clock changes included", "[policy][deadline]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    const DeadlinePolicy policy = hackney();
    const DeadlineRule& direction = ruleOf(policy, "direction_decision");
    // Friday 16:55: due at 16:55 on Saturday.
    CHECK(computeDeadline(direction, utc("2026-03-27T16:55:00"), calendar).dueUtc ==
          utc("2026-03-28T16:55:00"));
    // Clocks go forward on 29 March: 10:00 GMT Saturday to 10:00 BST Sunday.
    const DeadlineMoments spring = computeDeadline(direction, utc("2026-03-28T10:00:00"), calendar);
    CHECK(spring.dueUtc == utc("2026-03-29T09:00:00"));
    CHECK(spring.warnFromUtc == utc("2026-03-29T05:00:00")); // 06:00 BST, 4 hours before
    // Clocks go back on 25 October: 10:00 BST Saturday to 10:00 GMT Sunday.
    CHECK(computeDeadline(direction, utc("2026-10-24T09:00:00"), calendar).dueUtc ==
          utc("2026-10-25T10:00:00"));
    // 72 hours over Christmas 2026 run through the holidays.
    CHECK(computeDeadline(ruleOf(policy, "further_screening"), utc("2026-12-24T12:00:00"), calendar)
              .dueDate == d("2026-12-27"));
}

TEST_CASE("Working-day deadlines over Christmas, New Year and a bank holiday Monday",
          "[policy][deadline]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    const DeadlinePolicy policy = hackney();
    const DeadlineRule& writtenUp = ruleOf(policy, "visit_written_up");
    CHECK(computeDeadline(writtenUp, utc("2026-12-24T14:00:00"), calendar).dueDate ==
          d("2026-12-31"));
    CHECK(computeDeadline(writtenUp, utc("2026-12-31T14:00:00"), calendar).dueDate ==
          d("2027-01-06"));
    // Allocated on the summer bank holiday Monday 31 August 2026.
    const DeadlineMoments contact =
        computeDeadline(ruleOf(policy, "first_contact"), utc("2026-08-31T09:00:00"), calendar);
    CHECK(contact.dueDate == d("2026-09-14"));
    CHECK(contact.warnFromUtc == utc("2026-09-07T23:00:00")); // Tuesday 8, five days left
    // A council's own closure days push the deadline on.
    const WorkingCalendar closing(Region::EnglandAndWales, {d("2026-12-29"), d("2026-12-30")});
    CHECK(computeDeadline(writtenUp, utc("2026-12-24T14:00:00"), closing).dueDate ==
          d("2027-01-05"));
}

TEST_CASE("Calendar-day, week and month deadlines around 29 February", "[policy][deadline]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    const DeadlinePolicy policy = hackney();
    CHECK(
        computeDeadline(ruleOf(policy, "chronology_reviewed"), utc("2027-08-31T10:00:00"), calendar)
            .dueDate == d("2028-02-29"));
    CHECK(
        computeDeadline(ruleOf(policy, "initial_supervision"), utc("2028-02-01T10:00:00"), calendar)
            .dueDate == d("2028-02-29"));
    const DeadlineMoments plan =
        computeDeadline(ruleOf(policy, "request_to_plan"), utc("2028-02-15T10:00:00"), calendar);
    CHECK(plan.dueDate == d("2028-03-16"));
    CHECK(plan.warnFromUtc == utc("2028-03-12T00:00:00")); // GMT: five days left from 12 March
}

TEST_CASE("Conditions and regions change the deadline", "[policy][deadline]") {
    const DeadlinePolicy policy = hackney();
    const DeadlineRule& childSeen = ruleOf(policy, "child_seen");
    const WorkingCalendar england(Region::EnglandAndWales);
    const QDateTime start = utc("2026-06-01T10:00:00");
    CHECK(computeDeadline(childSeen, start, england).dueDate == d("2026-06-29"));
    CHECK(computeDeadline(childSeen, start, england,
                          {QStringLiteral("child_not_in_school_or_setting")})
              .dueDate == d("2026-06-22"));
    const Duration threeDays{3, DurationUnit::WorkingDays};
    CHECK(computeDeadline(threeDays, {}, utc("2026-04-02T10:00:00"), england).dueDate ==
          d("2026-04-09"));
    CHECK(computeDeadline(threeDays, {}, utc("2026-04-02T10:00:00"),
                          WorkingCalendar(Region::Scotland))
              .dueDate == d("2026-04-08"));
}

TEST_CASE("The warning never comes before the clock starts, and none means at the deadline",
          "[policy][deadline]") {
    const WorkingCalendar calendar(Region::EnglandAndWales);
    const QDateTime start = utc("2026-06-01T10:00:00");
    const DeadlineMoments early = computeDeadline(
        Duration{24, DurationUnit::Hours}, Duration{3, DurationUnit::WorkingDays}, start, calendar);
    CHECK(early.warnFromUtc == start);
    const DeadlineMoments none = computeDeadline(Duration{24, DurationUnit::Hours},
                                                 Duration{0, DurationUnit::Hours}, start, calendar);
    CHECK(none.warnFromUtc == none.dueUtc);
}
