#include "registration/registrar.h"

#include "registration/registration_drafts.h"
#include "store/family_store.h"

namespace kith::registration {

RegistrationOutcome Registrar::registerFamily(FamilyStore& store,
                                              const RegistrationDocument& document,
                                              const QString& draftId) {
    RegistrationOutcome outcome;
    const Database& database = store.database();
    RegistrationCheck checked = RegistrationChecker::check(document, database.clock().today());
    if (!checked.isValid()) {
        outcome.problems = checked.problems;
        return outcome;
    }
    const Result<QString> stored = store.createFamily(std::move(checked.record));
    if (!stored) {
        outcome.storeError = stored.error();
        return outcome;
    }
    outcome.familyId = stored.value();
    // The family is stored; if its draft cannot go, the worst is a draft offered again.
    if (!draftId.isEmpty())
        DraftStore(database).discard(draftId);
    return outcome;
}

} // namespace kith::registration
