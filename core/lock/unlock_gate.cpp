#include "lock/unlock_gate.h"

#include "audit/audit_log.h"
#include "lock/unlock_secret_rules.h"
#include "store/database.h"

namespace kith::lock {

QString lockReasonCode(LockReason reason) {
    switch (reason) {
    case LockReason::Start:
        return QStringLiteral("start");
    case LockReason::Shortcut:
        return QStringLiteral("shortcut");
    case LockReason::Idle:
        return QStringLiteral("idle");
    case LockReason::ScreenLocked:
        return QStringLiteral("screen_locked");
    case LockReason::Sleep:
        return QStringLiteral("sleep");
    }
    return {};
}

UnlockGate::UnlockGate(const Database& database, audit::AuditLog* audit, HashCost cost)
    : m_secrets(database)
    , m_audit(audit)
    , m_backoff(database.clock(), m_secrets.failures())
    , m_cost(cost) {}

bool UnlockGate::hasSecret() const {
    return !m_secrets.secretHash().isEmpty();
}

Status UnlockGate::chooseSecret(const QString& secret, const QString& confirmation) {
    if (hasSecret())
        return Status::fail(tr("A PIN or passphrase has already been chosen for this store."));
    if (const QString problem = UnlockSecretRules::problem(secret); !problem.isEmpty())
        return Status::fail(problem);
    if (const QString problem = UnlockSecretRules::mismatch(secret, confirmation);
        !problem.isEmpty())
        return Status::fail(problem);
    Result<QByteArray> hash = hashUnlockSecret(secret, m_cost);
    if (!hash)
        return Status::fail(
            tr("Kith could not protect the PIN or passphrase: %1.").arg(hash.error()));
    if (Status saved = m_secrets.saveSecretHash(hash.value()); !saved)
        return Status::fail(
            tr("Kith could not save the PIN or passphrase: %1.").arg(saved.error()));
    return okStatus();
}

UnlockGate::Attempt UnlockGate::tryUnlock(const QString& attempt) {
    using Outcome = Attempt::Outcome;
    const QByteArray stored = m_secrets.secretHash();
    if (stored.isEmpty())
        return {Outcome::NoSecret, 0, failures(),
                tr("No PIN or passphrase has been chosen for this store yet.")};
    if (const qint64 wait = secondsToWait(); wait > 0)
        return {Outcome::TooSoon, wait, failures(), waitMessage(wait)};

    // Count the attempt as wrong before checking it, so that closing Kith in the middle
    // of a check does not earn a free guess; a right answer clears the count.
    m_backoff.recordFailure();
    if (Status saved = saveFailures(); !saved)
        return {
            Outcome::Failed, 0, failures(),
            tr("Kith could not write to its store, so it cannot unlock: %1.").arg(saved.error())};

    if (!verifyUnlockSecret(stored, attempt)) {
        record(audit::Action::UnlockFailed, QStringLiteral("failures=%1").arg(failures()));
        return {Outcome::Wrong, secondsToWait(), failures(),
                tr("That is not the right PIN or passphrase.")};
    }

    m_backoff.recordSuccess();
    saveFailures(); // a count left behind only means a short wait next time
    if (unlockHashNeedsUpgrade(stored, m_cost)) {
        if (Result<QByteArray> upgraded = hashUnlockSecret(attempt, m_cost))
            m_secrets.saveSecretHash(upgraded.value());
    }
    record(audit::Action::Unlock, {});
    return {Outcome::Unlocked, 0, 0, {}};
}

void UnlockGate::recordLocked(LockReason reason) {
    record(audit::Action::Lock, lockReasonCode(reason));
}

QString UnlockGate::waitMessage(qint64 seconds) {
    if (seconds >= 60) {
        const qint64 minutes = (seconds + 59) / 60;
        return minutes == 1 ? tr("Too many wrong attempts: wait a minute before trying again.")
                            : tr("Too many wrong attempts: wait %1 minutes before trying again.")
                                  .arg(minutes);
    }
    return seconds == 1
               ? tr("Too many wrong attempts: wait a second before trying again.")
               : tr("Too many wrong attempts: wait %1 seconds before trying again.").arg(seconds);
}

Status UnlockGate::saveFailures() {
    return m_secrets.saveFailures(m_backoff.state());
}

void UnlockGate::record(audit::Action action, const QString& detail) {
    if (!m_audit)
        return;
    audit::AuditEvent event;
    event.action = action;
    event.detail = detail;
    // A failed audit write must not keep someone out of their own work; the chain
    // check (kithctl audit verify) is where a missing record shows.
    m_audit->record(event);
}

} // namespace kith::lock
