// How well the matcher answers "is this person already known?" on a generated set with
// the errors a front desk makes, and how rarely it claims someone who is not there.
// Precision and recall are for the top candidate, decided at kLikelyMatchScore.
#include "demo/demo_generator.h"
#include "matching/matcher.h"
#include "matching/name_variants.h"
#include "search/name_keys.h"
#include "temp_store.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <catch2/catch.hpp>
#include <iostream>

using namespace kith;
using namespace kith::match;

namespace {

const QDate kToday(2026, 11, 25);
constexpr int kFamilies = 2000;
constexpr int kMatchQueries = 600;
constexpr int kLookAlikeQueries = 400;

struct Known {
    Person person;
    QString postcode;       // current
    QString formerPostcode; // empty when the family has not moved
    QString formerFamilyName;
};

// The generated store, made once for all the quality checks.
struct QualityStore {
    testing::TempStore store;
    QList<Known> people; // born, named people
    QSet<QString> nameAndBirth;
    QSet<QString> nhsNumbers;

    QualityStore() {
        demo::DemoGenerator generator(20261125, kToday);
        const demo::DemoDirectory directory = generator.directory();
        for (const Agency& agency : directory.agencies)
            REQUIRE(store.families->saveAgency(agency));
        for (const Professional& professional : directory.professionals)
            REQUIRE(store.families->saveProfessional(professional));
        QList<FamilyRecord> families;
        for (int i = 0; i < kFamilies; ++i)
            families.append(generator.nextFamily(directory));
        for (const FamilyRecord& family : families) {
            const auto current = family.currentAddress();
            QString former;
            for (const Address& address : family.addresses) {
                if (!address.isCurrent())
                    former = address.postcode;
            }
            for (const Person& person : family.people) {
                nhsNumbers.insert(person.nhsNumber);
                if (person.unborn || person.givenName.isEmpty())
                    continue;
                Known known{person, current ? current->postcode : QString(), former, {}};
                for (const PersonName& name : family.otherNames) {
                    if (name.personId == person.id && name.kind == PersonName::Kind::Former)
                        known.formerFamilyName = name.familyName;
                }
                people.append(known);
                nameAndBirth.insert(key(person.givenName, person.familyName, person.dateOfBirth));
            }
        }
        REQUIRE(store.families->createFamilies(families));
    }
    static QString key(const QString& given, const QString& family, const QDate& dob) {
        return search::foldName(given) + u'|' + search::foldName(family) + u'|' +
               dob.toString(Qt::ISODate);
    }
};

// The errors a clerk or a family makes, one per query (with fields left out on top).
enum class Error {
    None,
    GivenTypo,
    FamilyTypo,
    Nickname,
    Hyphenated,
    Transliteration,
    SwappedDayMonth,
    ChangedPostcode,
    FormerPostcode,
    FormerName,
    MissingDateOfBirth,
    Count
};

const char* errorName(Error error) {
    switch (error) {
    case Error::None:
        return "no error";
    case Error::GivenTypo:
        return "typo in first name";
    case Error::FamilyTypo:
        return "typo in family name";
    case Error::Nickname:
        return "nickname";
    case Error::Hyphenated:
        return "hyphenated/double-barrelled";
    case Error::Transliteration:
        return "transliteration";
    case Error::SwappedDayMonth:
        return "day and month swapped";
    case Error::ChangedPostcode:
        return "moved, new postcode";
    case Error::FormerPostcode:
        return "old postcode given";
    case Error::FormerName:
        return "former family name";
    case Error::MissingDateOfBirth:
        return "no date of birth";
    case Error::Count:
        break;
    }
    return "?";
}

// One letter changed, dropped, doubled or swapped with its neighbour (not the first).
QString typo(const QString& name, demo::DemoRandom& random) {
    if (name.size() < 4)
        return name + name.back();
    QString text = name;
    const int at = random.between(1, int(text.size()) - 2);
    switch (random.below(4)) {
    case 0:
        std::swap(text[at], text[at + 1]);
        break;
    case 1:
        text.remove(at, 1);
        break;
    case 2:
        text.insert(at, text.at(at));
        break;
    default:
        text[at] = QChar(u'a' + random.below(26));
        break;
    }
    return text;
}

// Another spelling: known transliterations, else a vowel changed after the first letter
// (the way "Mohammed" becomes "Muhammed").
QString transliterate(const QString& name, demo::DemoRandom& random) {
    static const QHash<QString, QStringList> known{
        {QStringLiteral("Mohammed"), {QStringLiteral("Muhammad"), QStringLiteral("Mohamed")}},
        {QStringLiteral("Muhammad"), {QStringLiteral("Mohammed"), QStringLiteral("Mohamad")}},
        {QStringLiteral("Mohamed"), {QStringLiteral("Mohammed"), QStringLiteral("Muhamed")}},
        {QStringLiteral("Ahmed"), {QStringLiteral("Ahmad")}},
        {QStringLiteral("Ahmad"), {QStringLiteral("Ahmed")}},
        {QStringLiteral("Aisha"), {QStringLiteral("Ayesha")}},
        {QStringLiteral("Ayesha"), {QStringLiteral("Aisha")}},
        {QStringLiteral("Yusuf"), {QStringLiteral("Yousef"), QStringLiteral("Youssef")}},
        {QStringLiteral("Zofia"), {QStringLiteral("Sofia"), QStringLiteral("Sophia")}},
        {QStringLiteral("Jakub"), {QStringLiteral("Jacob")}},
        {QStringLiteral("Alexandru"), {QStringLiteral("Alexander"), QStringLiteral("Aleksandr")}},
        {QStringLiteral("Mihai"), {QStringLiteral("Michael")}},
        {QStringLiteral("Andrei"), {QStringLiteral("Andrey")}},
        {QStringLiteral("Ioana"), {QStringLiteral("Joanna")}},
        {QStringLiteral("Elena"), {QStringLiteral("Helena")}},
        {QStringLiteral("Fatima"), {QStringLiteral("Fatma")}},
        {QStringLiteral("Ibrahim"), {QStringLiteral("Ebrahim")}},
        {QStringLiteral("Hassan"), {QStringLiteral("Hasan")}},
        {QStringLiteral("Abdirahman"), {QStringLiteral("Abdulrahman")}},
        {QStringLiteral("Hodan"), {QStringLiteral("Hoodan")}},
        {QStringLiteral("Katie"), {QStringLiteral("Katy")}},
        {QStringLiteral("Kayleigh"), {QStringLiteral("Kayley"), QStringLiteral("Kaylee")}},
        {QStringLiteral("Catherine"), {QStringLiteral("Kathryn")}},
    };
    if (const auto found = known.find(name); found != known.end())
        return random.pick(*found);
    static const QString vowels = QStringLiteral("aeiou");
    QString text = name;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (vowels.contains(text.at(i))) {
            QChar other = vowels.at(random.below(5));
            if (other == text.at(i))
                other = other == u'a' ? QChar(u'e') : QChar(u'a');
            text[i] = other;
            return text;
        }
    }
    return text + QStringLiteral("h");
}

