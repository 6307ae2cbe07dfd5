#include "genogram/editing/pin_person_command.h"

namespace kith::genogram {

PinPersonCommand::PinPersonCommand(GenogramDocument* document, const QString& personId,
                                   std::optional<QPointF> at)
    : EditCommand(document, at ? tr("Pin in place") : tr("Let the layout place")) {
    const Person* person = document->genogram().person(personId);
    if (!person) {
        refuse(tr("That person is no longer on the genogram."));
        return;
    }
    Person changed = *person;
    changed.pinnedAt = at;
    m_edit.replace(*person, changed);
}

} // namespace kith::genogram
