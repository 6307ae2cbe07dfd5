#include "model/person.h"

#include "util/code_table.h"

namespace kith {
namespace {

constexpr std::array<std::pair<PersonRole, const char*>, 5> kRoleCodes{{
    {PersonRole::Child, "child"},
    {PersonRole::YoungPerson, "young_person"},
    {PersonRole::Parent, "parent"},
    {PersonRole::Carer, "carer"},
    {PersonRole::OtherSignificant, "other_significant"},
}};

constexpr std::array<std::pair<Gender, const char*>, 4> kGenderCodes{{
    {Gender::Female, "female"},
    {Gender::Male, "male"},
    {Gender::Other, "other"},
    {Gender::NotKnown, "not_known"},
}};

constexpr std::array<std::pair<PersonName::Kind, const char*>, 2> kNameKindCodes{{
    {PersonName::Kind::Former, "former"},
    {PersonName::Kind::Alias, "alias"},
}};

} // namespace

QString roleCode(PersonRole role) {
    return codeOf(kRoleCodes, role);
}
std::optional<PersonRole> roleFromCode(const QString& code) {
    return valueOf(kRoleCodes, code);
}
QString genderCode(Gender gender) {
    return codeOf(kGenderCodes, gender);
}
std::optional<Gender> genderFromCode(const QString& code) {
    return valueOf(kGenderCodes, code);
}
QString nameKindCode(PersonName::Kind kind) {
    return codeOf(kNameKindCodes, kind);
}
std::optional<PersonName::Kind> nameKindFromCode(const QString& code) {
    return valueOf(kNameKindCodes, code);
}

QString roleLabel(PersonRole role) {
    switch (role) {
    case PersonRole::Child:
        return QCoreApplication::translate("kith::Person", "Child");
    case PersonRole::YoungPerson:
        return QCoreApplication::translate("kith::Person", "Young person");
    case PersonRole::Parent:
        return QCoreApplication::translate("kith::Person", "Parent");
    case PersonRole::Carer:
        return QCoreApplication::translate("kith::Person", "Carer");
    case PersonRole::OtherSignificant:
        return QCoreApplication::translate("kith::Person", "Other significant person");
    }
    return {};
}

QString genderLabel(Gender gender) {
    switch (gender) {
    case Gender::Female:
        return QCoreApplication::translate("kith::Person", "Female");
    case Gender::Male:
        return QCoreApplication::translate("kith::Person", "Male");
    case Gender::Other:
        return QCoreApplication::translate("kith::Person", "Other");
    case Gender::NotKnown:
        return QCoreApplication::translate("kith::Person", "Not known");
    }
    return {};
}

QString Person::fullName() const {
    const QString given = preferredName.isEmpty() ? givenName : preferredName;
    return QStringList{given, familyName}.join(QLatin1Char(' ')).trimmed();
}

QString Person::displayName(const QString& motherName) const {
    if (unborn && givenName.isEmpty()) {
        if (motherName.isEmpty())
            return QCoreApplication::translate("kith::Person", "Unborn baby");
        return QCoreApplication::translate("kith::Person", "Unborn baby of %1").arg(motherName);
    }
    return fullName();
}

int Person::ageOn(const QDate& on) const {
    if (unborn || !dateOfBirth.isValid() || !on.isValid() || on < dateOfBirth)
        return -1;
    int years = on.year() - dateOfBirth.year();
    if (on.month() < dateOfBirth.month() ||
        (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day()))
        --years;
    return years;
}

} // namespace kith
