// The hybrid logical clock: text form, ordering, and monotonic stamps when clocks jump.
#include "protocol/hlc.h"

#include <catch2/catch.hpp>

using kith::sync::Hlc;
using kith::sync::HlcClock;

namespace {

QDateTime at(int hour, int minute, int msec = 0) {
    return QDateTime(QDate(2026, 11, 25), QTime(hour, minute, 0, msec), Qt::UTC);
}

} // namespace

TEST_CASE("An HLC stamp reads back what it wrote and sorts as text as it compares", "[hlc]") {
    const Hlc stamp{1764066600000, 7, QStringLiteral("device-a")};
    CHECK(stamp.toString() == QStringLiteral("0001764066600000:0007:device-a"));
    const auto parsed = Hlc::parse(stamp.toString());
    REQUIRE(parsed);
    CHECK(*parsed == stamp);
    const Hlc later{1764066600000, 8, QStringLiteral("device-a")};
    CHECK(stamp < later);
    CHECK(stamp.toString() < later.toString());
    CHECK_FALSE(Hlc::parse(QStringLiteral("yesterday")));
    CHECK_FALSE(Hlc::parse(QStringLiteral("0001764066600000-0007-device")));
}

TEST_CASE("HLC stamps keep increasing when the wall clock jumps back", "[hlc]") {
    HlcClock clock(QStringLiteral("laptop"));
    const Hlc first = clock.tick(at(12, 0));
    const Hlc sameMoment = clock.tick(at(12, 0));
    CHECK(first < sameMoment);
    CHECK(sameMoment.counter == first.counter + 1);
    // Someone corrects the laptop's clock back by two hours.
    const Hlc afterJump = clock.tick(at(10, 0));
    CHECK(sameMoment < afterJump);
    CHECK(afterJump.millis == first.millis);
    // When the wall clock passes the logical time again, stamps follow the wall clock.
    const Hlc caughtUp = clock.tick(at(12, 1));
    CHECK(caughtUp.millis == at(12, 1).toMSecsSinceEpoch());
    CHECK(caughtUp.counter == 0);
}

TEST_CASE("An HLC stamp after a received one comes after it, even from a clock ahead", "[hlc]") {
    HlcClock mine(QStringLiteral("mine"));
    mine.tick(at(10, 0));
    const Hlc theirs{at(11, 0).toMSecsSinceEpoch(), 3, QStringLiteral("theirs")};
    const Hlc received = mine.receive(theirs, at(10, 0, 5));
    CHECK(theirs < received);
    CHECK(received.node == QStringLiteral("mine"));
    const Hlc next = mine.tick(at(10, 0, 6));
    CHECK(received < next);
}

TEST_CASE("An HLC counter that runs out moves to the next millisecond", "[hlc]") {
    HlcClock clock(QStringLiteral("busy"), Hlc{at(9, 0).toMSecsSinceEpoch(), HlcClock::kMaxCounter,
                                               QStringLiteral("busy")});
    const Hlc next = clock.tick(at(9, 0));
    CHECK(next.millis == at(9, 0).toMSecsSinceEpoch() + 1);
    CHECK(next.counter == 0);
    CHECK(Hlc::parse(next.toString()));
}
