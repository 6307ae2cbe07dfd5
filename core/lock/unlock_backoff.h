#pragma once

#include "util/clock.h"

#include <QDateTime>

namespace kith::lock {

// Slows down guessing: the first few wrong attempts cost nothing (people mistype),
// after that each one doubles the wait before the next attempt, up to five minutes.
// Time comes from the injected Clock, so the waits are tested without waiting.
class UnlockBackoff {
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kLongestWaitSeconds = 5 * 60;

    // What is remembered between runs, so closing Kith does not reset the wait.
    struct State {
        int failures = 0;
        QDateTime lastFailureUtc;
    };

    explicit UnlockBackoff(const Clock& clock);
    UnlockBackoff(const Clock& clock, State state);

    // The wait after `failures` wrong attempts in a row: 0 for the first
    // kFreeAttempts - 1, then 2, 4, 8 ... seconds, never more than kLongestWaitSeconds.
    static qint64 waitAfter(int failures);

    // Seconds before another attempt is allowed; 0 when one may be made now.
    qint64 secondsToWait() const;
    void recordFailure();
    void recordSuccess();
    const State& state() const { return m_state; }

private:
    const Clock& m_clock;
    mutable State m_state; // secondsToWait() re-anchors it when the clock went back
};

} // namespace kith::lock
