#include "documents/plan_family_copy.h"

#include "plan/rag.h"
#include "projection/plan_subject.h"
#include "store/family_store.h"

#include <functional>

namespace kith::documents {
namespace {

using namespace plan;

// Whether an item may be printed for the reader: never when confidential; otherwise only
// when consent allows every kind of information it is about.
class Gate {
public:
    Gate(const Plan& plan, CopySharing& sharing)
        : m_plan(plan)
        , m_sharing(sharing) {}

    template <typename Item>
    bool shows(const Item& item) {
        if (item.confidential) {
            ++confidential;
            return false;
        }
        bool allowed = true;
        for (const consent::Information& what : projection::subjectOf(m_plan, item))
            allowed = m_sharing.mayShow(consent::categoryCode(what.category), what.aboutPersonId) &&
                      allowed;
        return allowed;
    }

    // A child's views are about that child: any restriction about them keeps them out.
    bool shows(const ChildView& view) {
        if (view.confidential) {
            ++confidential;
            return false;
        }
        return m_sharing.mayShow({}, view.childId);
    }

    int confidential = 0;

private:
    const Plan& m_plan;
    CopySharing& m_sharing;
};

QString byWhen(const PlanAction& action) {
    return action.dueOn.isValid() ? FamilyCopyDocument::dateText(action.dueOn) : QString();
}

} // namespace

QString PlanFamilyCopy::purpose() {
    return tr("A printed copy of the family's plan");
}

Result<PlanCopy> PlanFamilyCopy::build(Database& database, const Plan& plan, CopySharing& sharing) {
    const auto record = FamilyStore(database).loadFamily(plan.familyId);
    if (!record)
        return Result<PlanCopy>::fail(tr("There is no family with that id."));
    PlanCopy copy{FamilyCopyDocument(tr("Our family plan")), 0};
    FamilyCopyDocument& doc = copy.document;
    doc.setFamily(record->family.name);
    doc.setPrinted(database.clock().today(), sharing.reader().name);
    Gate gate(plan, sharing);
    const QDate today = database.clock().today();
    // Decide everything first: the note at the top says what was left out.
    QList<std::function<void()>> parts;
    if (!sharing.nothingMayBeShown()) {
        parts << [&doc, &plan] {
            doc.addParagraph(
                plan.version > 0
                    ? tr("This is version %1 of your plan, agreed at a meeting.").arg(plan.version)
                    : tr("This plan has not been agreed at a meeting yet."));
        };
        for (const PlanNeed& need : plan.needs) {
            if (!gate.shows(need))
                continue;
            parts << [&doc, need] {
                doc.addHeading(need.text);
            };
            for (const PlanOutcome& outcome : plan.outcomes) {
                if (outcome.needId != need.id || !gate.shows(outcome))
                    continue;
                parts << [&doc, outcome] {
                    doc.addSubheading(PlanLabels::heading(outcome.heading));
                    doc.addAnswer(tr("What will be different"), outcome.text);
                };
                QList<QStringList> rows;
                for (const PlanAction& action : plan.actionsOf(outcome.id)) {
                    if (gate.shows(action))
                        rows << QStringList{
                            action.what, action.owner.name, byWhen(action), action.howWeWillKnow,
                            PlanLabels::actionStatus(action.status) + QStringLiteral(" (") +
                                RagLabels::title(ragOf(action, today)) + QStringLiteral(")")};
                }
                if (!rows.isEmpty())
                    parts << [&doc, rows] {
                        doc.addTable({tr("What we will do"), tr("Who"), tr("By when"),
                                      tr("How we will know"), tr("How it is going")},
                                     rows);
                    };
            }
        }
        if (!plan.familyViews.isEmpty())
            parts << [&doc, &plan] {
                doc.addAnswer(tr("What the family says"), plan.familyViews);
            };
        for (const ChildView& view : plan.childViews) {
            if (!gate.shows(view))
                continue;
            parts << [&doc, view] {
                doc.addAnswer(tr("What %1 says").arg(view.childName), view.words);
            };
        }
        if (!plan.ifNothingChanges.isEmpty())
            parts << [&doc, &plan] {
                doc.addAnswer(tr("What happens if nothing changes"), plan.ifNothingChanges);
            };
    }
    copy.confidentialLeftOut = gate.confidential;
    if (const QString note = sharing.note(); !note.isEmpty())
        doc.addNote(note);
    for (const auto& part : parts)
        part();
    return Result<PlanCopy>::ok(std::move(copy));
}

} // namespace kith::documents
