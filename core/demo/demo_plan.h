#pragma once

#include "store/database.h"
#include "util/result.h"

#include <QDate>
#include <cstdint>

namespace kith::demo {

// Gives demo families whose assessment was signed off a whole-family plan: needs from the
// assessment's worries and support, an outcome under a Supporting Families heading for
// each, and two or three actions each (one for a parent, one for the lead professional,
// sometimes one for the school). Most plans were agreed at a first meeting (version 1,
// frozen) some weeks ago, and their actions have moved on since, so the RAG shows red,
// amber, green and complete; the rest are drafts not yet agreed.
//
// Draws from its own sequence made from `seed`; written straight through the RecordWriter
// in batches (valid by construction), so 50,000 families stay quick.
Status addDemoPlans(const Database& database, std::uint64_t seed, const QDate& today);

} // namespace kith::demo
