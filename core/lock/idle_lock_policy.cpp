#include "lock/idle_lock_policy.h"

#include <algorithm>
#include <cmath>

namespace kith::lock {

IdleLockPolicy IdleLockPolicy::fromMinutes(double minutes, QString* note) {
    using std::chrono::milliseconds;
    const double wantedMs = std::isfinite(minutes) ? minutes * 60'000.0 : 0.0;
    if (wantedMs > static_cast<double>(kLongest.count())) {
        if (note)
            *note = tr("The idle lock can be at most 15 minutes; Kith locks after 15.");
        return IdleLockPolicy(kLongest);
    }
    if (wantedMs < static_cast<double>(kShortest.count())) {
        if (note)
            *note = tr("The idle lock must be at least half a minute; Kith locks after half a "
                       "minute.");
        return IdleLockPolicy(kShortest);
    }
    if (note)
        note->clear();
    return IdleLockPolicy(milliseconds(static_cast<qint64>(std::llround(wantedMs))));
}

IdleLockPolicy IdleLockPolicy::forTesting(std::chrono::milliseconds timeout) {
    return IdleLockPolicy(std::clamp(timeout, std::chrono::milliseconds(1), kLongest));
}

} // namespace kith::lock
