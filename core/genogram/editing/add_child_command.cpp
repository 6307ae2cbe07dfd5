#include "genogram/editing/add_child_command.h"

#include "genogram/editing/add_person_command.h"
#include "util/ids.h"

namespace kith::genogram {

AddChildCommand::AddChildCommand(GenogramDocument* document, const QString& parentA,
                                 const QString& parentB, Person child, ChildKind kind)
    : EditCommand(document, tr("Add a child")) {
    const Genogram& genogram = document->genogram();
    if (!genogram.person(parentA) || (!parentB.isEmpty() && !genogram.person(parentB))) {
        refuse(tr("Choose the parent to add a child to first."));
        return;
    }
    child = withId(std::move(child));
    m_childId = child.id;
    ChildLink link;
    link.id = newId();
    link.childId = child.id;
    link.parentA = parentA;
    link.parentB = parentB;
    link.kind = kind;
    m_linkId = link.id;
    m_edit.insert(std::move(child));
    m_edit.insert(std::move(link));
}

QString AddChildCommand::latestPartnerOf(const Genogram& genogram, const QString& personId) {
    // Later relationships are later in the list unless years say otherwise.
    QString partner;
    int latestYear = -1;
    for (const Union& couple : genogram.unions) {
        if (couple.partnerA != personId && couple.partnerB != personId)
            continue;
        if (couple.startYear >= latestYear || couple.startYear == 0) {
            latestYear = std::max(latestYear, couple.startYear);
            partner = couple.partnerA == personId ? couple.partnerB : couple.partnerA;
        }
    }
    return partner;
}

} // namespace kith::genogram
