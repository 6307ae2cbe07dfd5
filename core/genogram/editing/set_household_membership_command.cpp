#include "genogram/editing/set_household_membership_command.h"

#include "util/ids.h"

namespace kith::genogram {

SetHouseholdMembershipCommand::SetHouseholdMembershipCommand(GenogramDocument* document,
                                                             const QString& personId, bool member,
                                                             const QString& householdId)
    : EditCommand(document, member ? tr("Add to the household") : tr("Take out of the household")) {
    const Genogram& genogram = document->genogram();
    if (!genogram.person(personId)) {
        refuse(tr("That person is no longer on the genogram."));
        return;
    }
    const Household* home = nullptr;
    if (!householdId.isEmpty())
        home = document->household(householdId);
    else if (!genogram.households.isEmpty())
        home = &genogram.households.first();

    if (!home) {
        if (!householdId.isEmpty() || !member) {
            refuse(tr("That household is no longer on the genogram."));
            return;
        }
        Household made;
        made.id = newId();
        made.label = tr("Household");
        made.members = {personId};
        m_edit.insert(std::move(made));
        return;
    }
    if (home->members.contains(personId) == member) {
        refuse(member ? tr("They already live in this household.")
                      : tr("They are not in this household."));
        return;
    }
    Household changed = *home;
    if (member)
        changed.members.append(personId);
    else
        changed.members.removeAll(personId);
    m_edit.replace(*home, changed);
}

} // namespace kith::genogram
