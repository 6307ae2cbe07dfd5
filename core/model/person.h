#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kith {

enum class PersonRole { Child, YoungPerson, Parent, Carer, OtherSignificant };
enum class Gender { Female, Male, Other, NotKnown };

QString roleCode(PersonRole role);
std::optional<PersonRole> roleFromCode(const QString& code);
QString roleLabel(PersonRole role);
QString genderCode(Gender gender);
std::optional<Gender> genderFromCode(const QString& code);
QString genderLabel(Gender gender);

// A child, young person, parent, carer or other significant person in a family.
// An unborn baby is a person with `unborn` set and an expected date of delivery.
struct Person {
    QString id;
    QString familyId;
    PersonRole role = PersonRole::Child;
    QString givenName;
    QString familyName;
    QString preferredName;
    QDate dateOfBirth;
    bool unborn = false;
    QDate expectedDeliveryDate;
    QString motherId; // for an unborn baby: the person carrying the baby
    Gender gender = Gender::NotKnown;
    QString nhsNumber;            // ten digits, no spaces
    QString relationshipToFamily; // e.g. "mother", "grandmother", "family friend"
    bool inHousehold = true;
    // About my Family details (schema 5); empty when not recorded. Codes are listed in
    // registration/registration_codes.h.
    QString language; // preferred language in words: "Polish", "British Sign Language"
    bool interpreterNeeded = false;
    QString ethnicity;  // ONS 2021 category code, e.g. "asian_pakistani"
    QString gpPractice; // the GP practice the person is registered with
    QString school;     // school, college or early years setting
    QString send;       // special educational needs support: none, sen_support, ehcp...
    QString disability; // any disability, in the family's own words

    // "Amira Khan", or "Unborn baby of Amira Khan" when the baby has no name yet.
    QString displayName(const QString& motherName = {}) const;
    QString fullName() const;
    // Whole years on `on`; -1 when unborn or the date of birth is unknown.
    int ageOn(const QDate& on) const;
};

// A former name or an alias, so that a person can be found by any name they have used.
struct PersonName {
    enum class Kind { Former, Alias };
    QString id;
    QString personId;
    Kind kind = Kind::Former;
    QString givenName;
    QString familyName;
};

QString nameKindCode(PersonName::Kind kind);
std::optional<PersonName::Kind> nameKindFromCode(const QString& code);

} // namespace kith
