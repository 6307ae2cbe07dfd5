#include "registration/registration_document.h"

namespace kith::registration {

QString RegistrationDocument::keyOf(int index) const {
    if (index < 0 || index >= members.size())
        return {};
    const QString& key = members.at(index).key;
    return key.isEmpty() ? QStringLiteral("#%1").arg(index) : key;
}

int RegistrationDocument::indexOfKey(const QString& key) const {
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < members.size(); ++i) {
        if (keyOf(i) == key)
            return i;
    }
    return -1;
}

bool RegistrationDocument::isEmpty() const {
    return familyName.isEmpty() && members.isEmpty() && addresses.isEmpty() && phones.isEmpty() &&
           emails.isEmpty() && howHeard.isEmpty() && howHeardDetail.isEmpty();
}

bool isChildRole(const QString& role) {
    return role == QLatin1String("child") || role == QLatin1String("young_person");
}

} // namespace kith::registration
