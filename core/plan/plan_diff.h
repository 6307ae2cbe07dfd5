#pragma once

// What changed between two versions of a plan (the last agreed one and now, at a
// review), item by item, labelled as a person reads them.

#include "plan/plan_model.h"

#include <QCoreApplication>

namespace kith::plan {

enum class ChangeKind { Added, Removed, Changed };
enum class ItemKind { Need, Outcome, Action, FamilyViews, ChildView, Confidence, IfNothingChanges };

QString changeKindCode(ChangeKind kind); // "added", "removed", "changed"
QString itemKindCode(ItemKind kind);     // "need", "outcome", "action", ...

struct PlanChange {
    ChangeKind kind = ChangeKind::Changed;
    ItemKind item = ItemKind::Action;
    QString itemId;            // the need/outcome/action/child view id; empty for plan-wide text
    QString label;             // "Action: Take Ali to school each day", "Zainab's views"
    QString field;             // for Changed: the field, e.g. "Status", "By when"; empty otherwise
    QString before;            // readable value (empty when added)
    QString after;             // readable value (empty when removed)
    bool confidential = false; // the item is confidential on either side
};

struct PlanDiff {
    Q_DECLARE_TR_FUNCTIONS(kith::plan::PlanDiff)

public:
    // Needs, outcomes, actions in order of the later plan (removed ones after), then views.
    static QList<PlanChange> between(const Plan& before, const Plan& after);
};

} // namespace kith::plan
