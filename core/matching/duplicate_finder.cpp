#include "matching/duplicate_finder.h"

#include "matching/candidate_finder.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace kith::match {
namespace {

struct PairKey {
    QString a, b;
    bool operator==(const PairKey&) const = default;
};

size_t qHash(const PairKey& key, size_t seed = 0) {
    return qHashMulti(seed, key.a, key.b);
}

// A stored person described as a query, so the one comparison serves both uses.
PersonFacts asAsked(const PersonFacts& stored) {
    PersonFacts asked = stored;
    asked.givenNames = stored.givenNames.mid(0, 1);
    asked.familyNames = stored.familyNames.mid(0, 1);
    asked.formerFamilyNames.clear();
    asked.formerPostcodes.clear();
    return asked;
}

QHash<QString, QString> creationTimes(const QSqlDatabase& db) {
    QHash<QString, QString> created;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, created_at FROM family"))) {
        while (query.next())
            created.insert(query.value(0).toString(), query.value(1).toString());
    }
    return created;
}

} // namespace

QList<DuplicatePair> findDuplicateFamilies(const QSqlDatabase& db, double threshold) {
    const QList<StoredPerson> people = CandidateFinder(db).loadEveryone();
    QHash<QString, QList<int>> groups; // date of birth or NHS number -> people
    for (int i = 0; i < people.size(); ++i) {
        const PersonFacts& facts = people.at(i).facts;
        if (facts.dateOfBirth.isValid())
            groups[u'd' + facts.dateOfBirth.toString(Qt::ISODate)].append(i);
        if (!facts.nhsNumber.isEmpty())
            groups[u'n' + facts.nhsNumber].append(i);
    }
    QHash<PairKey, DuplicatePair> pairs;
    QHash<PairKey, QSet<QString>> matchedPeople;
    const QHash<QString, QString> created = creationTimes(db);
    for (const QList<int>& group : std::as_const(groups)) {
        for (qsizetype x = 0; x < group.size(); ++x) {
            for (qsizetype y = x + 1; y < group.size(); ++y) {
                const StoredPerson& first = people.at(group.at(x));
                const StoredPerson& second = people.at(group.at(y));
                if (first.familyId == second.familyId)
                    continue;
                // Each way round: the names each has had are checked against the other.
                MatchEvidence evidence = compare(asAsked(first.facts), second.facts);
                if (const MatchEvidence back = compare(asAsked(second.facts), first.facts);
                    back.score > evidence.score)
                    evidence = back;
                if (evidence.score < threshold)
                    continue;
                // The family made first is the one to keep.
                const bool firstOlder = std::pair(created.value(first.familyId), first.familyId) <
                                        std::pair(created.value(second.familyId), second.familyId);
                const StoredPerson& keep = firstOlder ? first : second;
                const StoredPerson& other = firstOlder ? second : first;
                const PairKey key{keep.familyId, other.familyId};
                DuplicatePair& pair = pairs[key];
                pair.familyId = keep.familyId;
                pair.otherFamilyId = other.familyId;
                matchedPeople[key].insert(other.personId);
                if (evidence.score > pair.score) {
                    pair.score = evidence.score;
                    pair.reasons = evidence.reasons;
                }
            }
        }
    }
    QList<DuplicatePair> found;
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        it->matchingPeople = static_cast<int>(matchedPeople.value(it.key()).size());
        found.append(*it);
    }
    std::sort(found.begin(), found.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        if (a.matchingPeople != b.matchingPeople)
            return a.matchingPeople > b.matchingPeople;
        if (a.score != b.score)
            return a.score > b.score;
        return std::pair(a.familyId, a.otherFamilyId) < std::pair(b.familyId, b.otherFamilyId);
    });
    return found;
}

} // namespace kith::match
