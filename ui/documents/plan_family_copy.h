#pragma once

// The family copy of the whole-family plan (`kithctl plan export --format pdf`): in plain
// words, what the family needs help with, what will be different, and who does what by
// when, with the family's and the children's views and what happens if nothing changes.
// Only what the reader may see is printed: confidential items never, and items whose
// subject (the outcome heading's consent categories, the person it is about) the family's
// consent keeps from the reader are left out (CopySharing); a note says so in general terms.
//
//   documents::CopySharing sharing(family, reader);
//   const auto copy = PlanFamilyCopy::build(database, plan, sharing);
//   copy.value().document.writePdf(path); sharing.log(consentStore, PlanFamilyCopy::purpose());

#include "documents/copy_sharing.h"
#include "documents/family_copy_document.h"
#include "plan/plan_model.h"
#include "store/database.h"

namespace kith::documents {

struct PlanCopy {
    FamilyCopyDocument document;
    int confidentialLeftOut = 0; // items marked confidential (never printed)
};

class PlanFamilyCopy {
    Q_DECLARE_TR_FUNCTIONS(kith::documents::PlanFamilyCopy)

public:
    // Fails only when the plan's family is not there.
    static Result<PlanCopy> build(Database& database, const plan::Plan& plan, CopySharing& sharing);
    // Why the copy is shared, for the sharing-decision log.
    static QString purpose();
};

} // namespace kith::documents
