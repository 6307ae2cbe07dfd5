#include "client/sync_engine.h"

namespace kith::sync {
namespace {

QString howFar(qint64 seconds) {
    const qint64 minutes = (std::abs(seconds) + 30) / 60;
    if (minutes < 120)
        return minutes == 1 ? SyncEngine::tr("1 minute")
                            : SyncEngine::tr("%1 minutes").arg(minutes);
    return SyncEngine::tr("%1 hours").arg((minutes + 30) / 60);
}

} // namespace

// Every message ends by saying what happened to the person's own work: nothing is lost.
QString SyncEngine::describe(SyncProblem problem, const SyncError& error) {
    const QString safe = tr("Your changes are safe on this computer and will be sent next time.");
    switch (problem) {
    case SyncProblem::ServerUnreachable:
        return tr("Could not reach the Kith server. Check the network connection or try again "
                  "later. %1")
            .arg(safe);
    case SyncProblem::BadCredentials:
        return tr("The user name or password was not accepted. Check them and try again. %1")
            .arg(safe);
    case SyncProblem::SignInAgain:
        return tr("Your sign-in has ended. Enter your password to sign in again. %1").arg(safe);
    case SyncProblem::ClockDrift: {
        const qint64 drift = error.wire.driftSeconds.value_or(0);
        const QString direction = drift >= 0 ? tr("ahead of") : tr("behind");
        return tr("This computer's clock is %1 %2 the server's. Set the correct date and time, "
                  "then sync again. %3")
            .arg(howFar(drift), direction, safe);
    }
    case SyncProblem::AccountLocked:
        return tr("The account is locked after too many wrong passwords. Try again in %1. %2")
            .arg(howFar(error.wire.retryAfterSecs.value_or(900)), safe);
    case SyncProblem::SlowDown:
        return tr("Too many wrong passwords: wait %1 seconds before trying again. %2")
            .arg(error.wire.retryAfterSecs.value_or(2))
            .arg(safe);
    case SyncProblem::Forbidden:
        return tr("The server says this account may not do that. Ask your Kith administrator. %1")
            .arg(safe);
    case SyncProblem::ProtocolVersion:
        return tr("This version of Kith cannot sync with that server. Update Kith. %1").arg(safe);
    case SyncProblem::ServerError:
        return tr("The server could not finish the sync. Try again later. %1").arg(safe);
    case SyncProblem::UnexpectedAnswer:
        return tr("The server's answer was not understood. Check the server address. %1").arg(safe);
    case SyncProblem::OtherServer:
        return tr("This store already syncs with another server or account.");
    case SyncProblem::LocalStore:
        return tr("Kith could not save what came from the server on this computer. Nothing was "
                  "lost; try again, and if it happens again tell your administrator.");
    case SyncProblem::Interrupted:
        return tr("The sync was interrupted. %1").arg(safe);
    case SyncProblem::Stopped:
        return tr("Sync stopped. Everything received so far is kept; the rest comes next time.");
    }
    return safe;
}

QString SyncEngine::describeClockWarning(const ClockWarning& warning) {
    return tr("This computer's clock is %1 %2 the server's. Set the correct date and time: "
              "from 15 minutes off, syncing stops until it is put right.")
        .arg(howFar(warning.driftSeconds),
             warning.driftSeconds >= 0 ? tr("ahead of") : tr("behind"));
}

} // namespace kith::sync
