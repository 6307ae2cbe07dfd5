#pragma once

// How plan items map to their table's columns (schema 10), for the store and the demo.
// The same maps go to the change log, so the outbox carries exactly what the row holds.

#include "plan/plan_model.h"
#include "store/entity_fields.h"

#include <QVariantMap>

namespace kith::plan::rows {

inline const QString kPlan = QStringLiteral("plan");
inline const QString kNeed = QStringLiteral("plan_need");
inline const QString kOutcome = QStringLiteral("plan_outcome");
inline const QString kAction = QStringLiteral("plan_action");
inline const QString kChildView = QStringLiteral("plan_child_view");
inline const QString kConfidence = QStringLiteral("plan_confidence");
inline const QString kVersion = QStringLiteral("plan_version");

// Where an item sits: its plan, its family, and its place in the plan's order.
struct Place {
    QString planId;
    QString familyId;
    int position = 0;
};

// The columns an edit may change (no id, family, plan or position).
QVariantMap needColumns(const PlanNeed& need);
QVariantMap outcomeColumns(const PlanOutcome& outcome);
QVariantMap actionColumns(const PlanAction& action);
QVariantMap childViewColumns(const ChildView& view);
QVariantMap confidenceColumns(const ConfidenceScore& score);

// A whole new row: the columns above plus id, family_id, plan_id (and position).
QVariantMap newRow(const QString& id, const Place& place, QVariantMap columns,
                   bool positioned = true);

PlanNeed needFrom(const store::Row& row);
PlanOutcome outcomeFrom(const store::Row& row);
PlanAction actionFrom(const store::Row& row);
ChildView childViewFrom(const store::Row& row);
ConfidenceScore confidenceFrom(const store::Row& row);

} // namespace kith::plan::rows
