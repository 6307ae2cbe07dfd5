#pragma once

#include "plan/plan_model.h"

#include <QCoreApplication>

namespace kith {
class FamilyStore;
struct FamilyRecord;
} // namespace kith

namespace kith::ui {

// Who can be named on a plan: the family's members (born) and the professionals around
// them (the lead professional and everyone recorded as working with the family).
struct OwnerChoices {
    Q_DECLARE_TR_FUNCTIONS(kith::ui::OwnerChoices)

public:
    static QList<plan::ActionOwner> forFamily(const FamilyStore& store, const FamilyRecord& family);
    // The family members only, as (person id, name) for "who is this about".
    static QList<std::pair<QString, QString>> people(const FamilyRecord& family);
};

} // namespace kith::ui
