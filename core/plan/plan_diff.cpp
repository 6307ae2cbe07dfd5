#include "plan/plan_diff.h"

#include <QHash>

namespace kith::plan {
namespace {

// An item's fields as a person reads them: (field label, readable value), in order.
using Fields = QList<std::pair<QString, QString>>;

QString yesNo(bool value) {
    return value ? PlanDiff::tr("Yes") : PlanDiff::tr("No");
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Fields fieldsOf(const PlanNeed& need) {
    return {{PlanDiff::tr("Need"), need.text},
            {PlanDiff::tr("Confidential"), yesNo(need.confidential)}};
}

Fields fieldsOf(const PlanOutcome& outcome) {
    return {{PlanDiff::tr("Heading"), PlanLabels::heading(outcome.heading)},
            {PlanDiff::tr("Outcome"), outcome.text},
            {PlanDiff::tr("Confidential"), yesNo(outcome.confidential)}};
}

Fields fieldsOf(const PlanAction& action) {
    return {{PlanDiff::tr("What"), action.what},
            {PlanDiff::tr("Who"), action.owner.name},
            {PlanDiff::tr("By when"), dateText(action.dueOn)},
            {PlanDiff::tr("How we will know"), action.howWeWillKnow},
            {PlanDiff::tr("Support given"), action.support},
            {PlanDiff::tr("Status"), PlanLabels::actionStatus(action.status)},
            {PlanDiff::tr("Confidential"), yesNo(action.confidential)}};
}

Fields fieldsOf(const ChildView& view) {
    return {{PlanDiff::tr("Their views"), view.words},
            {PlanDiff::tr("At the meeting"), yesNo(view.present)},
            {PlanDiff::tr("How their views were gathered"), view.howGathered},
            {PlanDiff::tr("Confidential"), yesNo(view.confidential)}};
}

Fields fieldsOf(const ConfidenceScore& score) {
    return {{PlanDiff::tr("Score"), QString::number(score.score)}};
}

bool isConfidential(const PlanNeed& item) {
    return item.confidential;
}
bool isConfidential(const PlanOutcome& item) {
    return item.confidential;
}
bool isConfidential(const PlanAction& item) {
    return item.confidential;
}
bool isConfidential(const ChildView& item) {
    return item.confidential;
}
bool isConfidential(const ConfidenceScore&) {
    return false;
}

QString keyOf(const ChildView& view) {
    return view.childId; // one entry per child, whatever its row id
}
template <typename Item>
QString keyOf(const Item& item) {
    return item.id;
}

QString summary(const Fields& fields) {
    QStringList parts;
    for (const auto& [label, value] : fields) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(label, value);
    }
    return parts.join(QStringLiteral("; "));
}

// Items matched by key: changed fields in the later order, added ones where they are, then
// the removed ones.
template <typename Item, typename Label>
void compare(const QList<Item>& before, const QList<Item>& after, ItemKind kind, Label label,
             QList<PlanChange>& into) {
    QHash<QString, const Item*> earlier;
    for (const Item& item : before)
        earlier.insert(keyOf(item), &item);
    QSet<QString> seen;
    for (const Item& item : after) {
        const QString key = keyOf(item);
        seen.insert(key);
        const Item* old = earlier.value(key);
        if (!old) {
            into.append({ChangeKind::Added,
                         kind,
                         item.id,
                         label(item),
                         {},
                         {},
                         summary(fieldsOf(item)),
                         isConfidential(item)});
            continue;
        }
        const Fields was = fieldsOf(*old);
        const Fields now = fieldsOf(item);
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (was.at(i).second != now.at(i).second)
                into.append({ChangeKind::Changed, kind, item.id, label(item), now.at(i).first,
                             was.at(i).second, now.at(i).second,
                             isConfidential(*old) || isConfidential(item)});
        }
    }
    for (const Item& item : before) {
        if (!seen.contains(keyOf(item)))
            into.append({ChangeKind::Removed,
                         kind,
                         item.id,
                         label(item),
                         {},
                         summary(fieldsOf(item)),
                         {},
                         isConfidential(item)});
    }
}

void compareText(const QString& before, const QString& after, ItemKind kind, const QString& label,
                 QList<PlanChange>& into) {
    if (before == after)
        return;
    const ChangeKind change = before.isEmpty()  ? ChangeKind::Added
                              : after.isEmpty() ? ChangeKind::Removed
                                                : ChangeKind::Changed;
    into.append({change, kind, {}, label, {}, before, after, false});
}

} // namespace

QString changeKindCode(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString itemKindCode(ItemKind kind) {
    switch (kind) {
    case ItemKind::Need:
        return QStringLiteral("need");
    case ItemKind::Outcome:
        return QStringLiteral("outcome");
    case ItemKind::Action:
        return QStringLiteral("action");
    case ItemKind::FamilyViews:
        return QStringLiteral("family_views");
    case ItemKind::ChildView:
        return QStringLiteral("child_view");
    case ItemKind::Confidence:
        return QStringLiteral("confidence");
    case ItemKind::IfNothingChanges:
        return QStringLiteral("if_nothing_changes");
    }
    return {};
}

QList<PlanChange> PlanDiff::between(const Plan& before, const Plan& after) {
    QList<PlanChange> changes;
    compare(
        before.needs, after.needs, ItemKind::Need,
        [](const PlanNeed& n) { return tr("Need: %1").arg(n.text); }, changes);
    compare(
        before.outcomes, after.outcomes, ItemKind::Outcome,
        [](const PlanOutcome& o) { return tr("Outcome: %1").arg(o.text); }, changes);
    compare(
        before.actions, after.actions, ItemKind::Action,
        [](const PlanAction& a) { return tr("Action: %1").arg(a.what); }, changes);
    compareText(before.familyViews, after.familyViews, ItemKind::FamilyViews,
                tr("The family's views"), changes);
    compare(
        before.childViews, after.childViews, ItemKind::ChildView,
        [](const ChildView& v) { return tr("%1's views").arg(v.childName); }, changes);
    compare(
        before.confidence, after.confidence, ItemKind::Confidence,
        [](const ConfidenceScore& s) { return tr("How confident: %1").arg(s.byName); }, changes);
    compareText(before.ifNothingChanges, after.ifNothingChanges, ItemKind::IfNothingChanges,
                tr("What happens if nothing changes"), changes);
    return changes;
}

} // namespace kith::plan
