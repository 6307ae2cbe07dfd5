#pragma once

#include "model/family.h"
#include "registration/registration_document.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kith::registration {

// One thing to put right: where (a path into the document, like "members[2].nhs_number")
// and what, in words that name the field and say the fix.
struct FieldProblem {
    QString field;
    QString message;
    bool operator==(const FieldProblem& other) const {
        return field == other.field && message == other.message;
    }
};

struct RegistrationCheck {
    QList<FieldProblem> problems;
    // The family to store, with ids for every person; complete only when there are no
    // problems.
    FamilyRecord record;

    bool isValid() const { return problems.isEmpty(); }
    // The messages for one field path, for showing next to that field.
    QStringList messagesFor(const QString& field) const;
};

// Checks a whole About my Family document against the rules a clerk can trust, and
// builds the family from it. Pure: no store, no clock but `today`.
class RegistrationChecker {
    Q_DECLARE_TR_FUNCTIONS(kith::registration::RegistrationChecker)

public:
    static RegistrationCheck check(const RegistrationDocument& document, const QDate& today);
};

} // namespace kith::registration
