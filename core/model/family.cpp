#include "model/family.h"

namespace kith {

QString contactKindCode(ContactDetail::Kind kind) {
    return kind == ContactDetail::Kind::Email ? QStringLiteral("email") : QStringLiteral("phone");
}

std::optional<ContactDetail::Kind> contactKindFromCode(const QString& code) {
    if (code == QLatin1String("phone"))
        return ContactDetail::Kind::Phone;
    if (code == QLatin1String("email"))
        return ContactDetail::Kind::Email;
    return std::nullopt;
}

const Person* FamilyRecord::person(const QString& id) const {
    for (const Person& candidate : people) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

std::optional<Address> FamilyRecord::currentAddress() const {
    for (const Address& address : addresses) {
        if (address.isCurrent())
            return address;
    }
    return std::nullopt;
}

std::optional<LeadProfessionalAssignment> FamilyRecord::currentLead() const {
    for (const LeadProfessionalAssignment& assignment : leadHistory) {
        if (assignment.isCurrent())
            return assignment;
    }
    return std::nullopt;
}

QString FamilyRecord::displayNameOf(const Person& subject) const {
    const Person* mother = subject.motherId.isEmpty() ? nullptr : person(subject.motherId);
    return subject.displayName(mother ? mother->fullName() : QString());
}

} // namespace kith
