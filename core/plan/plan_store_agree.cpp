// Agreeing the plan at a meeting: the plan as it stands is frozen as the next version.
#include "plan/plan_json.h"
#include "plan/plan_rows.h"
#include "plan/plan_store.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QJsonDocument>

namespace kith::plan {

Result<QString> PlanStore::agree(const QString& planId, const QString& meetingId) {
    using R = Result<QString>;
    const auto found = editable(planId);
    if (!found)
        return R::fail(found.error());
    Plan plan = found.value();
    if (plan.actions.isEmpty())
        return R::fail(tr("The plan has no actions yet, so there is nothing to agree. Add what "
                          "will be done, by whom and by when."));
    const QList<PlanVersion> agreed = versions(planId);
    if (!agreed.isEmpty() && PlanDiff::between(agreed.last().plan, plan).isEmpty())
        return R::fail(
            tr("Nothing has changed since version %1 was agreed.").arg(agreed.last().version));
    plan.version = agreed.isEmpty() ? 1 : agreed.last().version + 1;
    plan.status = PlanStatus::Agreed;
    const QDateTime now = m_database.clock().nowUtc();
    const QString snapshot = QString::fromUtf8(
        QJsonDocument(planToJson(plan, m_database.clock().today())).toJson(QJsonDocument::Compact));
    const QString id = newId();
    const Status done = inOneTransaction([&]() -> Status {
        const auto frozen = m_writer.insert(
            rows::kVersion, {{QStringLiteral("id"), id},
                             {QStringLiteral("family_id"), plan.familyId},
                             {QStringLiteral("plan_id"), plan.id},
                             {QStringLiteral("version"), plan.version},
                             {QStringLiteral("meeting_id"), sql::fromText(meetingId)},
                             {QStringLiteral("snapshot"), snapshot},
                             {QStringLiteral("agreed_by"), m_writer.actor()},
                             {QStringLiteral("agreed_at"), sql::fromDateTime(now)}});
        if (!frozen)
            return Status::fail(frozen.error());
        return m_writer.update(rows::kPlan, plan.id,
                               {{QStringLiteral("status"), planStatusCode(PlanStatus::Agreed)},
                                {QStringLiteral("version"), plan.version},
                                {QStringLiteral("updated_at"), sql::fromDateTime(now)}});
    });
    return done ? Result<QString>::ok(id) : Result<QString>::fail(done.error());
}

} // namespace kith::plan
