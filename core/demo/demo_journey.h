#pragma once

#include "demo/demo_generator.h"
#include "store/database.h"
#include "util/result.h"

#include <QDate>
#include <cstdint>

namespace kith::demo {

// Gives the demo families stored in `database` their journeys through Early Help: every
// family with a current lead professional has an open episode at some stage (from a new
// request to plan reviews), with visits, the children seen, case notes, supervision and
// the chronology; some families have an episode that closed; a few have a request for
// support still waiting for a manager's decision. Nothing is dated after `today` or the
// store's clock, and the gaps between steps are drawn so that some deadlines have
// slipped: the start screen has something to show.
//
// Draws from its own sequence made from `seed`, so the families themselves are the same
// as without journeys. Written through JourneyStore, in batches of one transaction each.
Status addDemoJourneys(const Database& database, std::uint64_t seed, const QDate& today);

} // namespace kith::demo
