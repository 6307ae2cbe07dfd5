// Reading plans and their agreed versions back from the store.
#include "consent/family_people.h"
#include "plan/plan_json.h"
#include "plan/plan_rows.h"
#include "plan/plan_store.h"
#include "store/for_each_row.h"

#include <QJsonDocument>

namespace kith::plan {
namespace {

using store::forEachRow;
using store::Row;

Plan planFrom(const Row& row) {
    Plan plan;
    plan.id = row.text("id");
    plan.familyId = row.text("family_id");
    plan.assessmentId = row.text("assessment_id");
    plan.status = planStatusFromCode(row.text("status")).value_or(PlanStatus::Draft);
    plan.version = row.value("version").toInt();
    plan.familyViews = row.text("family_views");
    plan.ifNothingChanges = row.text("if_nothing_changes");
    plan.createdAt = row.moment("created_at");
    plan.updatedAt = row.moment("updated_at");
    return plan;
}

// Reads every row of a plan's list in `table`, in the plan's order.
template <typename Item>
QList<Item> itemsOf(const QSqlDatabase& db, const QString& table, const QString& planId,
                    Item (*from)(const Row&), const char* order = "position, rowid") {
    QList<Item> items;
    forEachRow(db,
               QStringLiteral("SELECT * FROM %1 WHERE plan_id = ? ORDER BY %2")
                   .arg(table, QLatin1String(order)),
               planId, [&](const Row& row) { items.append(from(row)); });
    return items;
}

std::optional<PlanVersion> versionFrom(const Row& row) {
    const auto snapshot = PlanJson::fromBytes(row.text("snapshot").toUtf8());
    if (!snapshot)
        return std::nullopt;
    return PlanVersion{row.text("id"),         row.text("plan_id"), row.value("version").toInt(),
                       row.text("meeting_id"), snapshot.value(),    row.text("agreed_by"),
                       row.moment("agreed_at")};
}

} // namespace

std::optional<Plan> PlanStore::load(const QString& planId) const {
    const QSqlDatabase db = m_database.connection();
    std::optional<Plan> found;
    forEachRow(db, QStringLiteral("SELECT * FROM plan WHERE id = ?"), planId,
               [&](const Row& row) { found = planFrom(row); });
    if (!found)
        return found;
    found->needs = itemsOf(db, rows::kNeed, planId, &rows::needFrom);
    found->outcomes = itemsOf(db, rows::kOutcome, planId, &rows::outcomeFrom);
    found->actions = itemsOf(db, rows::kAction, planId, &rows::actionFrom);
    found->childViews = itemsOf(db, rows::kChildView, planId, &rows::childViewFrom, "rowid");
    found->confidence = itemsOf(db, rows::kConfidence, planId, &rows::confidenceFrom);
    if (!found->childViews.isEmpty()) {
        const auto people = consent::FamilyPeople::load(db, found->familyId);
        for (ChildView& view : found->childViews) {
            if (const Person* child = people.person(view.childId))
                view.childName = child->fullName();
        }
    }
    return found;
}

std::optional<Plan> PlanStore::current(const QString& familyId) const {
    QString planId;
    forEachRow(m_database.connection(),
               QStringLiteral("SELECT id FROM plan WHERE family_id = ? "
                              "ORDER BY created_at DESC, rowid DESC LIMIT 1"),
               familyId, [&](const Row& row) { planId = row.text("id"); });
    if (planId.isEmpty())
        return std::nullopt;
    return load(planId);
}

QList<PlanVersion> PlanStore::versions(const QString& planId) const {
    QList<PlanVersion> list;
    forEachRow(m_database.connection(),
               QStringLiteral("SELECT * FROM plan_version WHERE plan_id = ? ORDER BY version"),
               planId, [&](const Row& row) {
                   if (auto version = versionFrom(row))
                       list.append(std::move(*version));
               });
    return list;
}

std::optional<PlanVersion> PlanStore::loadVersion(const QString& versionId) const {
    std::optional<PlanVersion> found;
    forEachRow(m_database.connection(), QStringLiteral("SELECT * FROM plan_version WHERE id = ?"),
               versionId, [&](const Row& row) { found = versionFrom(row); });
    return found;
}

QList<PlanChange> PlanStore::changesSinceAgreed(const QString& planId) const {
    const auto now = load(planId);
    if (!now)
        return {};
    const QList<PlanVersion> agreed = versions(planId);
    return PlanDiff::between(agreed.isEmpty() ? Plan() : agreed.last().plan, *now);
}

QList<PlanChange> PlanStore::changesBetween(const QString& fromVersionId,
                                            const QString& toVersionId) const {
    const auto from = loadVersion(fromVersionId);
    const auto to = loadVersion(toVersionId);
    if (!from || !to)
        return {};
    return PlanDiff::between(from->plan, to->plan);
}

} // namespace kith::plan
