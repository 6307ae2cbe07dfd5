#include "genogram/editing/add_person_command.h"

#include "util/ids.h"

namespace kith::genogram {

Person withId(Person person) {
    if (person.id.isEmpty())
        person.id = newId();
    return person;
}

AddPersonCommand::AddPersonCommand(GenogramDocument* document, Person person)
    : EditCommand(document, tr("Add a person")) {
    person = withId(std::move(person));
    m_personId = person.id;
    m_edit.insert(std::move(person));
}

} // namespace kith::genogram
