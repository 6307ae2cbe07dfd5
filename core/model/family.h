#pragma once

#include "model/person.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace kith {

// A household: the unit that Early Help works with.
struct Family {
    QString id;
    QString name; // how the family is known, e.g. "Khan family"
    QDateTime createdAt;
    QDateTime updatedAt;
    QString howHeard;       // how the family heard of the hub: a code (registration_codes.h)
    QString howHeardDetail; // in words, e.g. which school or which website
};

struct Address {
    QString id;
    QString familyId;
    QString line1;
    QString line2;
    QString town;
    QString postcode; // normalised, e.g. "TQ1 4AB"
    QDate fromDate;
    QDate toDate; // empty while the family still lives there
    bool isCurrent() const { return !toDate.isValid(); }
};

// A phone number or email address. A family can have several of each.
struct ContactDetail {
    enum class Kind { Phone, Email };
    QString id;
    QString familyId;
    QString personId; // empty when it belongs to the household
    Kind kind = Kind::Phone;
    QString label; // "mobile", "home", "work"
    QString value;
    bool preferred = false;
};

QString contactKindCode(ContactDetail::Kind kind);
std::optional<ContactDetail::Kind> contactKindFromCode(const QString& code);

// A service that works with families: health visiting, a school, housing, a charity.
struct Agency {
    QString id;
    QString name;
    QString kind; // "health", "education", "housing", "early_years", "voluntary", ...
    QString phone;
    QString email;
};

struct Professional {
    QString id;
    QString agencyId;
    QString name;
    QString jobTitle;
    QString phone;
    QString email;
};

// Who else is working with the family (or with one person in it).
struct Involvement {
    QString id;
    QString familyId;
    QString agencyId;
    QString professionalId; // empty when only the agency is known
    QString personId;       // empty when the work is with the whole family
    QString purpose;
    QDate startedOn;
    QDate endedOn;
    bool isActive() const { return !endedOn.isValid(); }
};

// One period in which a professional was the family's lead professional. The
// history is kept: appointing a new lead ends the current period.
struct LeadProfessionalAssignment {
    QString id;
    QString familyId;
    QString professionalId;
    QDate startedOn;
    QDate endedOn;
    QString reason;
    bool agreedWithFamily = false;
    QString recordedBy;
    QDateTime recordedAt;
    bool isCurrent() const { return !endedOn.isValid(); }
};

// How one member of the family is related to one child (About my Family). The genogram
// draws the family from these. `relationship` is a code from registration_codes.h.
struct RelationshipToChild {
    QString id;
    QString familyId;
    QString personId;
    QString childId;
    QString relationship; // "mother", "step_father", "grandmother", "half_sister"...
};

// A family with everything the family view shows.
struct FamilyRecord {
    Family family;
    QList<Person> people;
    QList<PersonName> otherNames;
    QList<Address> addresses;
    QList<ContactDetail> contacts;
    QList<Involvement> involvements;
    QList<LeadProfessionalAssignment> leadHistory; // oldest first
    QList<RelationshipToChild> relationships;

    const Person* person(const QString& id) const;
    std::optional<Address> currentAddress() const;
    std::optional<LeadProfessionalAssignment> currentLead() const;
    // Display name with "Unborn baby of <mother>" resolved from the household.
    QString displayNameOf(const Person& person) const;
};

} // namespace kith
