#include "genogram/editing/add_partner_command.h"

#include "genogram/editing/add_person_command.h"
#include "util/ids.h"

namespace kith::genogram {

AddPartnerCommand::AddPartnerCommand(GenogramDocument* document, const QString& personId,
                                     Person partner, UnionKind kind)
    : EditCommand(document, tr("Add a partner")) {
    if (!document->genogram().person(personId)) {
        refuse(tr("Choose the person to add a partner to first."));
        return;
    }
    partner = withId(std::move(partner));
    m_partnerId = partner.id;
    Union couple;
    couple.id = newId();
    couple.partnerA = personId;
    couple.partnerB = partner.id;
    couple.kind = kind;
    m_unionId = couple.id;
    m_edit.insert(std::move(partner));
    m_edit.insert(std::move(couple));
}

} // namespace kith::genogram
