#include "genogram/editing/add_relationship_command.h"

#include "util/ids.h"

namespace kith::genogram {

AddRelationshipCommand::AddRelationshipCommand(GenogramDocument* document, const QString& from,
                                               const QString& to, Bond bond)
    : EditCommand(document, tr("Draw a relationship")) {
    const Genogram& genogram = document->genogram();
    if (!genogram.person(from) || !genogram.person(to)) {
        refuse(tr("A relationship joins two people on the genogram: drag from one to another."));
        return;
    }
    if (from == to) {
        refuse(tr("A relationship joins two different people: drag to someone else."));
        return;
    }
    Relationship line;
    line.id = newId();
    line.from = from;
    line.to = to;
    line.bond = bond;
    m_relationshipId = line.id;
    m_edit.insert(std::move(line));
}

} // namespace kith::genogram
