// Every Hackney rule through the due engine, on the awkward dates practice meets:
// Christmas and New Year, Easter, a bank holiday Monday, 29 February, the clock change,
// and a request that arrives on a Friday afternoon.
#include "due/due_engine.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::due;

namespace {

// A moment by UK clocks, as a practitioner would say it.
QDateTime uk(int year, int month, int day, int hour = 12, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Europe/London")))
        .toUTC();
}

DueEngine hackney() {
    auto policy = policy::DeadlinePolicy::preset(QStringLiteral("hackney"));
    REQUIRE(policy);
    return DueEngine(policy.value(), calendar::WorkingCalendar(calendar::Region::EnglandAndWales));
}

EpisodeTimeline timeline(std::initializer_list<std::pair<const char*, QDateTime>> events) {
    EpisodeTimeline result;
    result.episodeId = QStringLiteral("episode-1");
    result.familyId = QStringLiteral("family-1");
    result.familyName = QStringLiteral("Khan family");
    result.leadProfessionalId = QStringLiteral("lead-1");
    result.managerId = QStringLiteral("manager-1");
    for (const auto& [kind, moment] : events)
        result.events[QString::fromLatin1(kind)].append(moment);
    return result;
}

std::optional<DueItem> find(const QList<DueItem>& items, const char* ruleId,
                            const QString& personId = {}) {
    for (const DueItem& item : items) {
        if (item.ruleId == QLatin1String(ruleId) && item.personId == personId)
            return item;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Christmas and New Year: first contact within 10 working days of allocation", "[due]") {
    const DueEngine engine = hackney();
    // Allocated on Tuesday 22 December 2026: Christmas Day, Boxing Day's substitute
    // Monday 28th and New Year's Day do not count.
    const EpisodeTimeline family = timeline({{"request_received", uk(2026, 12, 14, 9)},
                                             {"screened", uk(2026, 12, 15, 9)},
                                             {"allocated", uk(2026, 12, 22, 15)}});
    auto item = find(engine.itemsFor(family, uk(2027, 1, 4, 9)), "first_contact");
    REQUIRE(item);
    CHECK(item->dueDate == QDate(2027, 1, 8));
    CHECK(item->status == DueStatus::DueSoon);
    CHECK(item->responsibleId == QLatin1String("lead-1"));

    item = find(engine.itemsFor(family, uk(2027, 1, 11, 9)), "first_contact");
    REQUIRE(item);
    CHECK(item->status == DueStatus::Overdue);
    CHECK(item->workingDaysOverdue == 1); // Monday after a Friday deadline: one working day

    // Once the first contact is made, nothing is waiting.
    EpisodeTimeline contacted = family;
    contacted.events[QStringLiteral("first_contact")].append(uk(2027, 1, 7, 10));
    CHECK_FALSE(find(engine.itemsFor(contacted, uk(2027, 1, 11, 9)), "first_contact"));
}

TEST_CASE("Easter: a visit is written up within 3 working days", "[due]") {
    const DueEngine engine = hackney();
    EpisodeTimeline family = timeline({{"allocated", uk(2027, 3, 1, 9)}});
    // Visited on the Thursday before Good Friday 2027; Easter Monday is a holiday too.
    family.visitsNotWrittenUp.append({QStringLiteral("visit-1"), QStringLiteral("worker-2"),
                                      uk(2027, 3, 25, 15), uk(2027, 3, 25, 17)});
    const auto item = find(engine.itemsFor(family, uk(2027, 3, 30, 9)), "visit_written_up");
    REQUIRE(item);
    CHECK(item->dueDate == QDate(2027, 4, 1));
    CHECK(item->status == DueStatus::Upcoming);
    CHECK(item->contactId == QLatin1String("visit-1"));
    // The practitioner who made the visit answers for the write-up, not the lead.
    CHECK(item->responsibleId == QLatin1String("worker-2"));
    CHECK(find(engine.itemsFor(family, uk(2027, 4, 2, 9)), "visit_written_up")->status ==
          DueStatus::Overdue);
}

TEST_CASE("A bank holiday Monday after a Friday-afternoon request", "[due]") {
    const DueEngine engine = hackney();
    // Friday 30 April 2027 at 16:55; Monday 3 May is the early May bank holiday.
    const EpisodeTimeline family = timeline({{"request_received", uk(2027, 4, 30, 16, 55)}});
    const QList<DueItem> items = engine.itemsFor(family, uk(2027, 5, 3, 10));

    const auto direction = find(items, "direction_decision");
    REQUIRE(direction);
    // 24 clock hours: Saturday 16:55, weekend or not; the manager answers for it.
    CHECK(direction->dueUtc == uk(2027, 5, 1, 16, 55));
    CHECK(direction->status == DueStatus::Overdue);
    CHECK(direction->responsibleRole == policy::Responsible::Manager);
    CHECK(direction->responsibleId == QLatin1String("manager-1"));
    CHECK(direction->workingDaysOverdue == 0); // nothing but the weekend and the holiday since

    const auto named = find(items, "lead_professional_named");
    REQUIRE(named);
    CHECK(named->dueDate == QDate(2027, 5, 17)); // Friday does not count; the 3rd is a holiday
    CHECK(named->status == DueStatus::Upcoming);
}

TEST_CASE("The clock change: 24 hours are UK clock hours", "[due]") {
    const DueEngine engine = hackney();
    // Saturday 24 October 2026 at 10:00 BST; the clocks go back early on Sunday.
    const EpisodeTimeline family = timeline({{"request_received", uk(2026, 10, 24, 10)}});
    const auto before =
        find(engine.itemsFor(family, uk(2026, 10, 25, 9, 30)), "direction_decision");
    REQUIRE(before);
    CHECK(before->dueUtc == uk(2026, 10, 25, 10));
    CHECK(before->dueUtc == QDateTime(QDate(2026, 10, 25), QTime(10, 0), Qt::UTC));
    CHECK(before->status == DueStatus::DueSoon);
    const auto after =
        find(engine.itemsFor(family, uk(2026, 10, 25, 10, 30)), "direction_decision");
    REQUIRE(after);
    CHECK(after->status == DueStatus::Overdue);
}

TEST_CASE("29 February: months and weeks from a leap day", "[due]") {
    const DueEngine engine = hackney();
    // A plan agreed on 31 May 2027 is audited 9 months on: the end of February 2028, the 29th.
    EpisodeTimeline family = timeline({{"episode_opened", uk(2027, 5, 1, 9)},
                                       {"allocated", uk(2027, 5, 3, 9)},
                                       {"plan_agreed", uk(2027, 5, 31, 11)}});
    auto audit = find(engine.itemsFor(family, uk(2028, 2, 1)), "long_plan_audit");
    REQUIRE(audit);
    CHECK(audit->dueDate == QDate(2028, 2, 29));

    // A review held on the leap day: the next is 8 weeks on, Tuesday 25 April 2028.
    family.events[QStringLiteral("review_held")].append(uk(2028, 2, 29, 10));
    const auto review = find(engine.itemsFor(family, uk(2028, 3, 1)), "plan_review");
    REQUIRE(review);
    CHECK(review->dueDate == QDate(2028, 4, 25));
    CHECK(review->startedUtc == uk(2028, 2, 29, 10));

    // The chronology reviewed on the leap day is due again 6 months on, 29 August 2028.
    family.events[QStringLiteral("chronology_reviewed")].append(uk(2028, 2, 29, 16));
    const auto chronology = find(engine.itemsFor(family, uk(2028, 3, 1)), "chronology_reviewed");
    REQUIRE(chronology);
    CHECK(chronology->dueDate == QDate(2028, 8, 29));
}

TEST_CASE("Each child must be seen within their limit", "[due]") {
    const DueEngine engine = hackney();
    EpisodeTimeline family = timeline({{"allocated", uk(2026, 12, 1, 9)}});
    // Seen on 22 December 2026; a two-year-old (not in a setting) within 15 working days,
    // a ten-year-old within 20, counting neither Christmas nor New Year.
    family.children.append({QStringLiteral("toddler"),
                            QStringLiteral("Ayaan Khan"),
                            QDate(2024, 6, 1),
                            {uk(2026, 12, 22, 11)}});
    family.children.append({QStringLiteral("pupil"),
                            QStringLiteral("Zainab Khan"),
                            QDate(2016, 3, 4),
                            {uk(2026, 12, 22, 11)}});
    family.children.append(
        {QStringLiteral("unseen"), QStringLiteral("Omar Khan"), QDate(2012, 9, 9), {}});
    const QList<DueItem> items = engine.itemsFor(family, uk(2027, 1, 18, 9));

    const auto toddler = find(items, "child_seen", QStringLiteral("toddler"));
    REQUIRE(toddler);
    CHECK(toddler->dueDate == QDate(2027, 1, 15));
    CHECK(toddler->status == DueStatus::Overdue);
    CHECK(toddler->workingDaysOverdue == 1);
    CHECK(toddler->personName == QLatin1String("Ayaan Khan"));

    const auto pupil = find(items, "child_seen", QStringLiteral("pupil"));
    REQUIRE(pupil);
    CHECK(pupil->dueDate == QDate(2027, 1, 22));
    CHECK(pupil->status == DueStatus::DueSoon);

    // Never seen since allocation on 1 December: 20 working days, due 31 December.
    const auto unseen = find(items, "child_seen", QStringLiteral("unseen"));
    REQUIRE(unseen);
    CHECK(unseen->dueDate == QDate(2026, 12, 31));
    CHECK(unseen->status == DueStatus::Overdue);
    CHECK(unseen->workingDaysOverdue == 11);
}

TEST_CASE("A stage the episode has passed is no longer waiting", "[due]") {
    const DueEngine engine = hackney();
    // Never marked "screened" or "further screened", but a lead professional is allocated.
    const EpisodeTimeline family =
        timeline({{"request_received", uk(2026, 11, 2, 9)}, {"allocated", uk(2026, 11, 9, 9)}});
    const QList<DueItem> items = engine.itemsFor(family, uk(2026, 11, 25, 9));
    CHECK_FALSE(find(items, "screening"));
    CHECK_FALSE(find(items, "further_screening"));
    CHECK_FALSE(find(items, "lead_professional_named"));
    CHECK(find(items, "first_contact"));
    // Rules whose clock has not started give nothing: no plan, so no review.
    CHECK_FALSE(find(items, "plan_review"));
}

TEST_CASE("Supervision repeats from the last one and the manager who held it answers", "[due]") {
    const DueEngine engine = hackney();
    EpisodeTimeline family = timeline({{"allocated", uk(2026, 9, 1, 9)}});
    family.events[QStringLiteral("supervision_held")] = {uk(2026, 9, 20, 10), uk(2026, 11, 10, 10)};
    const QList<DueItem> items = engine.itemsFor(family, uk(2026, 11, 25, 9));
    const auto next = find(items, "supervision");
    REQUIRE(next);
    CHECK(next->dueDate == QDate(2027, 1, 5)); // 8 weeks after 10 November
    CHECK(next->responsibleId == QLatin1String("manager-1"));
    CHECK_FALSE(find(items, "initial_supervision"));
}

TEST_CASE("Items come overdue first, then by due moment", "[due]") {
    const DueEngine engine = hackney();
    EpisodeTimeline late = timeline({{"allocated", uk(2026, 10, 1, 9)}});
    late.familyName = QStringLiteral("Late family");
    EpisodeTimeline fresh = timeline({{"allocated", uk(2026, 11, 24, 9)}});
    fresh.familyName = QStringLiteral("Fresh family");
    const QList<DueItem> items =
        engine.itemsFor(QList<EpisodeTimeline>{fresh, late}, uk(2026, 11, 25, 9));
    REQUIRE(items.size() >= 2);
    CHECK(items.front().status == DueStatus::Overdue);
    for (qsizetype i = 1; i < items.size(); ++i) {
        const DueItem& a = items.at(i - 1);
        const DueItem& b = items.at(i);
        CHECK((a.status > b.status || (a.status == b.status && a.dueUtc <= b.dueUtc)));
    }
}

TEST_CASE("The remaining Hackney rules: screening hours, the 30-day clock, plans, meetings",
          "[due]") {
    const DueEngine engine = hackney();
    // A request on Friday 27 November 2026 at 16:55: the hours run through the weekend.
    EpisodeTimeline request = timeline({{"request_received", uk(2026, 11, 27, 16, 55)}});
    QList<DueItem> items = engine.itemsFor(request, uk(2026, 11, 28, 9));
    REQUIRE(find(items, "screening"));
    CHECK(find(items, "screening")->dueUtc == uk(2026, 11, 29, 16, 55));
    REQUIRE(find(items, "further_screening"));
    CHECK(find(items, "further_screening")->dueUtc == uk(2026, 11, 30, 16, 55));
    // 30 calendar days from request to plan: Sunday 27 December, holidays or not.
    REQUIRE(find(items, "request_to_plan"));
    CHECK(find(items, "request_to_plan")->dueDate == QDate(2026, 12, 27));

    // Assessment and plan within 25 working days of a first contact two days before
    // Christmas: Monday 1 February 2027.
    const EpisodeTimeline contacted =
        timeline({{"allocated", uk(2026, 12, 21, 9)}, {"first_contact", uk(2026, 12, 23, 10)}});
    const auto plan = find(engine.itemsFor(contacted, uk(2027, 1, 4)), "assessment_and_plan");
    REQUIRE(plan);
    CHECK(plan->dueDate == QDate(2027, 2, 1));

    // A TAF on Christmas Eve: its record goes out within 5 working days (5 January), and
    // the next TAF is due within 12 weeks.
    const EpisodeTimeline meeting =
        timeline({{"allocated", uk(2026, 12, 1, 9)}, {"taf_held", uk(2026, 12, 24, 10)}});
    items = engine.itemsFor(meeting, uk(2026, 12, 29, 9));
    REQUIRE(find(items, "meeting_records"));
    CHECK(find(items, "meeting_records")->dueDate == QDate(2027, 1, 5));
    REQUIRE(find(items, "taf_interval"));
    CHECK(find(items, "taf_interval")->dueDate == QDate(2027, 3, 18));

    // Allocated on 29 February 2028: first supervision within 4 weeks, 28 March.
    const EpisodeTimeline leap = timeline({{"allocated", uk(2028, 2, 29, 11)}});
    const auto supervision = find(engine.itemsFor(leap, uk(2028, 3, 1)), "initial_supervision");
    REQUIRE(supervision);
    CHECK(supervision->dueDate == QDate(2028, 3, 28));
    CHECK(supervision->responsibleRole == policy::Responsible::Manager);
}

TEST_CASE("A visit that is entered is never waiting to be entered", "[due]") {
    const DueEngine engine = hackney();
    EpisodeTimeline family = timeline({{"allocated", uk(2026, 11, 2, 9)}});
    family.visitsNotWrittenUp.append({QStringLiteral("visit-1"), QStringLiteral("worker-2"),
                                      uk(2026, 11, 20, 15), uk(2026, 11, 23, 9)});
    const QList<DueItem> items = engine.itemsFor(family, uk(2026, 11, 25, 9));
    CHECK_FALSE(find(items, "visit_entered"));
    CHECK(find(items, "visit_written_up"));
}