QString nickname(const QString& name, demo::DemoRandom& random) {
    QStringList nicknames;
    const QString folded = search::foldName(name);
    for (const QString& variant : givenNameVariants(folded)) {
        if (givenNameVariant(folded, variant) == NameVariant::Nickname)
            nicknames.append(variant);
    }
    if (nicknames.isEmpty())
        return {};
    QString chosen = random.pick(nicknames);
    chosen[0] = chosen.at(0).toUpper();
    return chosen;
}

const char* const kOtherSurnames[] = {"Jones", "Taylor", "Green", "Hall", "Khan", "Nowak"};

// Builds the query for `known` with `error`; false when the error cannot apply to them.
bool makeQuery(const Known& known, Error error, demo::DemoRandom& random, MatchQuery& query) {
    const Person& p = known.person;
    query = {p.givenName, p.familyName, p.dateOfBirth, known.postcode, {}};
    switch (error) {
    case Error::None:
        break;
    case Error::GivenTypo:
        query.givenName = typo(p.givenName, random);
        break;
    case Error::FamilyTypo:
        query.familyName = typo(p.familyName, random);
        break;
    case Error::Nickname:
        query.givenName = nickname(p.givenName, random);
        if (query.givenName.isEmpty())
            return false;
        break;
    case Error::Hyphenated:
        // One part of a double-barrelled name, or a second part taken on since.
        if (p.familyName.contains(u'-')) {
            const int part = random.below(2);
            query.familyName = p.familyName.section(u'-', part, part);
        } else {
            query.familyName = p.familyName + u'-' + QString::fromUtf8(random.pick(kOtherSurnames));
        }
        break;
    case Error::Transliteration:
        query.givenName = transliterate(p.givenName, random);
        break;
    case Error::SwappedDayMonth: {
        const QDate swapped(p.dateOfBirth.year(), p.dateOfBirth.day(), p.dateOfBirth.month());
        if (!swapped.isValid() || swapped == p.dateOfBirth)
            return false;
        query.dateOfBirth = swapped;
        break;
    }
    case Error::ChangedPostcode:
        // A move the store has not heard of: a postcode it has never seen for them.
        query.postcode =
            QStringLiteral("NW%1 %2QT").arg(random.between(1, 9)).arg(random.between(1, 9));
        break;
    case Error::FormerPostcode:
        if (known.formerPostcode.isEmpty())
            return false;
        query.postcode = known.formerPostcode;
        break;
    case Error::FormerName:
        if (known.formerFamilyName.isEmpty())
            return false;
        query.familyName = known.formerFamilyName;
        break;
    case Error::MissingDateOfBirth:
        query.dateOfBirth = {};
        break;
    case Error::Count:
        return false;
    }
    // Fields often not to hand: the NHS number usually, the postcode sometimes (not when
    // the postcode is what the case is about, or when it is the only thing beside names).
    if (random.chance(20))
        query.nhsNumber = p.nhsNumber;
    const bool postcodeMatters = error == Error::ChangedPostcode ||
                                 error == Error::FormerPostcode ||
                                 error == Error::MissingDateOfBirth;
    if (!postcodeMatters && random.chance(30))
        query.postcode.clear();
    return true;
}

