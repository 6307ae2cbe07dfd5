#include "plan/rag.h"

#include "calendar/working_calendar.h"
#include "util/code_table.h"

namespace kith::plan {
namespace {

constexpr CodeTable<Rag, 4> kRags{{
    {Rag::Red, "red"},
    {Rag::Amber, "amber"},
    {Rag::Green, "green"},
    {Rag::Complete, "complete"},
}};

} // namespace

QString ragCode(Rag rag) {
    return codeOf(kRags, rag);
}
std::optional<Rag> ragFromCode(const QString& code) {
    return valueOf(kRags, code);
}

QString RagLabels::title(Rag rag) {
    switch (rag) {
    case Rag::Red:
        return tr("Red: overdue or not done");
    case Rag::Amber:
        return tr("Amber: due soon, or no date yet");
    case Rag::Green:
        return tr("Green: on track");
    case Rag::Complete:
        return tr("Complete");
    }
    return {};
}

Rag ragOf(const PlanAction& action, QDate today) {
    static const calendar::WorkingCalendar englandAndWales(calendar::Region::EnglandAndWales);
    return ragOf(action, today, englandAndWales);
}

Rag ragOf(const PlanAction& action, QDate today, const calendar::WorkingCalendar& calendar) {
    switch (action.status) {
    case ActionStatus::Done:
    case ActionStatus::NoLongerNeeded:
        return Rag::Complete;
    case ActionStatus::NotDone:
        return Rag::Red;
    case ActionStatus::NotStarted:
    case ActionStatus::InProgress:
        break;
    }
    if (!action.dueOn.isValid())
        return Rag::Amber;
    if (action.dueOn < today)
        return Rag::Red;
    // Due by the end of the fifth working day after today (today itself included).
    if (action.dueOn <= calendar.addWorkingDays(today, kAmberWorkingDays))
        return Rag::Amber;
    return Rag::Green;
}

} // namespace kith::plan
