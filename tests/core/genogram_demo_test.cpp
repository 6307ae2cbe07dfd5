#include "demo/demo_generator.h"
#include "genogram/genogram_store.h"
#include "temp_store.h"

#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::genogram;

TEST_CASE("Every demo family has a genogram worth drawing", "[genogram][demo]") {
    kith::testing::TempStore temp;
    REQUIRE(temp.families);
    REQUIRE(demo::populate(*temp.families, 30, 5, QDate(2026, 11, 25)));
    const GenogramStore store(*temp.database);
    int stored = 0;
    int withRelatives = 0;
    for (const FamilySummary& family : temp.families->listFamilies()) {
        const auto genogram = store.load(family.id);
        REQUIRE(genogram);
        const Genogram& g = genogram.value();
        CHECK(g.people.size() >= 2);
        CHECK(g.households.size() >= 1);
        CHECK((g.unions.size() + g.children.size()) >= 1);
        stored += store.exists(family.id) ? 1 : 0;
        const bool relatives =
            std::any_of(g.people.cbegin(), g.people.cend(),
                        [](const genogram::Person& p) { return p.familyPersonId.isEmpty(); });
        if (relatives) {
            ++withRelatives;
            CHECK_FALSE(g.relationships.isEmpty());
            CHECK(std::any_of(g.people.cbegin(), g.people.cend(),
                              [](const genogram::Person& p) { return p.indexChild; }));
        }
    }
    CHECK(stored == 30); // the first 200 are all stored
    // Relatives are drawn from a parent with children on the genogram; a household of
    // adults with no child links (a few in every seed) has none to draw.
    CHECK(withRelatives >= 27);
}
