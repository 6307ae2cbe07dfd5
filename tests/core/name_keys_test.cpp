#include "catch_qt.h"
#include "search/name_keys.h"

#include <catch2/catch.hpp>

using namespace kith::search;

TEST_CASE("Spelling variants of a name share a sound key", "[search][keys]") {
    const std::vector<std::vector<const char*>> groups{
        {"Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed"},
        {"Smith", "Smyth"},
        {"Catherine", "Kathryn", "Katherine"},
        {"John", "Jon"},
        {"Sarah", "Sara"},
        {"Aisha", "Ayesha"},
        {"McDonald", "MacDonald"},
        {"Philip", "Filip"},
        {"Zoë", "Zoe"},
        {"Wójcik", "Wojcik"},
    };
    for (const auto& group : groups) {
        const QString first = soundKey(QString::fromUtf8(group.front()));
        REQUIRE_FALSE(first.isEmpty());
        for (const char* variant : group) {
            INFO(variant);
            CHECK(soundKey(QString::fromUtf8(variant)) == first);
        }
    }
}

TEST_CASE("Different names keep different sound keys", "[search][keys]") {
    CHECK(soundKey(QStringLiteral("Smith")) != soundKey(QStringLiteral("Smart")));
    CHECK(soundKey(QStringLiteral("Ali")) != soundKey(QStringLiteral("Alan")));
    CHECK(soundKey(QStringLiteral("Oliver")) != soundKey(QStringLiteral("Olivia")));
    CHECK(soundKey(QStringLiteral("A")).isEmpty());
}

TEST_CASE("Names fold to lower-case words without accents or apostrophes", "[search][keys]") {
    CHECK(nameWords(QStringLiteral("O'Brien")) == QStringList{QStringLiteral("obrien")});
    CHECK(nameWords(QStringLiteral("Smith-Jones")) ==
          QStringList({QStringLiteral("smith"), QStringLiteral("jones")}));
    CHECK(foldName(QStringLiteral("Zoë  Wiśniewska")) == QLatin1String("zoe wisniewska"));
}

TEST_CASE("Postcodes are recognised and normalised", "[search][keys]") {
    CHECK(normalisePostcode(QStringLiteral("tq14ab")) == QLatin1String("TQ1 4AB"));
    CHECK(normalisePostcode(QStringLiteral(" sw1a  1aa ")) == QLatin1String("SW1A 1AA"));
    CHECK(normalisePostcode(QStringLiteral("E8 3PN")) == QLatin1String("E8 3PN"));
    CHECK(normalisePostcode(QStringLiteral("Smith")).isEmpty());
    CHECK(normalisePostcode(QStringLiteral("TQ1")).isEmpty());
    CHECK(postcodeOutward(QStringLiteral("tq1 4ab")) == QLatin1String("TQ1"));
    CHECK(postcodeOutward(QStringLiteral("n16")) == QLatin1String("N16"));
    CHECK(looksLikeOutwardCode(QStringLiteral("SW1V")));
    CHECK_FALSE(looksLikeOutwardCode(QStringLiteral("Jones")));
}
