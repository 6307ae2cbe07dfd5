#pragma once

#include <QCoreApplication>
#include <QString>

namespace kith::lock {

// What Kith accepts as an unlock secret: a PIN of at least 6 digits, or a passphrase
// of at least 10 characters. Long enough that the back-off makes guessing hopeless,
// short enough to type on a doorstep.
class UnlockSecretRules {
    Q_DECLARE_TR_FUNCTIONS(kith::lock::UnlockSecretRules)

public:
    static constexpr int kMinimumPinDigits = 6;
    static constexpr int kMinimumPassphraseCharacters = 10;

    // The rule in one sentence, for the screen where the secret is chosen.
    static QString summary();
    // Why `secret` cannot be used, in plain words; empty when it can.
    static QString problem(const QString& secret);
    // Why `confirmation` does not match `secret`; empty when it does.
    static QString mismatch(const QString& secret, const QString& confirmation);
};

} // namespace kith::lock
