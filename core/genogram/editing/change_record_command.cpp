#include "genogram/editing/change_record_command.h"

namespace kith::genogram {

template <typename T>
void ChangeRecordCommand::replaceWith(const T* current, const T& changed) {
    m_recordId = changed.id;
    if (!current) {
        refuse(tr("That is no longer on the genogram."));
        return;
    }
    m_edit.replace(*current, changed);
}

ChangeRecordCommand::ChangeRecordCommand(GenogramDocument* document, const Person& changed,
                                         int field)
    : EditCommand(document, tr("Change details of a person"))
    , m_field(field) {
    replaceWith(document->genogram().person(changed.id), changed);
}

ChangeRecordCommand::ChangeRecordCommand(GenogramDocument* document, const Union& changed,
                                         int field)
    : EditCommand(document, tr("Change a couple relationship"))
    , m_field(field) {
    replaceWith(document->unionOf(changed.id), changed);
}

ChangeRecordCommand::ChangeRecordCommand(GenogramDocument* document, const ChildLink& changed,
                                         int field)
    : EditCommand(document, tr("Change a child's link to their parents"))
    , m_field(field) {
    replaceWith(document->childLink(changed.id), changed);
}

ChangeRecordCommand::ChangeRecordCommand(GenogramDocument* document, const Relationship& changed,
                                         int field)
    : EditCommand(document, tr("Change a relationship"))
    , m_field(field) {
    replaceWith(document->relationship(changed.id), changed);
}

ChangeRecordCommand::ChangeRecordCommand(GenogramDocument* document, const Household& changed,
                                         int field)
    : EditCommand(document, tr("Change a household"))
    , m_field(field) {
    replaceWith(document->household(changed.id), changed);
}

int ChangeRecordCommand::id() const {
    return m_field < 0 ? -1 : static_cast<int>(MergeId::ChangeRecord);
}

bool ChangeRecordCommand::mergeWith(const QUndoCommand* other) {
    const auto* later = dynamic_cast<const ChangeRecordCommand*>(other);
    if (!later || later->m_field != m_field || later->m_recordId != m_recordId)
        return false;
    return m_edit.absorb(later->m_edit);
}

} // namespace kith::genogram
