// SyncService: signing in and out, tokens, sign-in throttling and the clock-drift check.
#include "server/passwords.h"
#include "server/sync_service_impl.h"

#include <cmath>

namespace kith::server {

namespace {

constexpr qint64 kTokenLifetimeSeconds = 12 * 60 * 60;
constexpr int kFreeFailures = 3;    // failed sign-ins before each attempt must wait
constexpr int kFailuresToLock = 10; // failed sign-ins that lock the account
constexpr qint64 kFirstWaitSeconds = 2;
constexpr qint64 kLockSeconds = 15 * 60;

qint64 secondsUntil(const QDateTime& now, const QDateTime& then) {
    return std::max<qint64>(1, (now.msecsTo(then) + 999) / 1000);
}

sync::WireError waitError(sync::ErrorCode code, const QString& message, qint64 seconds) {
    sync::WireError error = wireError(code, message);
    error.retryAfterSecs = seconds;
    return error;
}

sync::WireError badCredentials() {
    return wireError(sync::ErrorCode::BadCredentials,
                     QStringLiteral("the user name or the password is wrong"));
}

} // namespace

Refusal SyncService::Impl::checkClock(const ServiceRequest& request,
                                      std::optional<sync::ClockWarning>& warning) {
    const QByteArray header = request.header(sync::header::clientTime);
    const QDateTime clientTime = sync::parseMoment(QString::fromLatin1(header));
    if (!clientTime.isValid())
        return wireError(
            sync::ErrorCode::BadRequest,
            QStringLiteral("Kith-Client-Time is missing or not an ISO 8601 UTC moment"),
            QStringLiteral("Kith-Client-Time"));
    const QDateTime now = clock.nowUtc();
    const qint64 drift = std::llround(static_cast<double>(now.msecsTo(clientTime)) / 1000.0);
    if (std::llabs(drift) > sync::limits::clockRefusalSeconds) {
        sync::WireError error = wireError(
            sync::ErrorCode::ClockDrift,
            QStringLiteral("the computer's clock is %1 seconds %2 the server's; set the clock "
                           "right and sync again (nothing was changed)")
                .arg(std::llabs(drift))
                .arg(drift > 0 ? QStringLiteral("ahead of") : QStringLiteral("behind")));
        error.serverTime = now;
        error.driftSeconds = drift;
        return error;
    }
    if (std::llabs(drift) > sync::limits::clockWarningSeconds)
        warning = sync::ClockWarning{drift};
    return std::nullopt;
}

ServiceResponse SyncService::Impl::signIn(const ServiceRequest& request, const QByteArray& body) {
    std::optional<sync::ClockWarning> warning;
    if (Refusal refused = checkClock(request, warning))
        return errorResponse(*refused);
    QString problem;
    const QJsonObject json = parseJsonBody(body, problem);
    if (!problem.isEmpty())
        return errorResponse(wireError(sync::ErrorCode::BadRequest, problem, problem));
    const auto parsed = sync::SessionRequest::fromJson(json);
    if (!parsed)
        return errorResponse(
            wireError(sync::ErrorCode::BadRequest, parsed.error(), parsed.error()));
    const sync::SessionRequest& wanted = parsed.value();
    const QDateTime started = clock.nowUtc();

    std::optional<ServerAccount> found = store.accountByName(wanted.user);
    if (!found) {
        verifyAgainstNothing(wanted.password, store.passwordCost());
        store.logAccess(started, {}, QStringLiteral("sign_in_failed"),
                        QStringLiteral("unknown user"));
        return errorResponse(badCredentials());
    }
    ServerAccount account = *found;
    if (account.lockedUntil.isValid()) {
        if (started < account.lockedUntil)
            return errorResponse(waitError(
                sync::ErrorCode::AccountLocked,
                QStringLiteral("too many failed sign-ins; the account is locked for a while"),
                secondsUntil(started, account.lockedUntil)));
        account.lockedUntil = QDateTime(); // the lock has run out: start counting again
        account.failedSignIns = 0;
        account.nextAttemptAt = QDateTime();
    }
    if (account.nextAttemptAt.isValid() && started < account.nextAttemptAt)
        return errorResponse(
            waitError(sync::ErrorCode::SlowDown,
                      QStringLiteral("several sign-ins failed; wait and try again"),
                      secondsUntil(started, account.nextAttemptAt)));

    const bool verified = verifyPassword(account.passwordHash, wanted.password);
    // Waits count from now: verifying takes long enough (Argon2id) to matter.
    const QDateTime now = clock.nowUtc();
    if (!verified) {
        ++account.failedSignIns;
        store.logAccess(now, account.id, QStringLiteral("sign_in_failed"), {});
        if (account.failedSignIns >= kFailuresToLock) {
            account.lockedUntil = now.addSecs(kLockSeconds);
            account.nextAttemptAt = QDateTime();
            store.saveSignInState(account);
            return errorResponse(waitError(
                sync::ErrorCode::AccountLocked,
                QStringLiteral("too many failed sign-ins; the account is locked for 15 minutes"),
                kLockSeconds));
        }
        if (account.failedSignIns >= kFreeFailures) {
            const int doublings = std::min(account.failedSignIns - kFreeFailures, 20);
            account.nextAttemptAt = now.addSecs(kFirstWaitSeconds << doublings);
        }
        store.saveSignInState(account);
        return errorResponse(badCredentials());
    }
    if (account.disabled) {
        store.logAccess(now, account.id, QStringLiteral("sign_in_failed"),
                        QStringLiteral("disabled"));
        return errorResponse(badCredentials());
    }
    if (account.failedSignIns != 0 || account.nextAttemptAt.isValid()) {
        account.failedSignIns = 0;
        account.nextAttemptAt = QDateTime();
        store.saveSignInState(account);
    }

    sync::SessionResponse session;
    session.token = newToken();
    session.expiresAt = now.addSecs(kTokenLifetimeSeconds);
    session.account = sync::Account{account.id,   account.name, account.role,
                                    account.team, account.hub,  account.professionalId};
    session.appendOnly = sync::appendOnlyEntities();
    session.clockWarning = warning;
    if (Status stored = store.storeToken(
            tokenHash(session.token), ServerToken{account.id, wanted.deviceId, session.expiresAt});
        !stored)
        return errorResponse(wireError(sync::ErrorCode::ServerError,
                                       QStringLiteral("the sign-in could not be stored")));
    store.logAccess(now, account.id, QStringLiteral("sign_in"), {});
    return jsonResponse(200, session.toJson());
}

ServiceResponse SyncService::Impl::signOut(const ServiceRequest& request) {
    sync::WireError error;
    if (!signedIn(request, error))
        return errorResponse(error);
    const QByteArray bearer = request.header(sync::header::authorization).mid(7).trimmed();
    store.deleteToken(tokenHash(QString::fromLatin1(bearer)));
    return jsonResponse(200, QJsonObject{{QStringLiteral("signed_out"), true}});
}

std::optional<ServerAccount> SyncService::Impl::signedIn(const ServiceRequest& request,
                                                         sync::WireError& error,
                                                         QString* deviceId) {
    const QByteArray authorization = request.header(sync::header::authorization);
    error = wireError(sync::ErrorCode::TokenInvalid,
                      QStringLiteral("not signed in, or the sign-in has ended; sign in again"));
    if (!authorization.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray hash = tokenHash(QString::fromLatin1(authorization.mid(7).trimmed()));
    const std::optional<ServerToken> token = store.token(hash);
    if (!token)
        return std::nullopt;
    if (clock.nowUtc() >= token->expiresAt) {
        store.deleteToken(hash);
        error = wireError(sync::ErrorCode::TokenExpired,
                          QStringLiteral("the sign-in has expired; sign in again"));
        return std::nullopt;
    }
    std::optional<ServerAccount> account = store.accountById(token->accountId);
    if (!account || account->disabled)
        return std::nullopt;
    if (deviceId)
        *deviceId = token->deviceId;
    return account;
}

} // namespace kith::server
