#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace kith::sync {

// A hybrid logical clock stamp: wall milliseconds since the epoch, a counter that breaks ties
// within one millisecond, and the device. It orders events for audit and history; it never
// decides a merge. Text form "0001732530600000:0000:device-id" sorts as it compares.
struct Hlc {
    qint64 millis = 0;
    int counter = 0;
    QString node;

    QString toString() const;
    static std::optional<Hlc> parse(const QString& text);

    friend bool operator<(const Hlc& a, const Hlc& b) {
        if (a.millis != b.millis)
            return a.millis < b.millis;
        if (a.counter != b.counter)
            return a.counter < b.counter;
        return a.node < b.node;
    }
    friend bool operator==(const Hlc& a, const Hlc& b) {
        return a.millis == b.millis && a.counter == b.counter && a.node == b.node;
    }
};

// Hands out stamps that only ever increase on this device, even when the wall clock jumps
// back (a corrected laptop clock), and that come after every stamp seen from elsewhere.
class HlcClock {
public:
    static constexpr int kMaxCounter = 9999; // four digits in the text form

    explicit HlcClock(QString node, Hlc last = {});

    // A stamp for a local event or a message being sent.
    Hlc tick(const QDateTime& wallNow);
    // Takes in a stamp from a received message; the next tick() comes after it.
    Hlc receive(const Hlc& remote, const QDateTime& wallNow);
    const Hlc& last() const { return m_last; }

private:
    Hlc advance(qint64 wallMillis, qint64 floorMillis, int floorCounter);
    QString m_node;
    Hlc m_last;
};

} // namespace kith::sync
