#include "search/name_keys.h"

#include <QRegularExpression>

namespace kith::search {
namespace {

bool isVowel(QChar c) {
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

// Letter groups that are spelt differently but sound the same in names.
QString mergeSpellings(QString word) {
    static const std::pair<const char16_t*, const char16_t*> kGroups[] = {
        {u"sch", u"sh"}, {u"tch", u"ch"}, {u"ph", u"f"}, {u"ck", u"k"},
        {u"kh", u"k"},   {u"gh", u"g"},   {u"dh", u"d"}, {u"th", u"t"},
        {u"q", u"k"},    {u"x", u"ks"},   {u"z", u"s"},  {u"w", u"v"},
    };
    for (const auto& [from, to] : kGroups)
        word.replace(QString::fromUtf16(from), QString::fromUtf16(to));
    // A soft c sounds like s, a hard c like k.
    QString merged;
    merged.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        QChar c = word.at(i);
        if (c == u'c') {
            const QChar next = i + 1 < word.size() ? word.at(i + 1) : QChar();
            c = (next == u'e' || next == u'i' || next == u'y') ? QChar(u's') : QChar(u'k');
        }
        merged.append(c);
    }
    return merged;
}

const QRegularExpression& fullPostcodePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})$"));
    return pattern;
}

const QRegularExpression& outwardPattern() {
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]?$"));
    return pattern;
}

} // namespace

QString foldName(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetter())
            folded.append(c.toLower());
        else if (c.isDigit())
            folded.append(c);
        else if (c.category() == QChar::Mark_NonSpacing || c == u'\'' || c == u'\u2019')
            continue; // accents and apostrophes: "Zoë" -> "zoe", "O'Neill" -> "oneill"
        else
            folded.append(u' ');
    }
    return folded.simplified();
}

QStringList nameWords(const QString& text) {
    return foldName(text).split(u' ', Qt::SkipEmptyParts);
}

QString soundKey(const QString& word) {
    const QString folded = foldName(word).remove(u' ');
    if (folded.size() < 2)
        return {};
    const QString merged = mergeSpellings(folded);
    QString key;
    key.reserve(merged.size());
    // A leading vowel is kept as 'a' so that "Aisha" and "Ayesha" agree.
    key.append(isVowel(merged.at(0)) ? QChar(u'a') : merged.at(0));
    for (qsizetype i = 1; i < merged.size(); ++i) {
        const QChar c = merged.at(i);
        if (isVowel(c))
            continue;
        // An h that is not followed by a vowel is silent: "John"/"Jon", "Sarah"/"Sara".
        if (c == u'h' && (i + 1 >= merged.size() || !isVowel(merged.at(i + 1))))
            continue;
        if (key.back() == c)
            continue;
        key.append(c);
    }
    return key;
}

QString normalisePostcode(const QString& text) {
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            compact.append(c.toUpper());
    }
    const auto match = fullPostcodePattern().match(compact);
    if (!match.hasMatch())
        return {};
    return match.captured(1) + u' ' + match.captured(2);
}

QString postcodeOutward(const QString& text) {
    const QString full = normalisePostcode(text);
    if (!full.isEmpty())
        return full.section(u' ', 0, 0);
    const QString upper = text.trimmed().toUpper();
    return looksLikeOutwardCode(upper) ? upper : QString();
}

bool looksLikeOutwardCode(const QString& text) {
    return outwardPattern().match(text.trimmed().toUpper()).hasMatch();
}

} // namespace kith::search
