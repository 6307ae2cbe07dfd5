#pragma once

#include "lock/unlock_backoff.h"
#include "util/result.h"

#include <QByteArray>

namespace kith {
class Database;
}

namespace kith::lock {

// Where the unlock secret's hash and the count of wrong attempts live: two rows of the
// store's store_meta table ('unlock_secret', 'unlock_failures'). They sit with the data
// they protect, are written like the rest of the store (durably, in WAL) and are never
// synced. Only the Argon2id hash is stored, never the secret.
class UnlockSecretStore {
public:
    explicit UnlockSecretStore(const Database& database);

    QByteArray secretHash() const; // empty when none has been chosen
    Status saveSecretHash(const QByteArray& hash);

    UnlockBackoff::State failures() const;
    Status saveFailures(const UnlockBackoff::State& state);

private:
    QString value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);

    const Database& m_database;
};

} // namespace kith::lock
