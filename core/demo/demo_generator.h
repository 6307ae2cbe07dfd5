#pragma once

#include "model/family.h"
#include "util/result.h"

#include <QDate>
#include <cstdint>

namespace kith {

class FamilyStore;

namespace demo {

// A small, portable random source. std::uniform_int_distribution differs between
// standard libraries, so the same seed would give different families on Windows
// and Linux; this one gives the same sequence everywhere.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed);
    std::uint64_t next();
    int below(int bound);           // 0 <= n < bound
    int between(int low, int high); // low <= n <= high
    bool chance(int percent);
    // A version 4 UUID drawn from this sequence, so demo ids repeat with the seed.
    QString uuid();
    template <typename List>
    const auto& pick(const List& list) {
        return list[below(static_cast<int>(std::size(list)))];
    }

private:
    std::uint64_t m_state;
};

// The hub's agencies and the professionals who work in them, made before families.
struct DemoDirectory {
    QList<Agency> agencies;
    QList<Professional> professionals;
};

// Makes synthetic families: realistic UK names, dates, postcodes and households, but
// never real people. NHS numbers come from the 999 range kept for testing, phone
// numbers from Ofcom's drama ranges, email addresses from example.org.
class DemoGenerator {
public:
    DemoGenerator(std::uint64_t seed, const QDate& today);

    DemoDirectory directory();
    // The next family; professionals are drawn from `directory`.
    FamilyRecord nextFamily(const DemoDirectory& directory);

private:
    Person makeAdult(const QString& givenName, const QString& familyName, bool female, int minAge,
                     int maxAge);
    QString nhsNumber();
    QString mobileNumber();
    QString landlineNumber();
    QString postcode();

    DemoRandom m_random;
    QDate m_today;
};

struct DemoSummary {
    int families = 0;
    int people = 0;
};

// Fills `store` with `families` demo families made from `seed`, in batches of one
// transaction each. The same seed and date always give the same families.
Result<DemoSummary> populate(FamilyStore& store, int families, std::uint64_t seed,
                             const QDate& today);

} // namespace demo
} // namespace kith
