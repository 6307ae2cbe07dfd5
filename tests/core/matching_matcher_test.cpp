#include "matching/match_evidence.h"
#include "matching/matcher.h"
#include "matching/name_variants.h"
#include "temp_store.h"

#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::match;

namespace {

// The Khan family (testing::sampleFamily) with a lead professional, and the Smith-Jones
// family, who moved from TQ2 5XY to W2 1AB.
struct MatchFixture {
    testing::TempStore store;
    QString khanFamily;
    QString smithJonesFamily;
    QString williamId = QStringLiteral("1d7a1c3e-9f55-4e51-8e0a-7f1b2c3d0001");
    MatchFixture() {
        khanFamily = store.families->createFamily(testing::sampleFamily()).value();
        Agency agency;
        agency.name = QStringLiteral("Health Visiting Team");
        agency.kind = QStringLiteral("health");
        agency.phone = QStringLiteral("01632 960100");
        const QString agencyId = store.families->saveAgency(agency).value();
        Professional lead;
        lead.agencyId = agencyId;
        lead.name = QStringLiteral("Jo Marsh");
        lead.phone = QStringLiteral("07700 900456");
        const QString leadId = store.families->saveProfessional(lead).value();
        REQUIRE(store.families->appointLeadProfessional(khanFamily, leadId, QDate(2026, 9, 1),
                                                        QStringLiteral("First TAF"), true));

        FamilyRecord smithJones;
        smithJones.family.name = QStringLiteral("Smith-Jones family");
        Person william;
        william.id = williamId;
        william.role = PersonRole::Parent;
        william.givenName = QStringLiteral("William");
        william.familyName = QStringLiteral("Smith-Jones");
        william.dateOfBirth = QDate(1985, 7, 3);
        william.nhsNumber = QStringLiteral("9990001231");
        Person margaret;
        margaret.role = PersonRole::Child;
        margaret.givenName = QStringLiteral("Margaret");
        margaret.familyName = QStringLiteral("Smith-Jones");
        margaret.dateOfBirth = QDate(2016, 2, 11);
        smithJones.people = {william, margaret};
        smithJones.addresses.append({{},
                                     {},
                                     QStringLiteral("3 Hill Road"),
                                     {},
                                     QStringLiteral("Torquay"),
                                     QStringLiteral("TQ2 5XY"),
                                     QDate(2012, 1, 1),
                                     QDate(2020, 6, 30)});
        smithJones.addresses.append({{},
                                     {},
                                     QStringLiteral("9 Park Street"),
                                     {},
                                     QStringLiteral("London"),
                                     QStringLiteral("W2 1AB"),
                                     QDate(2020, 7, 1),
                                     {}});
        smithJonesFamily = store.families->createFamily(smithJones).value();
    }
    QList<MatchCandidate> find(const MatchQuery& query) const {
        return Matcher(*store.families).find(query);
    }
};

MatchQuery query(const char* given, const char* family, QDate dob = {}, const char* postcode = "",
                 const char* nhs = "") {
    return {QString::fromUtf8(given), QString::fromUtf8(family), dob, QString::fromUtf8(postcode),
            QString::fromUtf8(nhs)};
}

} // namespace

TEST_CASE("Nicknames and other forms of a given name are known", "[matching]") {
    CHECK(givenNameVariant(QStringLiteral("bill"), QStringLiteral("william")) ==
          NameVariant::Nickname);
    CHECK(givenNameVariant(QStringLiteral("peggy"), QStringLiteral("margaret")) ==
          NameVariant::Nickname);
    CHECK(givenNameVariant(QStringLiteral("mihai"), QStringLiteral("michael")) ==
          NameVariant::OtherForm);
    CHECK(givenNameVariant(QStringLiteral("bill"), QStringLiteral("margaret")) ==
          NameVariant::None);
    CHECK(givenNameVariants(QStringLiteral("alex")).contains(QStringLiteral("alexandra")));
}

TEST_CASE("Edit distance counts a swap of neighbouring letters as one", "[matching]") {
    CHECK(editDistance(QStringLiteral("johnson"), QStringLiteral("jonhson")) == 1);
    CHECK(editDistance(QStringLiteral("wilson"), QStringLiteral("wilsom")) == 1);
    CHECK(editDistance(QStringLiteral("smith"), QStringLiteral("smith")) == 0);
    CHECK(editDistance(QStringLiteral("abcdef"), QStringLiteral("uvwxyz"), 2) == 3);
}

