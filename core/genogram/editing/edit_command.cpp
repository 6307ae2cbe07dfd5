#include "genogram/editing/edit_command.h"

namespace kith::genogram {

EditCommand::EditCommand(GenogramDocument* document, const QString& text)
    : QUndoCommand(text)
    , m_document(document) {}

void EditCommand::redo() {
    if (!isObsolete())
        m_document->apply(m_edit, GenogramDocument::Direction::Forward);
}

void EditCommand::undo() {
    if (!isObsolete())
        m_document->apply(m_edit, GenogramDocument::Direction::Backward);
}

void EditCommand::refuse(const QString& reason) {
    m_reason = reason;
    setObsolete(true);
}

GenogramEdit unlinkPerson(const Genogram& genogram, const QString& personId) {
    GenogramEdit edit;
    for (const Relationship& line : genogram.relationships) {
        if (line.from == personId || line.to == personId)
            edit.remove(line);
    }
    for (const Union& couple : genogram.unions) {
        if (couple.partnerA == personId || couple.partnerB == personId)
            edit.remove(couple);
    }
    for (const ChildLink& link : genogram.children) {
        if (link.childId == personId) {
            edit.remove(link);
            continue;
        }
        if (link.parentA != personId && link.parentB != personId)
            continue;
        ChildLink loosened = link;
        if (loosened.parentA == personId)
            loosened.parentA.clear();
        if (loosened.parentB == personId)
            loosened.parentB.clear();
        // A child with no parent left on the genogram has no link to draw.
        if (loosened.parentA.isEmpty() && loosened.parentB.isEmpty())
            edit.remove(link);
        else
            edit.replace(link, loosened);
    }
    for (const Household& home : genogram.households) {
        if (!home.members.contains(personId))
            continue;
        Household smaller = home;
        smaller.members.removeAll(personId);
        edit.replace(home, smaller);
    }
    return edit;
}

} // namespace kith::genogram
