#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace kith::lock {

// How hard Argon2id works for each hash: enough memory and passes that guessing a
// copied hash is slow, little enough that unlocking feels instant on a council laptop
// (3 passes over 64 MiB: about 0.13-0.2 s on the 2-core build machine).
struct HashCost {
    unsigned long long opsLimit = 3;
    size_t memLimitBytes = size_t{64} * 1024 * 1024;
};

// Argon2id through libsodium. The stored form is libsodium's self-describing string
// ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"): it names its own cost and salt, so a
// later Kith can raise the cost and still check secrets stored by this one. The secret
// itself is never kept: its UTF-8 copy is wiped as soon as it has been hashed.
Result<QByteArray> hashUnlockSecret(const QString& secret, const HashCost& cost = {});
bool verifyUnlockSecret(const QByteArray& stored, const QString& attempt);
// True when `stored` was made with a different cost than `cost` (hash it again after a
// successful unlock).
bool unlockHashNeedsUpgrade(const QByteArray& stored, const HashCost& cost = {});

} // namespace kith::lock
