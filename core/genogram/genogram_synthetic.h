#pragma once

#include "genogram/genogram.h"

namespace kith::genogram {

// A made-up extended family of about `people` people over four or five generations
// (couples, second partners, children in birth order, twins, a household and some
// emotional lines), the same for the same seed. For tests, benchmarks and trying the
// editor with a large family; not personal data.
Genogram syntheticGenogram(int people, quint32 seed);

} // namespace kith::genogram
