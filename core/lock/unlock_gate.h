#pragma once

#include "lock/unlock_backoff.h"
#include "lock/unlock_secret_hash.h"
#include "lock/unlock_secret_store.h"
#include "util/result.h"

#include <QCoreApplication>

namespace kith {
class Database;
namespace audit {
class AuditLog;
enum class Action;
} // namespace audit
} // namespace kith

namespace kith::lock {

// Why Kith locked; stored in the audit log as a code, never as free text.
enum class LockReason {
    Start,        // Kith opened a store that has an unlock secret
    Shortcut,     // the user chose "Lock Kith"
    Idle,         // nobody touched Kith for the idle time
    ScreenLocked, // the desktop's screen lock or screensaver came on
    Sleep,        // the laptop is going to sleep (lid closed)
};
QString lockReasonCode(LockReason reason);

// Everything about unlocking that is not a widget: choosing the secret, checking an
// attempt against its Argon2id hash, the back-off after wrong attempts, and the audit
// record of each lock, unlock and failure. Usable without a screen (tests, kithctl).
class UnlockGate {
    Q_DECLARE_TR_FUNCTIONS(kith::lock::UnlockGate)

public:
    struct Attempt {
        enum class Outcome {
            Unlocked,
            Wrong,   // the attempt was checked and was not the secret
            TooSoon, // refused without checking: the back-off has not run out
            NoSecret,
            Failed, // the store could not be written; nothing unlocked
        };
        Outcome outcome = Outcome::Wrong;
        qint64 waitSeconds = 0; // before the next attempt may be made
        int failures = 0;       // wrong attempts in a row, this one included
        // For the person at the keyboard; empty when unlocked. The wait is not in it
        // (see waitMessage), so that a screen can count it down.
        QString message;
    };

    // `audit` may be null (no audit log yet); events are then not recorded. Tests may
    // pass a cheaper `cost`; a hash made with another cost is redone at the next unlock.
    explicit UnlockGate(const Database& database, audit::AuditLog* audit = nullptr,
                        HashCost cost = {});

    bool hasSecret() const;
    // Stores the Argon2id hash of a first secret. Refused when one is already set, when
    // the two entries differ or when the rules are not met; the message says which.
    Status chooseSecret(const QString& secret, const QString& confirmation);

    Attempt tryUnlock(const QString& attempt);
    qint64 secondsToWait() const { return m_backoff.secondsToWait(); }
    int failures() const { return m_backoff.state().failures; }

    void recordLocked(LockReason reason);
    // A sentence about waiting `seconds`, for the lock page's countdown.
    static QString waitMessage(qint64 seconds);

private:
    void record(audit::Action action, const QString& detail);
    Status saveFailures();

    UnlockSecretStore m_secrets;
    audit::AuditLog* m_audit = nullptr;
    UnlockBackoff m_backoff;
    HashCost m_cost;
};

} // namespace kith::lock
