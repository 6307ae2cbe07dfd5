#include "util/clock.h"

namespace kith {

const Clock& Clock::system() {
    static const SystemClock clock;
    return clock;
}

} // namespace kith
