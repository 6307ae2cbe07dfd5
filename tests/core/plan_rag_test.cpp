#include "plan/rag.h"
#include "temp_store.h"

using namespace kith;
using namespace kith::plan;

namespace {

Rag ragFor(QDate due, QDate today, ActionStatus status = ActionStatus::InProgress) {
    PlanAction action;
    action.dueOn = due;
    action.status = status;
    return ragOf(action, today);
}

} // namespace

TEST_CASE("RAG from status first: finished is complete, not done is red", "[plan][rag]") {
    const QDate today(2026, 11, 25);
    CHECK(ragFor(QDate(2026, 10, 1), today, ActionStatus::Done) == Rag::Complete);
    CHECK(ragFor(QDate(2026, 10, 1), today, ActionStatus::NoLongerNeeded) == Rag::Complete);
    CHECK(ragFor(QDate(2027, 3, 1), today, ActionStatus::NotDone) == Rag::Red);
    CHECK(ragFor(QDate(), today, ActionStatus::NotStarted) == Rag::Amber);
}

TEST_CASE("RAG from the date counts working days", "[plan][rag]") {
    const QDate wednesday(2026, 11, 25);
    CHECK(ragFor(QDate(2026, 11, 24), wednesday) == Rag::Red);  // yesterday
    CHECK(ragFor(wednesday, wednesday) == Rag::Amber);          // today
    CHECK(ragFor(QDate(2026, 12, 2), wednesday) == Rag::Amber); // 5th working day
    CHECK(ragFor(QDate(2026, 12, 3), wednesday) == Rag::Green); // 6th
    const QDate friday(2026, 11, 27);
    CHECK(ragFor(QDate(2026, 12, 4), friday) == Rag::Amber); // over the weekend
    CHECK(ragFor(QDate(2026, 12, 7), friday) == Rag::Green);
}

TEST_CASE("RAG over Christmas skips the bank holidays", "[plan][rag]") {
    // Tuesday 22 December 2026: Christmas Day is a Friday, Boxing Day a Saturday (its
    // substitute day is Monday 28th). Five working days on is Thursday 31st, not the 29th.
    const QDate today(2026, 12, 22);
    CHECK(ragFor(QDate(2026, 12, 31), today) == Rag::Amber);
    CHECK(ragFor(QDate(2027, 1, 4), today) == Rag::Green);
    // Leap day and year end: a date past by one day is red.
    CHECK(ragFor(QDate(2028, 2, 29), QDate(2028, 3, 1)) == Rag::Red);
    CHECK(ragFor(QDate(2026, 12, 31), QDate(2027, 1, 1)) == Rag::Red);
}

TEST_CASE("RAG codes round-trip", "[plan][rag]") {
    for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Complete}) {
        CHECK(ragFromCode(ragCode(rag)) == rag);
        CHECK_FALSE(RagLabels::title(rag).isEmpty());
    }
    CHECK_FALSE(ragFromCode(QStringLiteral("purple")).has_value());
}
