#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Removes one line: an emotional relationship, a couple relationship or a child's link to
// their parents. The people stay.
class RemoveLineCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::RemoveLineCommand)

public:
    RemoveLineCommand(GenogramDocument* document, RecordKind kind, const QString& id);
};

} // namespace kith::genogram
