#pragma once

#include "store/database.h"
#include "util/result.h"

#include <QDate>
#include <cstdint>

namespace kith::demo {

// Gives demo families whose plan was agreed (plan version 1) the first Team Around the
// Family meeting where it was agreed: held on that day, with a parent or two, the lead
// professional and sometimes another professional; the lead professional named with a
// parent's agreement; notes under a few agenda steps; the plan sent to most of those
// present (some copies still to send). Where the 6-week review date has passed, most had a
// review meeting (what happened to two actions, a scaling score, a judgement); every such
// family has its next review planned. Some families with no lead professional yet, but
// professionals working with them, have their first meeting planned a few days ahead of the
// store's clock, the parents and those professionals invited: where the lead is to be named.
//
// Draws from its own sequence made from `seed`; written straight through the RecordWriter
// in batches (valid by construction), so 50,000 families stay quick.
Status addDemoMeetings(const Database& database, std::uint64_t seed, const QDate& today);

} // namespace kith::demo
