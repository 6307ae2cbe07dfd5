#include "due/due_report.h"
#include "due/due_settings.h"
#include "journey/journey_store.h"
#include "temp_store.h"

#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::due;

namespace {

// Two practitioners in two agencies, each leading one family's open episode.
struct Caseloads {
    testing::TempStore store;
    QString healthAgency;
    QString hubAgency;
    QString nurse;
    QString practitioner;
    QString nurseFamily;
    QString hubFamily;

    Caseloads() {
        REQUIRE(store.database);
        healthAgency =
            store.families
                ->saveAgency(
                    {{}, QStringLiteral("Health Visiting Team"), QStringLiteral("health"), {}, {}})
                .value();
        hubAgency =
            store.families
                ->saveAgency(
                    {{}, QStringLiteral("Family Hub"), QStringLiteral("early_help"), {}, {}})
                .value();
        nurse = store.families
                    ->saveProfessional({{},
                                        healthAgency,
                                        QStringLiteral("Helen Marsh"),
                                        QStringLiteral("Health visitor"),
                                        {},
                                        {}})
                    .value();
        practitioner = store.families
                           ->saveProfessional({{},
                                               hubAgency,
                                               QStringLiteral("Tariq Iqbal"),
                                               QStringLiteral("Family practitioner"),
                                               {},
                                               {}})
                           .value();
        nurseFamily = openAllocated(QStringLiteral("Khan family"), nurse, 2);
        hubFamily = openAllocated(QStringLiteral("Brown family"), practitioner, 20);
    }

    QString openAllocated(const QString& name, const QString& lead, int allocatedOn) {
        FamilyRecord record = testing::sampleFamily();
        record.family.name = name;
        // The sample's people have fixed ids; a second family needs its own.
        record.people.removeIf([](const Person& person) { return person.unborn; });
        record.otherNames.clear();
        record.contacts.clear();
        for (Person& person : record.people)
            person.id.clear();
        const auto created = store.families->createFamily(record);
        INFO(created.error().toStdString());
        REQUIRE(created);
        const QString familyId = created.value();
        journey::JourneyStore journeys(*store.database);
        journey::Episode episode;
        episode.familyId = familyId;
        episode.openedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        const auto opened = journeys.openEpisode(episode);
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        const QString episodeId = opened.value();
        REQUIRE(journeys.allocate(episodeId, lead,
                                  QDateTime(QDate(2026, 11, allocatedOn), QTime(9, 0), Qt::UTC)));
        return familyId;
    }
};

bool hasItem(const DueReport& report, const QString& familyId, const char* ruleId) {
    return std::any_of(report.items.cbegin(), report.items.cend(), [&](const DueItem& item) {
        return item.familyId == familyId && item.ruleId == QLatin1String(ruleId);
    });
}

} // namespace

TEST_CASE("The due report reads the store: everyone, one caseload, one agency", "[due]") {
    Caseloads caseloads;
    const auto everyone = DueReports::build(*caseloads.store.database, {});
    REQUIRE(everyone);
    CHECK(everyone.value().policyName == QLatin1String("hackney"));
    CHECK(everyone.value().episodes.size() == 2);
    CHECK(everyone.value().asOfUtc == caseloads.store.clock.nowUtc());

    // Allocated on 2 November with no first contact: overdue by 25 November.
    const DueReport& report = everyone.value();
    auto firstContact =
        std::find_if(report.items.cbegin(), report.items.cend(), [&](const DueItem& item) {
            return item.familyId == caseloads.nurseFamily &&
                   item.ruleId == QLatin1String("first_contact");
        });
    REQUIRE(firstContact != report.items.cend());
    CHECK(firstContact->status == DueStatus::Overdue);
    CHECK(firstContact->dueDate == QDate(2026, 11, 16));
    CHECK(firstContact->workingDaysOverdue == 7);
    CHECK(report.responsibleName(*firstContact) == QLatin1String("Helen Marsh"));
    CHECK(report.count(DueStatus::Overdue) > 0);

    const auto mine =
        DueReports::build(*caseloads.store.database, {caseloads.practitioner, {}, {}});
    REQUIRE(mine);
    CHECK(mine.value().episodes.size() == 1);
    CHECK(hasItem(mine.value(), caseloads.hubFamily, "first_contact"));
    CHECK_FALSE(hasItem(mine.value(), caseloads.nurseFamily, "first_contact"));

    const auto health =
        DueReports::build(*caseloads.store.database, {{}, caseloads.healthAgency, {}});
    REQUIRE(health);
    CHECK(health.value().episodes.size() == 1);
    CHECK(health.value().episodes.front().familyId == caseloads.nurseFamily);

    // The sample family's child is 7 and has never been seen since allocation.
    const bool childItem =
        std::any_of(report.items.cbegin(), report.items.cend(), [](const DueItem& item) {
            return item.ruleId == QLatin1String("child_seen") &&
                   item.personName == QLatin1String("Zainab Khan");
        });
    CHECK(childItem);
}

TEST_CASE("Who I am and which policy applies are remembered by the store", "[due]") {
    Caseloads caseloads;
    const Database& database = *caseloads.store.database;
    CHECK(DueSettings::currentProfessionalId(database).isEmpty());
    REQUIRE(DueSettings::setCurrentProfessionalId(database, caseloads.nurse));
    CHECK(DueSettings::currentProfessionalId(database) == caseloads.nurse);
    const auto unknown = DueSettings::setCurrentProfessionalId(database, QStringLiteral("nobody"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("choose one")));
    CHECK(DueSettings::currentProfessionalId(database) == caseloads.nurse);

    CHECK(DueSettings::policyName(database) == QLatin1String("hackney"));
    REQUIRE(DueSettings::setPolicyName(database, QStringLiteral("torbay")));
    CHECK(DueSettings::policyName(database) == QLatin1String("torbay"));
    const auto report = DueReports::build(database, {});
    REQUIRE(report);
    CHECK(report.value().policyName == QLatin1String("torbay"));
    const auto wrong = DueSettings::setPolicyName(database, QStringLiteral("narnia"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().contains(QStringLiteral("hackney")));
    CHECK(DueSettings::policyName(database) == QLatin1String("torbay"));
}
