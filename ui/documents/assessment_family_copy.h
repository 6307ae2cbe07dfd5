#pragma once

// The family copy of an Early Help Assessment (`kithctl assessment export --format pdf`):
// every section in the form's order with its heading, the plain-language questions and the
// family's answers (one entry per child, scores as "4 out of 10 (1 = ..., 10 = ...)"), the
// family members, the genogram picture, the status and due date, the family's agreement,
// the sign-off steps in plain words and who contributed. Only what the reader may see is
// printed (CopySharing); a note at the top says, in general terms, when something is not.
//
//   const consent::FamilySharing family = rules.forFamily(familyId);
//   documents::CopySharing sharing(family, reader);     // reader: CopyReaders::parse
//   const auto copy = AssessmentFamilyCopy::build(database, store, assessment, sharing);
//   copy.value().writePdf(path); sharing.log(consentStore, purpose);

#include "assessment/assessment_store.h"
#include "documents/copy_sharing.h"
#include "documents/family_copy_document.h"

namespace kith::documents {

class AssessmentFamilyCopy {
    Q_DECLARE_TR_FUNCTIONS(kith::documents::AssessmentFamilyCopy)

public:
    // Fails only when the assessment's form cannot be opened or its family is not there.
    static Result<FamilyCopyDocument> build(Database& database,
                                            const assessment::AssessmentStore& store,
                                            const assessment::Assessment& assessment,
                                            CopySharing& sharing);
    // Why the copy is shared, for the sharing-decision log.
    static QString purpose();
};

} // namespace kith::documents
