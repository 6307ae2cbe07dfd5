#include "lock/unlock_secret_rules.h"

#include <algorithm>

namespace kith::lock {
namespace {

// Characters as a person counts them (an emoji is one), not UTF-16 units.
int characterCount(const QString& text) {
    return static_cast<int>(text.toUcs4().size());
}

bool allDigits(const QString& text) {
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// 000000, 123456, 987654: the first PINs anyone tries.
bool easyToGuess(const QString& pin) {
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).digitValue() - pin.at(i - 1).digitValue();
        same = same && step == 0;
        up = up && (step == 1 || step == -9); // ...8, 9, 0 counts as a run
        down = down && (step == -1 || step == 9);
    }
    return same || up || down;
}

} // namespace

QString UnlockSecretRules::summary() {
    return tr("Choose a PIN of at least %1 digits, or a passphrase of at least %2 characters.")
        .arg(kMinimumPinDigits)
        .arg(kMinimumPassphraseCharacters);
}

QString UnlockSecretRules::problem(const QString& secret) {
    if (secret.isEmpty())
        return summary();
    if (secret.trimmed().isEmpty())
        return tr("A passphrase cannot be only spaces.");
    const int length = characterCount(secret);
    if (allDigits(secret)) {
        if (length < kMinimumPinDigits)
            return tr("A PIN needs at least %1 digits. This one has %2.")
                .arg(kMinimumPinDigits)
                .arg(length);
        if (easyToGuess(secret))
            return tr("This PIN is too easy to guess. Avoid one digit repeated and digits in a "
                      "row, like 123456.");
        return {};
    }
    if (length < kMinimumPassphraseCharacters)
        return tr("A passphrase needs at least %1 characters. This one has %2. (A PIN of only "
                  "digits needs at least %3.)")
            .arg(kMinimumPassphraseCharacters)
            .arg(length)
            .arg(kMinimumPinDigits);
    return {};
}

QString UnlockSecretRules::mismatch(const QString& secret, const QString& confirmation) {
    if (secret == confirmation)
        return {};
    return tr("The two entries are different. Type the same PIN or passphrase in both boxes.");
}

} // namespace kith::lock
