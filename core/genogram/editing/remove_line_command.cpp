#include "genogram/editing/remove_line_command.h"

namespace kith::genogram {

RemoveLineCommand::RemoveLineCommand(GenogramDocument* document, RecordKind kind, const QString& id)
    : EditCommand(document, tr("Remove a line")) {
    bool found = false;
    switch (kind) {
    case RecordKind::Relationship:
        if (const Relationship* line = document->relationship(id)) {
            m_edit.remove(*line);
            found = true;
        }
        break;
    case RecordKind::Union:
        if (const Union* couple = document->unionOf(id)) {
            m_edit.remove(*couple);
            found = true;
        }
        break;
    case RecordKind::ChildLink:
        if (const ChildLink* link = document->childLink(id)) {
            m_edit.remove(*link);
            found = true;
        }
        break;
    case RecordKind::Person:
    case RecordKind::Household:
        break;
    }
    if (!found)
        refuse(tr("Choose a line to remove first."));
}

} // namespace kith::genogram
