#pragma once

#include <QCoreApplication>
#include <QString>
#include <utility>

namespace kith::sync {

// Whose token it is: one token per server and user name. The password is never kept.
struct TokenAccount {
    QString serverUrl; // e.g. "https://kith.example.gov.uk:8443"
    QString user;

    // The name the token is filed under, the same for "https://Host/" and "https://host".
    QString key() const;
};

enum class TokenStoreStatus {
    Ok,
    NotFound,   // the keychain works but holds no token for this account
    NoKeychain, // there is no keychain to use (e.g. no session bus): ask for the password
    Failed,     // the keychain refused or failed; `detail` says how
};

struct TokenStoreResult {
    TokenStoreStatus status = TokenStoreStatus::Ok;
    QString token;  // after a successful read
    QString detail; // what the keychain said, for a log line; never holds the token

    bool ok() const { return status == TokenStoreStatus::Ok; }
    static TokenStoreResult success(QString token = {}) {
        return {TokenStoreStatus::Ok, std::move(token), {}};
    }
    static TokenStoreResult failure(TokenStoreStatus status, QString detail = {}) {
        return {status, {}, std::move(detail)};
    }
};

// Keeps sign-in tokens between syncs: in the OS keychain in the product
// (sync/keychain/keychain_token_store.h), in memory in tests (token_store_memory.h).
// Calls block until the keychain answers; call them from the thread that owns the
// application's event loop (the keychain backends answer through it).
class TokenStore {
public:
    virtual ~TokenStore() = default;

    virtual TokenStoreResult read(const TokenAccount& account) = 0;
    virtual TokenStoreResult store(const TokenAccount& account, const QString& token) = 0;
    // Erasing a token that is not there is not an error (status Ok).
    virtual TokenStoreResult erase(const TokenAccount& account) = 0;
};

// A sentence for the person at the computer about a status other than Ok.
class TokenStoreText {
    Q_DECLARE_TR_FUNCTIONS(kith::sync::TokenStoreText)

public:
    static QString describe(TokenStoreStatus status);
};

} // namespace kith::sync