struct Tally {
    int truePositives = 0, falsePositives = 0, matchQueries = 0, otherQueries = 0;
    QMap<QString, std::pair<int, int>> recallByError; // found, asked
    double precision() const {
        const int claimed = truePositives + falsePositives;
        return claimed == 0 ? 0 : double(truePositives) / claimed;
    }
    double recall() const { return matchQueries == 0 ? 0 : double(truePositives) / matchQueries; }
};

} // namespace

TEST_CASE("Quality: precision and recall at the top candidate on realistic errors",
          "[matching][quality]") {
    QualityStore q;
    REQUIRE(q.people.size() > 4000);
    const Matcher matcher(*q.store.families);
    demo::DemoRandom random(4);
    Tally tally;

    // People who are in the store, asked for with an error each.
    int made = 0;
    for (int attempt = 0; made < kMatchQueries && attempt < kMatchQueries * 10; ++attempt) {
        const Known& known = q.people.at(random.below(int(q.people.size())));
        const auto error = static_cast<Error>(made % int(Error::Count));
        MatchQuery query;
        if (!makeQuery(known, error, random, query))
            continue;
        ++made;
        ++tally.matchQueries;
        const auto found = matcher.find(query, 5);
        const bool claimed = !found.isEmpty() && found.front().score >= kLikelyMatchScore;
        const bool right = claimed && found.front().personId == known.person.id;
        auto& [hits, asked] = tally.recallByError[QString::fromLatin1(errorName(error))];
        ++asked;
        if (right) {
            ++tally.truePositives;
            ++hits;
        } else if (claimed) {
            ++tally.falsePositives;
        }
    }
    REQUIRE(made == kMatchQueries);

    // People who are not in the store but look like people who are: demo people from
    // another seed (same names, same areas), and brothers, sisters and twins of stored
    // people (same family name and postcode, another first name; twins share the date).
    demo::DemoGenerator strangers(777, kToday);
    const demo::DemoDirectory noDirectory;
    int others = 0;
    while (others < kLookAlikeQueries / 2) {
        const FamilyRecord family = strangers.nextFamily(noDirectory);
        const auto address = family.currentAddress();
        for (const Person& person : family.people) {
            if (person.unborn || others >= kLookAlikeQueries / 2 ||
                q.nameAndBirth.contains(
                    QualityStore::key(person.givenName, person.familyName, person.dateOfBirth)))
                continue;
            MatchQuery query{person.givenName,
                             person.familyName,
                             person.dateOfBirth,
                             address ? address->postcode : QString(),
                             {}};
            if (random.chance(20) && !q.nhsNumbers.contains(person.nhsNumber))
                query.nhsNumber = person.nhsNumber;
            if (random.chance(30))
                query.dateOfBirth = {}; // names and postcode only
            ++others;
            ++tally.otherQueries;
            const auto found = matcher.find(query, 5);
            if (!found.isEmpty() && found.front().score >= kLikelyMatchScore)
                ++tally.falsePositives;
        }
    }
    static const char* const kOtherGiven[] = {"Poppy", "Ruby", "Evie", "Theo", "Finley", "Reggie"};
    while (others < kLookAlikeQueries) {
        const Known& known = q.people.at(random.below(int(q.people.size())));
        const bool twin = random.chance(40);
        MatchQuery query{QString::fromLatin1(random.pick(kOtherGiven)),
                         known.person.familyName,
                         twin ? known.person.dateOfBirth
                              : known.person.dateOfBirth.addDays(random.between(400, 2000)),
                         known.postcode,
                         {}};
        ++others;
        ++tally.otherQueries;
        const auto found = matcher.find(query, 5);
        if (!found.isEmpty() && found.front().score >= kLikelyMatchScore)
            ++tally.falsePositives;
    }

    std::cout << "Matcher quality on " << tally.matchQueries << " queries for people in a store of "
              << q.people.size() << " and " << tally.otherQueries
              << " for people not in it (threshold " << kLikelyMatchScore << "):\n"
              << "  precision at top candidate: " << tally.precision() << "\n"
              << "  recall at top candidate:    " << tally.recall() << "\n";
    for (auto it = tally.recallByError.cbegin(); it != tally.recallByError.cend(); ++it) {
        std::cout << "    recall, " << it.key().toStdString() << ": " << it->first << "/"
                  << it->second << "\n";
    }
    std::cout.flush();
    CHECK(tally.precision() >= 0.95);
    CHECK(tally.recall() >= 0.95);
}
