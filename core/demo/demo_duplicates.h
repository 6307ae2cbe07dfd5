#pragma once

#include "model/family.h"

#include <QList>
#include <cstdint>

namespace kith::demo {

// Now and then (about one family in a hundred) turns the family just made, the last in
// `batch`, into a second registration of an earlier family in the batch, as happens
// when a family walks into another hub: the same people, the mother's first name as she
// gave it that day (often a nickname), a new address, new phone number, no professionals
// yet. `kithctl match duplicates` and the matcher then have real work in every demo
// store. Draws on its own random stream from `seed` and `index` (the family's number),
// so the other demo families stay exactly as they were.
void makeDemoDuplicate(QList<FamilyRecord>& batch, int index, std::uint64_t seed);

} // namespace kith::demo
