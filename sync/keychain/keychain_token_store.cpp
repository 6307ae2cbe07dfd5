#include "keychain_token_store.h"

#include "keychain_reachable.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace kith::sync {

namespace {

// Runs a keychain job to its end. The backends answer through the event loop, so a
// local loop waits for them; the job is owned here, not deleted behind our back.
void runToEnd(QKeychain::Job& job) {
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file instead of a keychain
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec();
}

TokenStoreResult outcomeOf(const QKeychain::Job& job) {
    switch (job.error()) {
    case QKeychain::NoError:
        return TokenStoreResult::success();
    case QKeychain::EntryNotFound:
        return TokenStoreResult::failure(TokenStoreStatus::NotFound);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStoreResult::failure(TokenStoreStatus::NoKeychain, job.errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        break;
    }
    return TokenStoreResult::failure(TokenStoreStatus::Failed, job.errorString());
}

TokenStoreResult noKeychain() {
    return TokenStoreResult::failure(TokenStoreStatus::NoKeychain,
                                     QStringLiteral("no keychain service on this computer"));
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service)) {}

TokenStoreResult KeychainTokenStore::read(const TokenAccount& account) {
    if (!keychainReachable())
        return noKeychain();
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account.key());
    runToEnd(job);
    TokenStoreResult result = outcomeOf(job);
    if (result.ok())
        result.token = job.textData();
    return result;
}

TokenStoreResult KeychainTokenStore::store(const TokenAccount& account, const QString& token) {
    if (!keychainReachable())
        return noKeychain();
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account.key());
    job.setTextData(token);
    runToEnd(job);
    return outcomeOf(job);
}

TokenStoreResult KeychainTokenStore::erase(const TokenAccount& account) {
    if (!keychainReachable())
        return noKeychain();
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account.key());
    runToEnd(job);
    TokenStoreResult result = outcomeOf(job);
    if (result.status == TokenStoreStatus::NotFound)
        return TokenStoreResult::success(); // nothing to erase is what was asked for
    return result;
}

} // namespace kith::sync
