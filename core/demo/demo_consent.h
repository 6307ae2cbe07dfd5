#pragma once

#include "store/database.h"
#include "util/result.h"

#include <QDate>
#include <cstdint>

namespace kith::demo {

// Gives most demo families a consent history over the hub's named agencies (the store's
// agency list): written consent with a drawn signature or verbal consent, obtained by the
// lead professional, some confirmed at a later review and some overdue for one. A few
// families have a restriction in their own words, one or two have withdrawn consent, and
// a young person aged 12 to 16 consents for themselves and keeps something from their
// parents. Families that already have consent records are left alone.
//
// Draws from its own sequence made from `seed`. The records are valid by construction, so
// they are written straight through the RecordWriter (ConsentStore's checks would cost
// several queries a family), in batches of one transaction each.
Status addDemoConsent(const Database& database, std::uint64_t seed, const QDate& today);

} // namespace kith::demo
