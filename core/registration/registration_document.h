#pragma once

#include <QList>
#include <QString>

// The About my Family form as the family and the clerk fill it in. Everything is kept
// as typed (dates and numbers too), so that a half-finished or mistyped form can be
// saved as a draft and shown again exactly; checkRegistration() turns it into a family.
namespace kith::registration {

struct RelationshipEntry {
    QString toChild;      // the key of a child (or unborn baby) in the same document
    QString relationship; // a code from relationshipCodes()
};

struct MemberEntry {
    QString key;  // how other entries refer to this member; see RegistrationDocument::keyOf
    QString role; // child, young_person, parent, carer, other_significant
    QString givenName;
    QString familyName;
    QString preferredName;
    QString dateOfBirth; // as typed: 2019-03-04 or 04/03/2019
    bool unborn = false;
    QString expectedDeliveryDate;
    QString carriedBy; // for an unborn baby: the key of the member carrying the baby
    QString gender;    // female, male, other, not_known
    QString nhsNumber;
    bool inHousehold = true; // false for important people outside the household
    QString language;
    bool interpreterNeeded = false;
    QString ethnicity;
    QString gp;
    QString school;
    QString send;
    QString disability;
    QList<RelationshipEntry> relationships;
};

struct AddressEntry {
    QString line1;
    QString line2;
    QString town;
    QString postcode;
    QString fromDate; // when the family moved in; optional
    QString toDate;   // only for a previous address
};

struct PhoneEntry {
    QString number;
    QString label;  // mobile, home, work, other
    QString member; // whose number (a member key); empty for the household's
    bool preferred = false;
};

struct EmailEntry {
    QString address;
    QString label;
    QString member;
    bool preferred = false;
};

struct RegistrationDocument {
    QString familyName; // "Khan family"; made from the first family name when empty
    QList<MemberEntry> members;
    QList<AddressEntry> addresses;
    QList<PhoneEntry> phones;
    QList<EmailEntry> emails;
    QString howHeard; // a code from howHeardCodes()
    QString howHeardDetail;

    // A member's key: the one it was given, or "#<index>" when it has none.
    QString keyOf(int index) const;
    // The index of the member with `key`, or -1.
    int indexOfKey(const QString& key) const;
    bool isEmpty() const;
};

bool isChildRole(const QString& role);

} // namespace kith::registration
