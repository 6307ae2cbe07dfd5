#include "token_store_memory.h"

namespace kith::sync {

TokenStoreResult MemoryTokenStore::read(const TokenAccount& account) {
    if (!m_available)
        return TokenStoreResult::failure(TokenStoreStatus::NoKeychain);
    const auto found = m_tokens.constFind(account.key());
    if (found == m_tokens.cend())
        return TokenStoreResult::failure(TokenStoreStatus::NotFound);
    return TokenStoreResult::success(found.value());
}

TokenStoreResult MemoryTokenStore::store(const TokenAccount& account, const QString& token) {
    if (!m_available)
        return TokenStoreResult::failure(TokenStoreStatus::NoKeychain);
    m_tokens.insert(account.key(), token);
    return TokenStoreResult::success();
}

TokenStoreResult MemoryTokenStore::erase(const TokenAccount& account) {
    if (!m_available)
        return TokenStoreResult::failure(TokenStoreStatus::NoKeychain);
    m_tokens.remove(account.key());
    return TokenStoreResult::success();
}

} // namespace kith::sync
