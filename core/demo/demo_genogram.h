#pragma once

#include "store/database.h"
#include "util/result.h"

#include <cstdint>

namespace kith::demo {

// Every demo family shows a genogram drawn from its record (parents as a couple, the
// children, a grandmother above her child, the household). The first 200 families (those
// `kith --demo` opens) and one in twenty after them also get a stored genogram with
// relatives only the genogram knows: the mother's parents (one of them sometimes died),
// sometimes a previous partner of the mother, the index child, and a few emotional
// relationships. Draws from its own sequence made from `seed`.
Status addDemoGenograms(const Database& database, std::uint64_t seed);

} // namespace kith::demo
