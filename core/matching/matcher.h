#pragma once

#include "matching/match_types.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace kith {

class FamilyStore;

namespace match {

class CandidateFinder;

// "Is this family already known?": the people in the local store who may be the person
// the front desk is asking about, best first, each with a score from 0 to 1, the reasons
// for it, and who to contact about the family.
class Matcher {
    Q_DECLARE_TR_FUNCTIONS(kith::match::Matcher)

public:
    explicit Matcher(const FamilyStore& store);
    ~Matcher();
    Matcher(const Matcher&) = delete;
    Matcher& operator=(const Matcher&) = delete;

    // Candidates scoring at least `minimumScore`, at most `limit` of them.
    QList<MatchCandidate> find(const MatchQuery& query, int limit = 10,
                               double minimumScore = kShownScore) const;

    // Below this a candidate is not worth showing at all.
    static constexpr double kShownScore = 0.05;

private:
    const FamilyStore& m_store;
    std::unique_ptr<CandidateFinder> m_finder;
};

} // namespace match
} // namespace kith
