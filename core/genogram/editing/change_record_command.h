#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// The generic "change a value" command: replaces one record with an edited copy (a
// person's year of birth, a couple's kind, a line's bond). Edits of the same field of the
// same record in a row, such as typing a note, merge into one undo step when they carry
// the same `field` key (any number the caller picks; -1 never merges).
class ChangeRecordCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::ChangeRecordCommand)

public:
    ChangeRecordCommand(GenogramDocument* document, const Person& changed, int field = -1);
    ChangeRecordCommand(GenogramDocument* document, const Union& changed, int field = -1);
    ChangeRecordCommand(GenogramDocument* document, const ChildLink& changed, int field = -1);
    ChangeRecordCommand(GenogramDocument* document, const Relationship& changed, int field = -1);
    ChangeRecordCommand(GenogramDocument* document, const Household& changed, int field = -1);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    template <typename T>
    void replaceWith(const T* current, const T& changed);

    QString m_recordId;
    int m_field = -1;
};

} // namespace kith::genogram
