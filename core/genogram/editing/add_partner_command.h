#pragma once

#include "genogram/editing/edit_command.h"

namespace kith::genogram {

// Adds a new person as the partner of someone already on the genogram, with the couple
// relationship between them. A person may have several partners over time.
class AddPartnerCommand : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::AddPartnerCommand)

public:
    AddPartnerCommand(GenogramDocument* document, const QString& personId, Person partner,
                      UnionKind kind = UnionKind::Married);
    const QString& partnerId() const { return m_partnerId; }
    const QString& unionId() const { return m_unionId; }

private:
    QString m_partnerId;
    QString m_unionId;
};

} // namespace kith::genogram
