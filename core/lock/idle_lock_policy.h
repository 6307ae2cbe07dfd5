#pragma once

#include <QCoreApplication>
#include <QString>
#include <chrono>

namespace kith::lock {

// How long Kith may sit untouched before it locks. 15 minutes unless the council's
// policy says less; a policy can shorten it but never lengthen it, because a laptop
// left open in a café for longer than that is the risk this guards against.
class IdleLockPolicy {
    Q_DECLARE_TR_FUNCTIONS(kith::lock::IdleLockPolicy)

public:
    static constexpr std::chrono::milliseconds kLongest = std::chrono::minutes(15);
    static constexpr std::chrono::milliseconds kShortest = std::chrono::seconds(30);

    IdleLockPolicy() = default;

    // A policy of `minutes` (a council's "idle_lock_minutes"). Values above 15 become
    // 15, below half a minute become half a minute; `note` (if given) then says so.
    static IdleLockPolicy fromMinutes(double minutes, QString* note = nullptr);
    // Any timeout at all, unclamped below, for tests that cannot wait minutes; still
    // never longer than kLongest.
    static IdleLockPolicy forTesting(std::chrono::milliseconds timeout);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    int timeoutMs() const { return static_cast<int>(m_timeout.count()); }

private:
    explicit IdleLockPolicy(std::chrono::milliseconds timeout)
        : m_timeout(timeout) {}
    std::chrono::milliseconds m_timeout = kLongest;
};

} // namespace kith::lock
