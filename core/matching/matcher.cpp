#include "matching/matcher.h"

#include "matching/candidate_finder.h"
#include "store/family_store.h"

#include <QHash>
#include <algorithm>

namespace kith::match {

Matcher::Matcher(const FamilyStore& store)
    : m_store(store)
    , m_finder(std::make_unique<CandidateFinder>(store.database().connection())) {}

Matcher::~Matcher() = default;

QList<MatchCandidate> Matcher::find(const MatchQuery& query, int limit, double minimumScore) const {
    QList<MatchCandidate> found;
    const PersonFacts asked = PersonFacts::ofQuery(query);
    const QList<qint64> ids = m_finder->candidateIds(asked);
    for (const StoredPerson& person : m_finder->load(ids)) {
        const MatchEvidence evidence = compare(asked, person.facts);
        if (evidence.score < minimumScore)
            continue;
        found.append({person.personId, person.familyId, evidence.score, evidence.reasons, {}});
    }
    std::sort(found.begin(), found.end(), [](const MatchCandidate& a, const MatchCandidate& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.personId < b.personId;
    });
    if (found.size() > limit)
        found.resize(limit);
    // Who to contact, once per family.
    QHash<QString, std::optional<LeadContact>> leads;
    for (MatchCandidate& candidate : found) {
        auto known = leads.find(candidate.familyId);
        if (known == leads.end()) {
            std::optional<LeadContact> contact;
            if (const auto lead = m_store.currentLeadProfessional(candidate.familyId)) {
                contact = LeadContact{
                    lead->professional.name, lead->agency ? lead->agency->name : QString(),
                    lead->professional.phone.isEmpty() && lead->agency ? lead->agency->phone
                                                                       : lead->professional.phone};
            }
            known = leads.insert(candidate.familyId, contact);
        }
        candidate.leadProfessional = *known;
    }
    return found;
}

} // namespace kith::match
