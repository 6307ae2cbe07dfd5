#include "protocol/hlc.h"

#include <QStringList>
#include <algorithm>

namespace kith::sync {

QString Hlc::toString() const {
    return QStringLiteral("%1:%2:%3")
        .arg(millis, 16, 10, QLatin1Char('0'))
        .arg(counter, 4, 10, QLatin1Char('0'))
        .arg(node);
}

std::optional<Hlc> Hlc::parse(const QString& text) {
    const qsizetype first = text.indexOf(u':');
    const qsizetype second = first < 0 ? -1 : text.indexOf(u':', first + 1);
    if (first != 16 || second != 21)
        return std::nullopt;
    bool millisOk = false;
    bool counterOk = false;
    Hlc stamp;
    stamp.millis = text.left(first).toLongLong(&millisOk);
    stamp.counter = text.mid(first + 1, 4).toInt(&counterOk);
    stamp.node = text.mid(second + 1);
    if (!millisOk || !counterOk || stamp.millis < 0 || stamp.counter < 0)
        return std::nullopt;
    return stamp;
}

HlcClock::HlcClock(QString node, Hlc last)
    : m_node(std::move(node))
    , m_last(std::move(last)) {}

Hlc HlcClock::advance(qint64 wallMillis, qint64 floorMillis, int floorCounter) {
    Hlc next;
    next.node = m_node;
    if (wallMillis > floorMillis) {
        next.millis = wallMillis;
        next.counter = 0;
    } else {
        // The wall clock is behind what we have seen (it jumped back, or another device's
        // clock is ahead): stay on the logical time and count up.
        next.millis = floorMillis;
        next.counter = floorCounter + 1;
        if (next.counter > kMaxCounter) {
            next.millis += 1;
            next.counter = 0;
        }
    }
    m_last = next;
    return next;
}

Hlc HlcClock::tick(const QDateTime& wallNow) {
    return advance(wallNow.toMSecsSinceEpoch(), m_last.millis, m_last.counter);
}

Hlc HlcClock::receive(const Hlc& remote, const QDateTime& wallNow) {
    qint64 floorMillis = m_last.millis;
    int floorCounter = m_last.counter;
    if (remote.millis > floorMillis) {
        floorMillis = remote.millis;
        floorCounter = remote.counter;
    } else if (remote.millis == floorMillis) {
        floorCounter = std::max(floorCounter, remote.counter);
    }
    return advance(wallNow.toMSecsSinceEpoch(), floorMillis, floorCounter);
}

} // namespace kith::sync
