#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Adds a new person as a parent of someone on the genogram: fills the empty parent place
// of their child link, or makes the link when they have none.
class AddParentCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::AddParentCommand)

public:
    AddParentCommand(GenogramDocument* document, const QString& childId, Person parent);
    const QString& parentId() const { return m_parentId; }

private:
    QString m_parentId;
};

} // namespace kith::genogram
