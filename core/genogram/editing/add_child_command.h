#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Adds a new person as the child of one or two people already on the genogram.
class AddChildCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::AddChildCommand)

public:
    // `parentB` may be empty (the other parent is not on the genogram).
    AddChildCommand(GenogramDocument* document, const QString& parentA, const QString& parentB,
                    Person child, ChildKind kind = ChildKind::Biological);
    const QString& childId() const { return m_childId; }
    const QString& linkId() const { return m_linkId; }

    // The partner in `personId`'s most recent couple relationship, or empty: the usual
    // other parent when a child is added from one person.
    static QString latestPartnerOf(const Genogram& genogram, const QString& personId);

private:
    QString m_childId;
    QString m_linkId;
};

} // namespace kith::genogram
