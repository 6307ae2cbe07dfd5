#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Draws an emotional relationship line between two people. For directed bonds (abuse,
// neglect, caring for) `from` is the one who does it.
class AddRelationshipCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::AddRelationshipCommand)

public:
    AddRelationshipCommand(GenogramDocument* document, const QString& from, const QString& to,
                           Bond bond);
    const QString& relationshipId() const { return m_relationshipId; }

private:
    QString m_relationshipId;
};

} // namespace kith::genogram
