#pragma once

// A SMART check that helps, not nags: each finding names the action, says why it matters
// and how to put it right. Findings are advice: nothing stops a plan being saved or agreed.
//
// Codes (stable; tests and the CLI rely on them):
//   per action (actionId set):
//     "no_owner"       nobody is named to do it
//     "no_date"        no "by when"
//     "no_measure"     no "how we will know it is done"
//     "date_passed"    the date is before today and it is not done (or no longer needed)
//     "vague_words"    "improve", "support", "engage", "monitor", ... with nothing
//                      measurable (no number, frequency or date) in the action's text
//   whole plan (actionId empty):
//     "too_many_actions"   more than 8 actions still open
//     "no_family_action"   no action for the family themselves
//     "no_actions"         the plan has no actions yet

#include "plan/plan_model.h"

#include <QCoreApplication>

namespace kith::plan {

enum class Severity {
    Advice,  // worth a look
    Warning, // the plan will be hard to review as it stands
};

QString severityCode(Severity severity); // "advice", "warning"

struct SmartFinding {
    QString actionId; // empty for a finding about the whole plan
    QString code;
    QString message; // why, and how to fix it (tr())
    Severity severity = Severity::Warning;
};

inline constexpr int kMaxActions = 8;

struct SmartCheck {
    Q_DECLARE_TR_FUNCTIONS(kith::plan::SmartCheck)

public:
    static QList<SmartFinding> action(const PlanAction& action, QDate today);
    static QList<SmartFinding> plan(const Plan& plan, QDate today);
    // The vague word found in `text` when nothing measurable is there; empty otherwise.
    static QString vagueWordIn(const QString& text);
};

// Every finding: actions in plan order, then whole-plan findings.
QList<SmartFinding> checkPlan(const Plan& plan, QDate today);

} // namespace kith::plan
