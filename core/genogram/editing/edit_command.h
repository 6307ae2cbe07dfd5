#pragma once

#include "genogram/editing/genogram_document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kith::genogram {

// Ids that let QUndoStack merge a run of commands into one undo step.
enum class MergeId { MovePeople = 1, ChangeRecord = 2 };

// The base of every genogram command: an edit worked out when the command is made, run
// forwards on redo and backwards on undo. A command that cannot apply (the person is
// gone, the child already has two parents) marks itself obsolete, so QUndoStack::push
// drops it; reason() says why in words for the user.
class EditCommand : public QUndoCommand {
public:
    EditCommand(GenogramDocument* document, const QString& text);

    void redo() override;
    void undo() override;

    bool canApply() const { return !isObsolete(); }
    const QString& reason() const { return m_reason; }

protected:
    void refuse(const QString& reason);

    GenogramDocument* m_document;
    GenogramEdit m_edit;
    QString m_reason;
};

// Everything that ties `personId` to others: their couple relationships, child links,
// emotional relationships and household places, as steps that remove or loosen them.
// Shared by "remove person" and tested through it.
GenogramEdit unlinkPerson(const Genogram& genogram, const QString& personId);

} // namespace kith::genogram
