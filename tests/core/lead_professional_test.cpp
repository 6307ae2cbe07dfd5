#include "temp_store.h"

#include <catch2/catch.hpp>

using namespace kith;

namespace {

struct Directory {
    QString agencyId;
    QString healthVisitorId;
    QString schoolNurseId;
};

Directory makeDirectory(FamilyStore& families) {
    Directory directory;
    directory.agencyId = families
                             .saveAgency({{},
                                          QStringLiteral("Health Visiting Team"),
                                          QStringLiteral("health"),
                                          QStringLiteral("01632 960100"),
                                          {}})
                             .value();
    directory.healthVisitorId = families
                                    .saveProfessional({{},
                                                       directory.agencyId,
                                                       QStringLiteral("Helen Marsh"),
                                                       QStringLiteral("Health visitor"),
                                                       QStringLiteral("07700 900555"),
                                                       QStringLiteral("helen.marsh@example.org")})
                                    .value();
    directory.schoolNurseId = families
                                  .saveProfessional({{},
                                                     directory.agencyId,
                                                     QStringLiteral("Tariq Iqbal"),
                                                     QStringLiteral("School nurse"),
                                                     QStringLiteral("07700 900556"),
                                                     {}})
                                  .value();
    return directory;
}

} // namespace

TEST_CASE("Appointing a new lead professional keeps the whole history", "[store][lead]") {
    testing::TempStore store;
    const Directory directory = makeDirectory(*store.families);
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    CHECK_FALSE(store.families->currentLeadProfessional(familyId));

    REQUIRE(store.families->appointLeadProfessional(familyId, directory.healthVisitorId,
                                                    QDate(2026, 3, 2),
                                                    QStringLiteral("First TAF meeting"), true));
    auto current = store.families->currentLeadProfessional(familyId);
    REQUIRE(current);
    CHECK(current->professional.name == QLatin1String("Helen Marsh"));
    CHECK(current->professional.phone == QLatin1String("07700 900555"));
    REQUIRE(current->agency);
    CHECK(current->agency->name == QLatin1String("Health Visiting Team"));

    REQUIRE(store.families->appointLeadProfessional(
        familyId, directory.schoolNurseId, QDate(2026, 9, 7),
        QStringLiteral("Needs are now mainly about school"), true));
    current = store.families->currentLeadProfessional(familyId);
    REQUIRE(current);
    CHECK(current->professional.name == QLatin1String("Tariq Iqbal"));

    const auto record = store.families->loadFamily(familyId);
    REQUIRE(record->leadHistory.size() == 2);
    CHECK(record->leadHistory.at(0).professionalId == directory.healthVisitorId);
    CHECK(record->leadHistory.at(0).endedOn == QDate(2026, 9, 6));
    CHECK(record->leadHistory.at(1).isCurrent());
    CHECK(record->leadHistory.at(1).reason == QLatin1String("Needs are now mainly about school"));
    CHECK(record->leadHistory.at(1).recordedAt == store.clock.nowUtc());
}

TEST_CASE("A lead professional change that makes no sense is refused", "[store][lead]") {
    testing::TempStore store;
    const Directory directory = makeDirectory(*store.families);
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    REQUIRE(store.families->appointLeadProfessional(familyId, directory.healthVisitorId,
                                                    QDate(2026, 3, 2), {}, true));
    SECTION("the same person again") {
        CHECK_FALSE(store.families->appointLeadProfessional(familyId, directory.healthVisitorId,
                                                            QDate(2026, 4, 1), {}, true));
    }
    SECTION("starting before the current lead did") {
        const auto result = store.families->appointLeadProfessional(
            familyId, directory.schoolNurseId, QDate(2026, 1, 1), {}, true);
        CHECK_FALSE(result);
        CHECK(result.error().contains(QStringLiteral("after")));
    }
    const auto record = store.families->loadFamily(familyId);
    CHECK(record->leadHistory.size() == 1);
    CHECK(record->leadHistory.front().isCurrent());
}

TEST_CASE("Involvements record who else is working with the family", "[store][involvement]") {
    testing::TempStore store;
    const Directory directory = makeDirectory(*store.families);
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    const auto involvement = store.families->addInvolvement({{},
                                                             familyId,
                                                             directory.agencyId,
                                                             directory.healthVisitorId,
                                                             {},
                                                             QStringLiteral("New birth visit"),
                                                             QDate(2026, 2, 1),
                                                             {}});
    REQUIRE(involvement);
    REQUIRE(store.families->endInvolvement(involvement.value(), QDate(2026, 6, 30)));
    const auto record = store.families->loadFamily(familyId);
    REQUIRE(record->involvements.size() == 1);
    CHECK_FALSE(record->involvements.front().isActive());
    CHECK(record->involvements.front().purpose == QLatin1String("New birth visit"));
}