TEST_CASE("NHS numbers are checked with their modulus 11 digit", "[matching]") {
    CHECK(isValidNhsNumber(QStringLiteral("9434765919")));
    CHECK_FALSE(isValidNhsNumber(QStringLiteral("9434765918")));
    CHECK(nhsDigits(QStringLiteral("943 476-5919")) == QStringLiteral("9434765919"));
}

TEST_CASE("An exact match comes first with its reasons and the lead professional", "[matching]") {
    MatchFixture f;
    const auto found = f.find(query("Amira", "Khan", QDate(1994, 6, 2), "TQ1 4AB"));
    REQUIRE_FALSE(found.isEmpty());
    const MatchCandidate& best = found.front();
    CHECK(best.familyId == f.khanFamily);
    CHECK(best.score > 0.95);
    CHECK(best.reasons.contains(QStringLiteral("Same date of birth")));
    CHECK(best.reasons.contains(QStringLiteral("Same postcode")));
    REQUIRE(best.leadProfessional.has_value());
    CHECK(best.leadProfessional->name == QStringLiteral("Jo Marsh"));
    CHECK(best.leadProfessional->agency == QStringLiteral("Health Visiting Team"));
    CHECK(best.leadProfessional->phone == QStringLiteral("07700 900456"));
}

TEST_CASE("The matcher sees through realistic errors", "[matching]") {
    MatchFixture f;
    struct Case {
        const char* what;
        MatchQuery asked;
        const char* reason;
    };
    const Case cases[] = {
        {"nickname", query("Bill", "Smith-Jones", QDate(1985, 7, 3)),
         "Known nickname (Bill for William)"},
        {"swapped day and month", query("William", "Smith-Jones", QDate(1985, 3, 7)),
         "Day and month swapped in the date of birth"},
        {"one part of a hyphenated surname", query("William", "Jones", QDate(1985, 7, 3)),
         "Hyphenated surname shares a part"},
        {"a former postcode", query("William", "Smith Jones", QDate(1985, 7, 3), "TQ2 5XY"),
         "Lived at this postcode before"},
        {"a typo", query("Willian", "Smith-Jones", QDate(1985, 7, 3)),
         "Name spelt nearly the same"},
        {"a transliteration", query("Muhammad", "Khan", QDate(1990, 1, 15)), "Name sounds alike"},
        {"a former name", query("Amira", "Hussain", QDate(1994, 6, 2)), "Former name"},
        {"the NHS number alone", query("", "", {}, "", "999 000 1231"), "Same NHS number"},
        {"names the wrong way round", query("Smith-Jones", "William", QDate(1985, 7, 3)),
         "First and family names swapped"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const auto found = f.find(c.asked);
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.front().score >= kLikelyMatchScore);
        CHECK(found.front().reasons.contains(QString::fromUtf8(c.reason)));
    }
    CHECK(f.find(query("Bill", "Smith-Jones", QDate(1985, 7, 3))).front().personId == f.williamId);
}

TEST_CASE("A different valid NHS number or date of birth counts against a match", "[matching]") {
    MatchFixture f;
    // Same name and postcode, but another person's NHS number and date of birth.
    const auto found =
        f.find(query("William", "Smith-Jones", QDate(1990, 1, 1), "W2 1AB", "9434765919"));
    for (const MatchCandidate& candidate : found)
        CHECK(candidate.score < kLikelyMatchScore);
    const auto sameName = f.find(query("William", "Smith-Jones", {}, "W2 1AB"));
    REQUIRE_FALSE(sameName.isEmpty());
    const auto different =
        f.find(query("William", "Smith-Jones", QDate(1990, 1, 1), "W2 1AB", "9434765919"));
    const double withEvidenceAgainst = different.isEmpty() ? 0 : different.front().score;
    CHECK(withEvidenceAgainst < sameName.front().score);
}

TEST_CASE("A family with no lead professional has none to contact", "[matching]") {
    MatchFixture f;
    const auto found = f.find(query("Margaret", "Smith-Jones", QDate(2016, 2, 11)));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.front().familyId == f.smithJonesFamily);
    CHECK_FALSE(found.front().leadProfessional.has_value());
}

TEST_CASE("An empty query finds nobody", "[matching]") {
    MatchFixture f;
    CHECK(f.find(MatchQuery{}).isEmpty());
}
