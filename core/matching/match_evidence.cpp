#include "matching/match_evidence.h"

#include "matching/name_variants.h"
#include "search/name_keys.h"

#include <QtMath>
#include <algorithm>
#include <vector>

namespace kith::match {
namespace {

// Evidence weights, in log-odds style: how much more likely a finding is when the two
// records are one person than when they are two. Tuned on the quality test's generated
// set (tests/core/matching_quality_test.cpp); see docs/decisions/0008-family-merge.md.
constexpr double kSameNhs = 12;
constexpr double kNhsOneDigitOff = 5;
constexpr double kDifferentValidNhs = -10;
constexpr double kDifferentNhs = -3;
constexpr double kSameDate = 6;
constexpr double kSwappedDate = 4.5;
constexpr double kDateOneDigitOff = 2;
constexpr double kDifferentDate = -5;
constexpr double kSamePostcode = 3;
constexpr double kFormerPostcode = 2.5;
constexpr double kSameArea = 1;
constexpr double kDifferentPostcode = -0.5;
constexpr double kSwappedNames = 6;
// Where the score crosses one half, and how steeply.
constexpr double kEvenOdds = 10;
constexpr double kSpread = 1.5;

// How one typed name compares with a stored one, strongest first.
enum class NameLevel {
    Same,
    Former,
    Nickname,
    OtherForm,
    SharedPart,
    SoundAlike,
    Typo,
    Prefix,
    Initial,
    Different
};

struct NameWeights {
    double same, former, nickname, otherForm, sharedPart, soundAlike, typo, prefix, initial,
        different;
    double of(NameLevel level) const {
        switch (level) {
        case NameLevel::Same:
            return same;
        case NameLevel::Former:
            return former;
        case NameLevel::Nickname:
            return nickname;
        case NameLevel::OtherForm:
            return otherForm;
        case NameLevel::SharedPart:
            return sharedPart;
        case NameLevel::SoundAlike:
            return soundAlike;
        case NameLevel::Typo:
            return typo;
        case NameLevel::Prefix:
            return prefix;
        case NameLevel::Initial:
            return initial;
        case NameLevel::Different:
            return different;
        }
        return 0;
    }
};
constexpr NameWeights kGivenWeights{4, 4, 3.5, 3, 3, 3, 2.5, 1.5, 0.5, -4};
constexpr NameWeights kFamilyWeights{4, 3.5, 3, 3, 3, 3, 2.5, 1.5, 0.5, -2};

struct NameFinding {
    NameLevel level = NameLevel::Different;
    QString typed;  // the typed word, for "Bill for William"
    QString stored; // the stored word it matched
};

QStringList wordsOf(const QString& folded) {
    return folded.split(u' ', Qt::SkipEmptyParts);
}

int typoAllowance(const QString& word) {
    return word.size() >= 8 ? 2 : (word.size() >= 4 ? 1 : 0);
}

// One typed word against one stored word.
NameLevel compareWords(const QString& typed, const QString& stored, bool given) {
    if (typed == stored)
        return NameLevel::Same;
    if (given) {
        switch (givenNameVariant(typed, stored)) {
        case NameVariant::Nickname:
            return NameLevel::Nickname;
        case NameVariant::OtherForm:
            return NameLevel::OtherForm;
        case NameVariant::None:
            break;
        }
    }
    const QString typedKey = search::soundKey(typed);
    if (!typedKey.isEmpty() && typedKey.size() >= 2 && typedKey == search::soundKey(stored))
        return NameLevel::SoundAlike;
    const int allowed = typoAllowance(typed.size() < stored.size() ? typed : stored);
    if (allowed > 0 && editDistance(typed, stored, allowed) <= allowed)
        return NameLevel::Typo;
    if (typed.size() >= 2 && stored.startsWith(typed))
        return NameLevel::Prefix;
    if (typed.size() == 1 && stored.startsWith(typed))
        return NameLevel::Initial;
    return NameLevel::Different;
}

// A typed name (one or more words) against every stored form of that name.
NameFinding compareName(const QString& typed, const QStringList& stored, const QStringList& former,
                        bool given) {
    NameFinding best;
    best.typed = typed;
    const QStringList typedWords = wordsOf(typed);
    auto consider = [&](const QString& candidate, bool isFormer) {
        if (candidate.isEmpty())
            return;
        if (candidate == typed) {
            const NameLevel level = isFormer ? NameLevel::Former : NameLevel::Same;
            if (level < best.level)
                best = {level, typed, candidate};
            return;
        }
        const QStringList storedWords = wordsOf(candidate);
        // A double-barrelled or hyphenated name that shares a part with the other.
        if (!given && (typedWords.size() > 1 || storedWords.size() > 1)) {
            for (const QString& word : typedWords) {
                if (storedWords.contains(word) && NameLevel::SharedPart < best.level)
                    best = {NameLevel::SharedPart, typed, candidate};
            }
        }
        // Word by word: the best pair, so "Mary Ann" finds "Mary" and a middle name.
        for (const QString& t : typedWords) {
            for (const QString& s : storedWords) {
                NameLevel level = compareWords(t, s, given);
                if (level == NameLevel::Same && (typedWords.size() > 1 || storedWords.size() > 1))
                    level = given ? NameLevel::Same : NameLevel::SharedPart;
                if (isFormer && level <= NameLevel::SoundAlike)
                    level = std::max(level, NameLevel::Former);
                if (level < best.level)
                    best = {level, t, s};
            }
        }
    };
    for (const QString& name : stored)
        consider(name, false);
    for (const QString& name : former)
        consider(name, true);
    return best;
}

QString capitalised(const QString& folded) {
    QString text = folded;
    bool start = true;
    for (QChar& c : text) {
        if (start)
            c = c.toUpper();
        start = !c.isLetter();
    }
    return text;
}

QString nameReason(const NameFinding& finding, bool given) {
    switch (finding.level) {
    case NameLevel::Same:
        return given ? MatchReasons::tr("Same first name") : MatchReasons::tr("Same family name");
    case NameLevel::Former:
        return MatchReasons::tr("Former name");
    case NameLevel::Nickname:
        return MatchReasons::tr("Known nickname (%1 for %2)")
            .arg(capitalised(finding.typed), capitalised(finding.stored));
    case NameLevel::OtherForm:
        return MatchReasons::tr("Another form of the name (%1 for %2)")
            .arg(capitalised(finding.typed), capitalised(finding.stored));
    case NameLevel::SharedPart:
        return MatchReasons::tr("Hyphenated surname shares a part");
    case NameLevel::SoundAlike:
        return MatchReasons::tr("Name sounds alike");
    case NameLevel::Typo:
        return MatchReasons::tr("Name spelt nearly the same");
    case NameLevel::Prefix:
        return MatchReasons::tr("Name begins the same");
    case NameLevel::Initial:
        return MatchReasons::tr("Same initial");
    case NameLevel::Different:
        break;
    }
    return {};
}

// Dates written as digits differ in one place, or two neighbouring digits are swapped.
bool oneDigitApart(const QDate& a, const QDate& b) {
    const QString x = a.toString(QStringLiteral("yyyyMMdd"));
    const QString y = b.toString(QStringLiteral("yyyyMMdd"));
    return editDistance(x, y, 1) <= 1;
}

struct Tally {
    double weight = 0;
    std::vector<std::pair<double, QString>> reasons;
    void add(double w, const QString& reason) {
        weight += w;
        if (!reason.isEmpty())
            reasons.emplace_back(w, reason);
    }
};

void compareNhs(Tally& tally, const QString& typed, const QString& stored) {
    if (typed.isEmpty() || stored.isEmpty())
        return;
    if (typed == stored)
        tally.add(kSameNhs, MatchReasons::tr("Same NHS number"));
    else if (!isValidNhsNumber(typed) && editDistance(typed, stored, 1) <= 1)
        tally.add(kNhsOneDigitOff, MatchReasons::tr("NHS number one digit different"));
    else if (isValidNhsNumber(typed) && isValidNhsNumber(stored))
        tally.add(kDifferentValidNhs, MatchReasons::tr("Different NHS number"));
    else
        tally.add(kDifferentNhs, {});
}

void compareDates(Tally& tally, const QDate& typed, const QDate& stored) {
    if (!typed.isValid() || !stored.isValid())
        return;
    if (typed == stored)
        tally.add(kSameDate, MatchReasons::tr("Same date of birth"));
    else if (typed.year() == stored.year() && typed.month() == stored.day() &&
             typed.day() == stored.month())
        tally.add(kSwappedDate, MatchReasons::tr("Day and month swapped in the date of birth"));
    else if (oneDigitApart(typed, stored))
        tally.add(kDateOneDigitOff, MatchReasons::tr("Date of birth one digit different"));
    else
        tally.add(kDifferentDate, MatchReasons::tr("Different date of birth"));
}

void comparePostcodes(Tally& tally, const QString& typed, const PersonFacts& stored) {
    if (typed.isEmpty() || (stored.postcode.isEmpty() && stored.formerPostcodes.isEmpty()))
        return;
    const bool typedIsFull = typed.contains(u' ');
    if (typedIsFull && typed == stored.postcode)
        return tally.add(kSamePostcode, MatchReasons::tr("Same postcode"));
    if (typedIsFull && stored.formerPostcodes.contains(typed))
        return tally.add(kFormerPostcode, MatchReasons::tr("Lived at this postcode before"));
    const QString area = search::postcodeOutward(typed);
    auto sameArea = [&](const QString& postcode) {
        return !postcode.isEmpty() && search::postcodeOutward(postcode) == area;
    };
    if (sameArea(stored.postcode) ||
        std::any_of(stored.formerPostcodes.begin(), stored.formerPostcodes.end(), sameArea))
        return tally.add(kSameArea, MatchReasons::tr("Same postcode area"));
    if (typedIsFull)
        tally.add(kDifferentPostcode, {});
}

void compareNames(Tally& tally, const PersonFacts& query, const PersonFacts& stored) {
    const QString given = query.givenNames.value(0);
    const QString family = query.familyNames.value(0);
    NameFinding givenFinding;
    NameFinding familyFinding;
    if (!given.isEmpty() && !stored.givenNames.isEmpty())
        givenFinding = compareName(given, stored.givenNames, {}, true);
    if (!family.isEmpty() && (!stored.familyNames.isEmpty() || !stored.formerFamilyNames.isEmpty()))
        familyFinding = compareName(family, stored.familyNames, stored.formerFamilyNames, false);
    const bool givenKnown = !given.isEmpty() && !stored.givenNames.isEmpty();
    const bool familyKnown = !family.isEmpty() && !stored.familyNames.isEmpty();
    // Names entered the wrong way round: common with names from cultures that put the
    // family name first.
    if (givenKnown && familyKnown && givenFinding.level == NameLevel::Different &&
        familyFinding.level >= NameLevel::Typo) {
        const NameFinding crossedGiven = compareName(given, stored.familyNames, {}, false);
        const NameFinding crossedFamily = compareName(family, stored.givenNames, {}, true);
        if (crossedGiven.level <= NameLevel::SoundAlike &&
            crossedFamily.level <= NameLevel::SoundAlike) {
            tally.add(kSwappedNames, MatchReasons::tr("First and family names swapped"));
            return;
        }
    }
    if (givenKnown)
        tally.add(kGivenWeights.of(givenFinding.level), nameReason(givenFinding, true));
    if (familyKnown || (!family.isEmpty() && !stored.formerFamilyNames.isEmpty()))
        tally.add(kFamilyWeights.of(familyFinding.level), nameReason(familyFinding, false));
}

} // namespace

PersonFacts PersonFacts::ofQuery(const MatchQuery& query) {
    PersonFacts facts;
    if (const QString given = search::foldName(query.givenName); !given.isEmpty())
        facts.givenNames.append(given);
    if (const QString family = search::foldName(query.familyName); !family.isEmpty())
        facts.familyNames.append(family);
    facts.dateOfBirth = query.dateOfBirth;
    facts.nhsNumber = nhsDigits(query.nhsNumber);
    if (facts.nhsNumber.size() != 10)
        facts.nhsNumber.clear();
    facts.postcode = search::normalisePostcode(query.postcode);
    if (facts.postcode.isEmpty())
        facts.postcode = search::postcodeOutward(query.postcode);
    facts.displayGiven = query.givenName.trimmed();
    facts.displayFamily = query.familyName.trimmed();
    return facts;
}

MatchEvidence compare(const PersonFacts& query, const PersonFacts& stored) {
    Tally tally;
    compareNhs(tally, query.nhsNumber, stored.nhsNumber);
    compareDates(tally, query.dateOfBirth, stored.dateOfBirth);
    compareNames(tally, query, stored);
    comparePostcodes(tally, query.postcode, stored);
    // Reasons for first, strongest first; reasons against after them.
    std::stable_sort(tally.reasons.begin(), tally.reasons.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    MatchEvidence evidence;
    evidence.weight = tally.weight;
    evidence.score = 1.0 / (1.0 + qExp(-(tally.weight - kEvenOdds) / kSpread));
    for (const auto& [weight, reason] : tally.reasons)
        evidence.reasons.append(reason);
    return evidence;
}

bool isValidNhsNumber(const QString& digits) {
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        if (!digits.at(i).isDigit())
            return false;
        if (i < 9)
            sum += digits.at(i).digitValue() * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == digits.at(9).digitValue();
}

QString nhsDigits(const QString& text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

int editDistance(const QString& a, const QString& b, int limit) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the optimal string alignment table.
    std::vector<int> before(std::size_t(m + 1)), previous(std::size_t(m + 1)),
        current(std::size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const auto J = std::size_t(j);
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[J] + 1, current[J - 1] + 1, previous[J - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, before[J - 2] + 1);
            current[J] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[std::size_t(m)], limit + 1);
}

} // namespace kith::match
