#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Pins a person where they are (layout will not move them) or, with no position, lets
// layout place them again.
class PinPersonCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::PinPersonCommand)

public:
    PinPersonCommand(GenogramDocument* document, const QString& personId,
                     std::optional<QPointF> at);
};

} // namespace kith::genogram
