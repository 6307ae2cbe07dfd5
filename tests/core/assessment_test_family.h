#pragma once

#include "assessment/assessment_store.h"
#include "consent_test_family.h"

namespace kith::testing {

// The consent tests' family (two children, a young person, an unborn baby, a school
// working with them) with an assessment store. Writers: the family's worker; the
// manager signs off.
struct AssessmentFamily : ConsentFamily {
    QString managerId;
    std::unique_ptr<assessment::AssessmentStore> assessments;

    AssessmentFamily() {
        managerId =
            store.families
                ->saveProfessional(
                    {{}, {}, QStringLiteral("Mo Reid"), QStringLiteral("Team manager"), {}, {}})
                .value();
        assessments = std::make_unique<assessment::AssessmentStore>(*store.database);
        assessments->setActor(familyLivesWorkerId);
    }

    void giveConsent(const QDate& on = QDate(2026, 11, 2)) {
        consents->setActor(familyLivesWorkerId);
        REQUIRE(consents->record(familyConsent(on, {QStringLiteral("family-lives")})));
    }

    void save(const QString& id, const QString& path, const QJsonValue& value) {
        const Status saved = assessments->saveAnswer(id, path, value);
        INFO(saved.error().toStdString());
        REQUIRE(saved);
    }

    // Every required answer of the Torbay form.
    void completeAll(const QString& id) {
        save(id, QStringLiteral("story/past"), QStringLiteral("We moved here two years ago."));
        save(id, QStringLiteral("story/now"), QStringLiteral("Money is tight since the job went."));
        save(id, QStringLiteral("worries/worries"), QStringLiteral("Zainab is not sleeping."));
        save(id, QStringLiteral("going_well/strengths"), QStringLiteral("Grandma helps a lot."));
        save(id, QStringLiteral("support/support"), QStringLiteral("Help with a bedtime routine."));
        save(id, QStringLiteral("voice/children/%1/observations").arg(childId),
             QStringLiteral("Played happily with the blocks."));
        save(id, QStringLiteral("voice/children/%1/views").arg(youngPersonId),
             QStringLiteral("I want my own room."));
        save(id, QStringLiteral("exploitation/concern"), false);
        save(id, QStringLiteral("scaling/score"), 7);
        save(id, QStringLiteral("need/level"), QStringLiteral("2"));
        save(id, QStringLiteral("need/reason"), QStringLiteral("One service can help."));
    }
};

} // namespace kith::testing
