#pragma once

#include "assessment_test_family.h"
#include "plan/plan_store.h"

namespace kith::testing {

// The assessment tests' family with a plan store; the family's worker writes.
struct PlanFamily : AssessmentFamily {
    std::unique_ptr<plan::PlanStore> plans;

    PlanFamily() {
        plans = std::make_unique<plan::PlanStore>(*store.database);
        plans->setActor(familyLivesWorkerId);
    }

    QString startPlan() {
        const auto started = plans->start(familyId);
        INFO(started.error().toStdString());
        REQUIRE(started);
        return started.value();
    }

    // One need, one outcome and a SMART action for Mum; returns the action id.
    QString smartAction(const QString& planId, QString* outcomeId = nullptr) {
        const QString need = saved(plans->saveNeed(planId, {{},
                                                            QStringLiteral("Zainab is not "
                                                                           "sleeping."),
                                                            {},
                                                            false,
                                                            childId}));
        plan::PlanOutcome outcome;
        outcome.needId = need;
        outcome.heading = plan::OutcomeHeading::Health;
        outcome.text = QStringLiteral("Zainab sleeps through most nights");
        const QString outcomeSaved = saved(plans->saveOutcome(planId, outcome));
        if (outcomeId)
            *outcomeId = outcomeSaved;
        plan::PlanAction action;
        action.outcomeId = outcomeSaved;
        action.what = QStringLiteral("Keep to a 7pm bedtime routine every night");
        action.owner.kind = plan::OwnerKind::FamilyMember;
        action.owner.personId = motherId;
        action.dueOn = QDate(2026, 12, 18);
        action.howWeWillKnow = QStringLiteral("Zainab asleep by 7:30 on 5 nights of 7");
        action.support = QStringLiteral("Health visitor's sleep leaflet and two home visits");
        return saved(plans->saveAction(planId, action));
    }

    static QString saved(const Result<QString>& result) {
        INFO(result.error().toStdString());
        REQUIRE(result);
        return result.value();
    }
};

} // namespace kith::testing
