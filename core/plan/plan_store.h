#pragma once

#include "plan/plan_diff.h"
#include "plan/plan_model.h"
#include "store/database.h"
#include "store/record_writer.h"
#include "store/write_scope.h"

#include <QCoreApplication>
#include <functional>

namespace kith::plan {

// Keeps the family's whole-family plan. A family has one plan, written as a draft and
// agreed at each TAF meeting: agreeing freezes it as the next version (append-only); the
// draft carries on from there. Every write goes through the RecordWriter in one
// transaction and is checked first: a refusal says which field and what to do, and stores
// nothing. SMART findings (smart_check.h) are advice and never block a write.
class PlanStore {
    Q_DECLARE_TR_FUNCTIONS(kith::plan::PlanStore)

public:
    explicit PlanStore(const Database& database);

    // Who is writing (a professional id): recorded on versions and audit events.
    void setActor(const QString& actor) { m_writer.setActor(actor); }
    Status inOneTransaction(const std::function<Status()>& work);

    // The family's plan (the draft being written, with everything in it), if any.
    std::optional<Plan> current(const QString& familyId) const;
    std::optional<Plan> load(const QString& planId) const;

    // Starts the family's plan, one need for each worry and each support the family asked
    // for in their latest assessment (paragraphs of "worries/worries" and
    // "support/support"; the latest signed-off version if there is one). Refused when the
    // family already has a plan.
    Result<QString> start(const QString& familyId);

    // id empty: a new one (the id is returned); otherwise the existing one is updated.
    // Checks: text present, need/outcome ids belong to this plan, owner is a member of
    // this family or a known professional, status code valid.
    Result<QString> saveNeed(const QString& planId, const PlanNeed& need);
    Result<QString> saveOutcome(const QString& planId, const PlanOutcome& outcome);
    Result<QString> saveAction(const QString& planId, const PlanAction& action);
    // Removing a need removes its outcomes and their actions; an outcome its actions.
    Status removeNeed(const QString& planId, const QString& needId);
    Status removeOutcome(const QString& planId, const QString& outcomeId);
    Status removeAction(const QString& planId, const QString& actionId);
    Status setStatus(const QString& planId, const QString& actionId, ActionStatus status);

    Status setFamilyViews(const QString& planId, const QString& words);
    // One entry per child (childId must be a child of the family): replaces that child's
    // views. When the child was not there, howGathered is required.
    Result<QString> saveChildView(const QString& planId, const ChildView& view);
    // Scores 0-10; byName required.
    Result<QString> addConfidence(const QString& planId, const ConfidenceScore& score);
    Status removeConfidence(const QString& planId, const QString& scoreId);
    Status setIfNothingChanges(const QString& planId, const QString& text);

    // Freezes the plan as agreed at a meeting: the next version (append-only snapshot).
    // Returns the version's id. Refused when there is nothing to agree (no actions) or when
    // nothing changed since the last agreed version.
    Result<QString> agree(const QString& planId, const QString& meetingId = {});
    QList<PlanVersion> versions(const QString& planId) const; // oldest first
    std::optional<PlanVersion> loadVersion(const QString& versionId) const;
    // What changed from the last agreed version to the plan as it is now (when it was
    // never agreed, everything shows as added).
    QList<PlanChange> changesSinceAgreed(const QString& planId) const;
    QList<PlanChange> changesBetween(const QString& fromVersionId,
                                     const QString& toVersionId) const;

private:
    template <typename Work>
    Status write(Work&& work);
    Status checkActor() const;
    Result<Plan> editable(const QString& planId) const;
    Status touch(const Plan& plan);
    Status checkPerson(const Plan& plan, const QString& personId, const QString& field) const;
    Result<QString> saveRow(const Plan& plan, const QString& table, const QString& existingId,
                            const QVariantMap& before, const QVariantMap& after);
    Status removeRows(const QString& table, const QStringList& ids);
    Status removeAndTouch(const Plan& plan, const QString& table, const QString& id);
    Status setPlanText(const QString& planId, const char* column, const QString& text);

    const Database& m_database;
    store::RecordWriter m_writer;
    store::WriteScope m_writes{m_database, m_writer};
};

} // namespace kith::plan
