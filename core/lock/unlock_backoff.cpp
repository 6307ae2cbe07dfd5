#include "lock/unlock_backoff.h"

#include <algorithm>

namespace kith::lock {

UnlockBackoff::UnlockBackoff(const Clock& clock)
    : m_clock(clock) {}

UnlockBackoff::UnlockBackoff(const Clock& clock, State state)
    : m_clock(clock)
    , m_state(std::move(state)) {}

qint64 UnlockBackoff::waitAfter(int failures) {
    if (failures < kFreeAttempts)
        return 0;
    // 2^(failures - kFreeAttempts + 1), computed without overflowing for large counts.
    const int doublings = failures - kFreeAttempts + 1;
    if (doublings >= 20)
        return kLongestWaitSeconds;
    return std::min(qint64{1} << doublings, kLongestWaitSeconds);
}

qint64 UnlockBackoff::secondsToWait() const {
    const qint64 wait = waitAfter(m_state.failures);
    if (wait == 0 || !m_state.lastFailureUtc.isValid())
        return 0;
    const qint64 elapsed = m_state.lastFailureUtc.secsTo(m_clock.nowUtc());
    // A clock set back before the last failure neither shortens the wait nor makes it
    // last until the clock catches up: the whole wait starts again from now.
    if (elapsed < 0) {
        m_state.lastFailureUtc = m_clock.nowUtc();
        return wait;
    }
    return std::max<qint64>(0, wait - elapsed);
}

void UnlockBackoff::recordFailure() {
    ++m_state.failures;
    m_state.lastFailureUtc = m_clock.nowUtc();
}

void UnlockBackoff::recordSuccess() {
    m_state = {};
}

} // namespace kith::lock
