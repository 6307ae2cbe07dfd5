#include "genogram/editing/move_people_command.h"

#include <algorithm>

namespace kith::genogram {

MovePeopleCommand::MovePeopleCommand(GenogramDocument* document,
                                     const QHash<QString, QPointF>& positions, int dragId)
    : EditCommand(document, tr("Move people"))
    , m_dragId(dragId) {
    // In id order, so two moves of the same people line up step by step when they merge.
    QStringList ids = positions.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString& id : std::as_const(ids)) {
        const Person* person = document->genogram().person(id);
        if (!person)
            continue;
        Person moved = *person;
        moved.pinnedAt = positions.value(id);
        m_edit.replace(*person, moved);
    }
    if (m_edit.isEmpty())
        refuse(tr("Choose the people to move first."));
}

bool MovePeopleCommand::mergeWith(const QUndoCommand* other) {
    const auto* later = dynamic_cast<const MovePeopleCommand*>(other);
    return later && later->m_dragId == m_dragId && m_edit.absorb(later->m_edit);
}

} // namespace kith::genogram
