#pragma once

#include "token_store.h"

#include <QHash>

namespace kith::sync {

// Keeps tokens in memory only: for tests, and a stand-in that behaves like a keychain,
// including one that is not there (setAvailable(false)).
class MemoryTokenStore : public TokenStore {
public:
    TokenStoreResult read(const TokenAccount& account) override;
    TokenStoreResult store(const TokenAccount& account, const QString& token) override;
    TokenStoreResult erase(const TokenAccount& account) override;

    void setAvailable(bool available) { m_available = available; }
    int size() const { return static_cast<int>(m_tokens.size()); }

private:
    QHash<QString, QString> m_tokens;
    bool m_available = true;
};

} // namespace kith::sync
