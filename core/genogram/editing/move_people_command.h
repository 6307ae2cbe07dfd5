#pragma once

#include "genogram/editing/edit_command.h"

#include <QHash>

namespace kith::genogram {

// Puts people where they were dragged and pins them there, so layout leaves them alone.
// Every small move of one drag carries the same `dragId` and merges into one undo step.
class MovePeopleCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::MovePeopleCommand)

public:
    MovePeopleCommand(GenogramDocument* document, const QHash<QString, QPointF>& positions,
                      int dragId);

    int id() const override { return static_cast<int>(MergeId::MovePeople); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_dragId;
};

} // namespace kith::genogram
