#pragma once

// Password hashing (Argon2id through libsodium's crypto_pwhash_str) and sign-in tokens.

#include "server/server_store.h"

#include <QByteArray>
#include <QString>

namespace kith::server {

// Empty when `password` may be used for `userName`; otherwise why not, for the person.
QString passwordWeakness(const QString& password, const QString& userName);
// Empty on failure (libsodium could not get the memory it needs).
QString hashPassword(const QString& password, PasswordCost cost);
bool verifyPassword(const QString& hash, const QString& password);
// Spends the time a verification takes, so an unknown user name answers no faster.
void verifyAgainstNothing(const QString& password, PasswordCost cost);

// 32 random bytes, base64url without padding.
QString newToken();
// What the server keeps of a token: its SHA-256, in hex.
QByteArray tokenHash(const QString& token);

} // namespace kith::server
