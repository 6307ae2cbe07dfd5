#pragma once

#include "registration/registration_check.h"
#include "registration/registration_document.h"

#include <QCoreApplication>

namespace kith {
class FamilyStore;
}

namespace kith::registration {

struct RegistrationOutcome {
    QString familyId;             // set when the family was stored
    QList<FieldProblem> problems; // what to put right; nothing was stored
    QString storeError;           // the store refused (a bug or a full disk); nothing stored
    bool isRegistered() const { return !familyId.isEmpty(); }
};

// Turns a checked About my Family document into a stored family: every person,
// relationship, address and contact in one transaction with its change-log entries and
// audit event, or nothing at all.
class Registrar {
    Q_DECLARE_TR_FUNCTIONS(kith::registration::Registrar)

public:
    // `draftId`, when given, is the draft the document came from; it goes once the
    // family is stored.
    static RegistrationOutcome registerFamily(FamilyStore& store,
                                              const RegistrationDocument& document,
                                              const QString& draftId = {});
};

} // namespace kith::registration
