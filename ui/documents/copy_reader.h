#pragma once

// Who a printed copy is for (`kithctl ... --for WHO`): the family's parents and carers by
// default, one member of the family, one of the hub's agencies, or a professional. What the
// copy may show is decided for this reader (CopySharing).

#include "consent/consent_rules.h"
#include "util/result.h"

#include <QCoreApplication>

namespace kith::documents {

struct CopyReader {
    consent::Audience audience{consent::AudienceKind::ParentsAndCarers, {}};
    QString name; // "the parents and carers", "Family Lives", "Sam Lee"

    // The family reading its own copy: nothing is logged as shared outside the family.
    bool isFamily() const {
        return audience.kind == consent::AudienceKind::ParentsAndCarers ||
               audience.kind == consent::AudienceKind::Person;
    }
};

class CopyReaders {
    Q_DECLARE_TR_FUNCTIONS(kith::documents::CopyReaders)

public:
    // Empty text: the parents and carers. Otherwise "person:ID" (a member of the family),
    // "agency:KEY" (a hub agency, by key or name) or "professional:ID". A failure says which
    // part is wrong and how to write it.
    static Result<CopyReader> parse(const QString& text, const consent::FamilySharing& family,
                                    const consent::HubAgencies& agencies, const QSqlDatabase& db);
};

} // namespace kith::documents
