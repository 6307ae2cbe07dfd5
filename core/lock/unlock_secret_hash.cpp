#include "lock/unlock_secret_hash.h"

#include <sodium.h>

namespace kith::lock {
namespace {

// libsodium must be initialised once before use; a function-local static makes
// that happen exactly once, even if two threads get here together.
bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The secret as UTF-8 in its composed form, so that "é" typed as one character or as
// "e" plus an accent unlocks the same way. Wiped when it goes out of scope.
class SecretBytes {
public:
    explicit SecretBytes(const QString& secret)
        : m_bytes(secret.normalized(QString::NormalizationForm_C).toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

Result<QByteArray> hashUnlockSecret(const QString& secret, const HashCost& cost) {
    if (!sodiumReady())
        return Result<QByteArray>::fail(QStringLiteral("libsodium could not start"));
    const SecretBytes bytes(secret);
    char stored[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(stored, bytes.data(), bytes.size(), cost.opsLimit, cost.memLimitBytes) !=
        0)
        return Result<QByteArray>::fail(QStringLiteral("not enough memory to protect the secret"));
    return Result<QByteArray>::ok(QByteArray(stored));
}

bool verifyUnlockSecret(const QByteArray& stored, const QString& attempt) {
    if (!sodiumReady() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const SecretBytes bytes(attempt);
    return crypto_pwhash_str_verify(stored.constData(), bytes.data(), bytes.size()) == 0;
}

bool unlockHashNeedsUpgrade(const QByteArray& stored, const HashCost& cost) {
    if (!sodiumReady() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_needs_rehash(stored.constData(), cost.opsLimit, cost.memLimitBytes) !=
           0;
}

} // namespace kith::lock
