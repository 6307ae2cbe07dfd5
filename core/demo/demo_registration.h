#pragma once

#include "model/family.h"

namespace kith::demo {

// Fills in a demo family's About my Family details: each person's language (and whether
// they need an interpreter), ethnicity, GP practice, school or setting, SEND support and
// any disability; how the family heard of the hub; and how each adult is related to each
// child, as on `today`. Drawn from the family's own id, so the same seed gives the same details,
// and the rest of the demo sequence is left exactly as it was.
void addDemoRegistration(FamilyRecord& record, const QDate& today);

} // namespace kith::demo
