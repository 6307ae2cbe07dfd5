#pragma once

#include <QDateTime>

namespace kith {

// Every "now" in Kith comes through a Clock so that deadlines, timestamps and
// change-log entries can be tested on any date (KeePassXC's habit).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }

    // The clock used when nobody injects one.
    static const Clock& system();
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move; for tests and reproducible demos.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc)
        : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace kith
