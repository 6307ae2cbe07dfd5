#include "server/passwords.h"

#include <QCryptographicHash>
#include <QSet>
#include <array>
#include <sodium.h>

namespace kith::server {

namespace {

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void limitsFor(PasswordCost cost, unsigned long long& ops, size_t& memory) {
    if (cost == PasswordCost::Moderate) {
        ops = crypto_pwhash_OPSLIMIT_MODERATE;
        memory = crypto_pwhash_MEMLIMIT_MODERATE;
    } else {
        ops = crypto_pwhash_OPSLIMIT_MIN;
        memory = crypto_pwhash_MEMLIMIT_MIN;
    }
}

} // namespace

QString passwordWeakness(const QString& password, const QString& userName) {
    if (password.isEmpty())
        return QStringLiteral("the password is empty; type one on standard input");
    if (password.size() < 10)
        return QStringLiteral("the password is too short; use at least 10 characters, "
                              "for example three unrelated words");
    const QString lower = password.toLower();
    if (lower.contains(userName.toLower()) && !userName.isEmpty())
        return QStringLiteral("the password contains the user name; choose another");
    if (QSet<QChar>(lower.begin(), lower.end()).size() < 4)
        return QStringLiteral("the password repeats too few characters; choose another");
    static const QSet<QString> common{
        QStringLiteral("password123"), QStringLiteral("password1234"), QStringLiteral("1234567890"),
        QStringLiteral("qwertyuiop"),  QStringLiteral("letmein123"),   QStringLiteral("welcome123"),
        QStringLiteral("changeme123"), QStringLiteral("administrator")};
    if (common.contains(lower))
        return QStringLiteral("the password is one of the most common ones; choose another");
    return {};
}

QString hashPassword(const QString& password, PasswordCost cost) {
    if (!sodiumReady())
        return {};
    unsigned long long ops = 0;
    size_t memory = 0;
    limitsFor(cost, ops, memory);
    const QByteArray utf8 = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(),
                              static_cast<unsigned long long>(utf8.size()), ops, memory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out.data());
}

bool verifyPassword(const QString& hash, const QString& password) {
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void verifyAgainstNothing(const QString& password, PasswordCost cost) {
    static const QString moderate =
        hashPassword(QStringLiteral("no such account"), PasswordCost::Moderate);
    static const QString fast = hashPassword(QStringLiteral("no such account"), PasswordCost::Fast);
    verifyPassword(cost == PasswordCost::Moderate ? moderate : fast, password);
}

QString newToken() {
    std::array<unsigned char, 32> bytes{};
    if (sodiumReady())
        randombytes_buf(bytes.data(), bytes.size());
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()),
                         static_cast<qsizetype>(bytes.size()));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString& token) {
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace kith::server
