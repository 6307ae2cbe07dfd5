#pragma once

// Red / amber / green for a plan action, computed from its date and status (never stored).
//
// The rule, in order:
//  1. done or no longer needed                                    -> Complete
//  2. not done (the review found it did not happen)               -> Red
//  3. no date                                                     -> Amber (it cannot be
//     tracked until it has one)
//  4. due before today                                            -> Red (overdue)
//  5. due today or within the next 5 working days (weekends and
//     bank holidays skipped, via the working calendar)            -> Amber
//  6. otherwise                                                   -> Green

#include "plan/plan_model.h"

#include <QCoreApplication>

namespace kith::calendar {
class WorkingCalendar;
}

namespace kith::plan {

enum class Rag { Red, Amber, Green, Complete };

QString ragCode(Rag rag); // "red", "amber", "green", "complete"
std::optional<Rag> ragFromCode(const QString& code);

struct RagLabels {
    Q_DECLARE_TR_FUNCTIONS(kith::plan::RagLabels)

public:
    static QString title(Rag rag); // "Red: overdue or not done", ...
};

// How many working days ahead counts as "due soon" (amber).
inline constexpr int kAmberWorkingDays = 5;

// Uses England and Wales bank holidays from the built-in working calendar.
Rag ragOf(const PlanAction& action, QDate today);
Rag ragOf(const PlanAction& action, QDate today, const calendar::WorkingCalendar& calendar);

} // namespace kith::plan
