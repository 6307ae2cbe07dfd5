#include "genogram/editing/remove_person_command.h"

namespace kith::genogram {

RemovePersonCommand::RemovePersonCommand(GenogramDocument* document, const QString& personId)
    : EditCommand(document, tr("Remove a person")) {
    const Person* person = document->genogram().person(personId);
    if (!person) {
        refuse(tr("That person is no longer on the genogram."));
        return;
    }
    // Lines first, the person last: undo brings the person back before their lines.
    m_edit = unlinkPerson(document->genogram(), personId);
    m_edit.remove(*person);
}

} // namespace kith::genogram
