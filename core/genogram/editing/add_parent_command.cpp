#include "genogram/editing/add_parent_command.h"

#include "genogram/editing/add_person_command.h"
#include "util/ids.h"

namespace kith::genogram {

AddParentCommand::AddParentCommand(GenogramDocument* document, const QString& childId,
                                   Person parent)
    : EditCommand(document, tr("Add a parent")) {
    const Genogram& genogram = document->genogram();
    if (!genogram.person(childId)) {
        refuse(tr("Choose the person to add a parent to first."));
        return;
    }
    const ChildLink* existing = nullptr;
    for (const ChildLink& link : genogram.children) {
        if (link.childId == childId) {
            existing = &link;
            break;
        }
    }
    if (existing && !existing->parentA.isEmpty() && !existing->parentB.isEmpty()) {
        refuse(tr("This person already has two parents on the genogram. To show a step or "
                  "foster parent, add them as the partner of a parent."));
        return;
    }
    parent = withId(std::move(parent));
    m_parentId = parent.id;
    m_edit.insert(parent);
    if (existing) {
        ChildLink filled = *existing;
        (filled.parentA.isEmpty() ? filled.parentA : filled.parentB) = parent.id;
        m_edit.replace(*existing, filled);
    } else {
        ChildLink link;
        link.id = newId();
        link.childId = childId;
        link.parentA = parent.id;
        m_edit.insert(std::move(link));
    }
}

} // namespace kith::genogram
