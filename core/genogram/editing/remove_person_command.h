#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Takes a person off the genogram with every line to them; undo puts all of it back.
class RemovePersonCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::RemovePersonCommand)

public:
    RemovePersonCommand(GenogramDocument* document, const QString& personId);
};

} // namespace kith::genogram
