#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Adds someone on their own (a grandparent, a friend who matters). A person with no id
// gets a new one.
class AddPersonCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::AddPersonCommand)

public:
    AddPersonCommand(GenogramDocument* document, Person person);
    const QString& personId() const { return m_personId; }

private:
    QString m_personId;
};

// The person as given, with a new id when it had none.
Person withId(Person person);

} // namespace kith::genogram
