#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Puts a person inside a household boundary or takes them out. With no household named,
// the genogram's first household is used, and one is made when there is none.
class SetHouseholdMembershipCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::SetHouseholdMembershipCommand)

public:
    SetHouseholdMembershipCommand(GenogramDocument* document, const QString& personId, bool member,
                                  const QString& householdId = {});
};

} // namespace kith::genogram
