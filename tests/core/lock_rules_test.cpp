#include "catch_qt.h"
#include "lock/idle_lock_policy.h"
#include "lock/unlock_backoff.h"
#include "lock/unlock_secret_rules.h"
#include "util/clock.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace kith;
using namespace kith::lock;

TEST_CASE("A PIN needs six digits and a passphrase ten characters", "[lock][rules]") {
    CHECK(UnlockSecretRules::problem(QStringLiteral("402917")).isEmpty());
    CHECK(UnlockSecretRules::problem(QStringLiteral("correct horse")).isEmpty());
    CHECK(UnlockSecretRules::problem(QStringLiteral("tenletters")).isEmpty());

    const QString shortPin = UnlockSecretRules::problem(QStringLiteral("40291"));
    CHECK(shortPin.contains(QStringLiteral("at least 6 digits")));
    CHECK(shortPin.contains(QStringLiteral("This one has 5")));

    const QString shortPhrase = UnlockSecretRules::problem(QStringLiteral("ninechars"));
    CHECK(shortPhrase.contains(QStringLiteral("at least 10 characters")));
    CHECK(shortPhrase.contains(QStringLiteral("This one has 9")));

    // Nine letters and digits mixed is a passphrase, not a PIN: it needs ten.
    CHECK_FALSE(UnlockSecretRules::problem(QStringLiteral("40291abcd")).isEmpty());
    CHECK_FALSE(UnlockSecretRules::problem(QString()).isEmpty());
    CHECK_FALSE(UnlockSecretRules::problem(QStringLiteral("            ")).isEmpty());
}

TEST_CASE("PINs anyone would try first are refused", "[lock][rules]") {
    for (const char* pin : {"000000", "111111", "123456", "1234567890", "987654"}) {
        INFO(pin);
        CHECK(UnlockSecretRules::problem(QString::fromLatin1(pin))
                  .contains(QStringLiteral("too easy to guess")));
    }
    CHECK(UnlockSecretRules::problem(QStringLiteral("123457")).isEmpty());
}

TEST_CASE("Characters are counted as a person counts them", "[lock][rules]") {
    // Nine characters, one of them outside the Basic Multilingual Plane (two UTF-16 units).
    const QString nine = QStringLiteral("family\U0001F3E0ab");
    REQUIRE(nine.size() == 10);
    CHECK(UnlockSecretRules::problem(nine).contains(QStringLiteral("This one has 9")));
}

TEST_CASE("The confirmation must match", "[lock][rules]") {
    CHECK(
        UnlockSecretRules::mismatch(QStringLiteral("402917"), QStringLiteral("402917")).isEmpty());
    CHECK(UnlockSecretRules::mismatch(QStringLiteral("402917"), QStringLiteral("402918"))
              .contains(QStringLiteral("different")));
}

TEST_CASE("Wrong attempts wait twice as long each time, up to five minutes", "[lock][backoff]") {
    CHECK(UnlockBackoff::waitAfter(0) == 0);
    CHECK(UnlockBackoff::waitAfter(1) == 0);
    CHECK(UnlockBackoff::waitAfter(2) == 0);
    CHECK(UnlockBackoff::waitAfter(3) == 2);
    CHECK(UnlockBackoff::waitAfter(4) == 4);
    CHECK(UnlockBackoff::waitAfter(5) == 8);
    CHECK(UnlockBackoff::waitAfter(10) == 256);
    CHECK(UnlockBackoff::waitAfter(11) == 300);
    CHECK(UnlockBackoff::waitAfter(1'000'000) == 300);
}

TEST_CASE("The back-off counts down on the injected clock", "[lock][backoff]") {
    FixedClock clock(QDateTime(QDate(2026, 3, 29), QTime(0, 59, 50), Qt::UTC));
    UnlockBackoff backoff(clock);
    backoff.recordFailure();
    backoff.recordFailure();
    CHECK(backoff.secondsToWait() == 0);
    backoff.recordFailure();
    backoff.recordFailure();
    CHECK(backoff.secondsToWait() == 4);
    // Across the spring clock change: UTC time does not jump, so neither does the wait.
    clock.advanceSeconds(3);
    CHECK(backoff.secondsToWait() == 1);
    clock.advanceSeconds(1);
    CHECK(backoff.secondsToWait() == 0);

    backoff.recordSuccess();
    CHECK(backoff.state().failures == 0);
    CHECK(backoff.secondsToWait() == 0);
}

TEST_CASE("Setting the clock back does not end the wait early or make it endless",
          "[lock][backoff]") {
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    UnlockBackoff backoff(clock, {6, clock.nowUtc()});
    REQUIRE(backoff.secondsToWait() == 16);
    clock.advanceSeconds(-3600);
    CHECK(backoff.secondsToWait() == 16);
    clock.advanceSeconds(10);
    CHECK(backoff.secondsToWait() == 6);
    clock.advanceSeconds(6);
    CHECK(backoff.secondsToWait() == 0);
}

TEST_CASE("A council can shorten the idle lock but not lengthen it", "[lock][idle]") {
    CHECK(IdleLockPolicy().timeout() == std::chrono::minutes(15));
    QString note;
    CHECK(IdleLockPolicy::fromMinutes(5, &note).timeout() == std::chrono::minutes(5));
    CHECK(note.isEmpty());
    CHECK(IdleLockPolicy::fromMinutes(60, &note).timeout() == std::chrono::minutes(15));
    CHECK(note.contains(QStringLiteral("at most 15 minutes")));
    CHECK(IdleLockPolicy::fromMinutes(0, &note).timeout() == std::chrono::seconds(30));
    CHECK_FALSE(note.isEmpty());
    CHECK(IdleLockPolicy::fromMinutes(std::nan(""), &note).timeout() == std::chrono::seconds(30));
    CHECK(IdleLockPolicy::forTesting(std::chrono::hours(2)).timeout() == std::chrono::minutes(15));
}
