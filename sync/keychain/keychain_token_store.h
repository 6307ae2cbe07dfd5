#pragma once

#include "client/token_store.h"

namespace kith::sync {

// Keeps sign-in tokens in the operating system's keychain through QtKeychain (Secret
// Service on Linux, Keychain on macOS, Credential Manager on Windows). Never falls back
// to a plain-text file: when there is no keychain it says so (NoKeychain) and the app
// asks for the password at each sync instead.
class KeychainTokenStore : public TokenStore {
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("Kith sync"));

    TokenStoreResult read(const TokenAccount& account) override;
    TokenStoreResult store(const TokenAccount& account, const QString& token) override;
    TokenStoreResult erase(const TokenAccount& account) override;

private:
    QString m_service;
};

} // namespace kith::sync
