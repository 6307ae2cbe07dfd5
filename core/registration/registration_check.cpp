#include "registration/registration_check.h"

#include "registration/field_checks.h"
#include "registration/registration_codes.h"
#include "util/ids.h"

#include <QHash>
#include <QSet>

namespace kith::registration {
namespace {

using C = RegistrationChecker;

QString at(const char* list, int index) {
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

QString field(const QString& path, const char* name) {
    return path + u'.' + QLatin1String(name);
}

// Walks the document once, collecting problems and building the family as it goes.
class Checker {
public:
    Checker(const RegistrationDocument& document, const QDate& today)
        : m_doc(document)
        , m_today(today) {}

    RegistrationCheck run() {
        checkMembers();
        checkAddresses();
        checkPhones();
        checkEmails();
        checkFamily();
        return std::move(m_result);
    }

private:
    void problem(const QString& path, const QString& message) {
        m_result.problems.append({path, message});
    }
    template <typename T>
    std::optional<T> take(const QString& path, const Result<T>& checked) {
        if (checked)
            return checked.value();
        problem(path, checked.error());
        return std::nullopt;
    }
    // How a member is named in a message: their given name, or what they are.
    QString nameOf(int index) const {
        const MemberEntry& member = m_doc.members.at(index);
        if (!member.givenName.trimmed().isEmpty())
            return member.givenName.trimmed();
        return member.unborn ? C::tr("the unborn baby") : C::tr("person %1").arg(index + 1);
    }
    bool isChild(int index) const {
        const MemberEntry& member = m_doc.members.at(index);
        return member.unborn || isChildRole(member.role);
    }
    // The member a reference names, or -1 with a problem recorded at `path`.
    int member(const QString& path, const QString& key) {
        const int index = m_doc.indexOfKey(key);
        if (index < 0)
            problem(path, C::tr("This refers to someone who is not in the list of people in "
                                "the family. Choose one of the people listed."));
        return index;
    }

    void checkMembers();
    Person checkMember(int index);
    void checkRelationships(int index);
    void checkAddresses();
    void checkPhones();
    void checkEmails();
    void checkFamily();
    void code(const QString& path, const QString& value, const QList<CodeLabel>& codes,
              const QString& what);

    const RegistrationDocument& m_doc;
    const QDate m_today;
    RegistrationCheck m_result;
    QStringList m_ids; // the new person id of each member
};

void Checker::code(const QString& path, const QString& value, const QList<CodeLabel>& codes,
                   const QString& what) {
    if (!value.isEmpty() && !isKnownCode(codes, value))
        problem(
            path,
            C::tr("Kith does not know this %1. Choose one of: %2.").arg(what, codeListText(codes)));
}

void Checker::checkMembers() {
    if (m_doc.members.isEmpty()) {
        problem(QStringLiteral("members"),
                C::tr("Add the people in the family: at least one child or unborn baby."));
        return;
    }
    for (int i = 0; i < m_doc.members.size(); ++i)
        m_ids.append(newId());
    bool anyChild = false;
    QSet<QString> keys;
    QHash<QString, int> nhsNumbers;
    for (int i = 0; i < m_doc.members.size(); ++i) {
        const QString path = at("members", i);
        const QString key = m_doc.keyOf(i);
        if (keys.contains(key))
            problem(field(path, "key"), C::tr("Two people have the same key. Give each person "
                                              "a different key."));
        keys.insert(key);
        anyChild = anyChild || isChild(i);
        Person person = checkMember(i);
        if (!person.nhsNumber.isEmpty()) {
            if (nhsNumbers.contains(person.nhsNumber))
                problem(field(path, "nhs_number"),
                        C::tr("%1 has the same NHS number as %2. Each person has their own: "
                              "check both.")
                            .arg(nameOf(i), nameOf(nhsNumbers.value(person.nhsNumber))));
            nhsNumbers.insert(person.nhsNumber, i);
        }
        m_result.record.people.append(person);
    }
    if (!anyChild)
        problem(QStringLiteral("members"),
                C::tr("Add at least one child, young person or unborn baby: Early Help "
                      "registers families with children."));
    for (int i = 0; i < m_doc.members.size(); ++i)
        checkRelationships(i);
}

Person Checker::checkMember(int index) {
    const MemberEntry& entry = m_doc.members.at(index);
    const QString path = at("members", index);
    Person person;
    person.id = m_ids.at(index);
    person.givenName = entry.givenName.trimmed();
    person.familyName = entry.familyName.trimmed();
    person.preferredName = entry.preferredName.trimmed();
    person.unborn = entry.unborn;
    person.inHousehold = entry.inHousehold;

    QString role = entry.role.trimmed();
    if (role.isEmpty() && entry.unborn)
        role = QStringLiteral("child");
    if (role.isEmpty()) {
        problem(field(path, "role"), C::tr("Choose %1's role in the family: child, young person, "
                                           "parent, carer or other important person.")
                                         .arg(nameOf(index)));
    } else if (const auto known = roleFromCode(role)) {
        person.role = *known;
        if (entry.unborn && role != QLatin1String("child"))
            problem(field(path, "role"), C::tr("An unborn baby's role is child."));
    } else {
        problem(field(path, "role"),
                C::tr("Kith does not know this role. Choose one of: child, young_person, parent, "
                      "carer, other_significant."));
    }
    const QString gender = entry.gender.trimmed();
    if (const auto known = genderFromCode(gender.isEmpty() ? QStringLiteral("not_known") : gender))
        person.gender = *known;
    else
        problem(field(path, "gender"),
                C::tr("Kith does not know this gender. Choose one of: female, male, other, "
                      "not_known."));

    if (!entry.unborn) {
        if (person.givenName.isEmpty())
            problem(field(path, "given_name"), C::tr("Enter the person's given (first) name."));
        if (person.familyName.isEmpty())
            problem(field(path, "family_name"),
                    C::tr("Enter %1's family name (surname).").arg(nameOf(index)));
    }
    const QString born = entry.dateOfBirth.trimmed();
    const QString due = entry.expectedDeliveryDate.trimmed();
    if (entry.unborn) {
        if (!born.isEmpty())
            problem(field(path, "date_of_birth"),
                    C::tr("An unborn baby has no date of birth yet. Clear the date of birth, or "
                          "untick \"unborn baby\" if the baby has been born."));
        if (due.isEmpty())
            problem(field(path, "expected_delivery_date"),
                    C::tr("Enter the unborn baby's expected date of delivery."));
        else if (auto date = take(field(path, "expected_delivery_date"),
                                  FieldChecks::expectedDelivery(due, m_today)))
            person.expectedDeliveryDate = *date;
        if (!entry.nhsNumber.trimmed().isEmpty())
            problem(field(path, "nhs_number"),
                    C::tr("An unborn baby has no NHS number yet. Clear the NHS number."));
        if (!entry.carriedBy.isEmpty()) {
            const int mother = member(field(path, "carried_by"), entry.carriedBy);
            if (mother == index || (mother >= 0 && m_doc.members.at(mother).unborn))
                problem(field(path, "carried_by"),
                        C::tr("Choose the person carrying the baby from the people already "
                              "born."));
            else if (mother >= 0)
                person.motherId = m_ids.at(mother);
        }
        person.relationshipToFamily = QStringLiteral("unborn baby");
    } else {
        if (!born.isEmpty()) {
            if (auto date =
                    take(field(path, "date_of_birth"), FieldChecks::dateOfBirth(born, m_today)))
                person.dateOfBirth = *date;
        } else if (isChildRole(role)) {
            problem(field(path, "date_of_birth"),
                    C::tr("Enter %1's date of birth. For a baby not yet born, tick \"unborn "
                          "baby\" instead.")
                        .arg(nameOf(index)));
        }
        if (!due.isEmpty())
            problem(field(path, "expected_delivery_date"),
                    C::tr("Only an unborn baby has an expected date of delivery. Clear it, or "
                          "tick \"unborn baby\"."));
        if (!entry.carriedBy.isEmpty())
            problem(field(path, "carried_by"),
                    C::tr("Only an unborn baby is carried by someone. Clear this, or tick "
                          "\"unborn baby\"."));
        if (!entry.nhsNumber.trimmed().isEmpty()) {
            if (auto number =
                    take(field(path, "nhs_number"), FieldChecks::nhsNumber(entry.nhsNumber)))
                person.nhsNumber = *number;
        }
    }

    person.language = entry.language.trimmed();
    person.interpreterNeeded = entry.interpreterNeeded;
    if (entry.interpreterNeeded && person.language.isEmpty())
        problem(field(path, "language"),
                C::tr("Say which language %1 needs an interpreter for.").arg(nameOf(index)));
    person.ethnicity = entry.ethnicity.trimmed();
    code(field(path, "ethnicity"), person.ethnicity, ethnicityCodes(), C::tr("ethnicity"));
    person.send = entry.send.trimmed();
    code(field(path, "send"), person.send, sendCodes(),
         C::tr("kind of special educational needs support"));
    person.gpPractice = entry.gp.trimmed();
    person.school = entry.school.trimmed();
    person.disability = entry.disability.trimmed();
    return person;
}

void Checker::checkRelationships(int index) {
    const MemberEntry& entry = m_doc.members.at(index);
    const QString path = at("members", index);
    QSet<int> related;
    for (int j = 0; j < entry.relationships.size(); ++j) {
        const RelationshipEntry& relationship = entry.relationships.at(j);
        const QString here = path + QStringLiteral(".relationships[%1]").arg(j);
        const int child = member(field(here, "to_child"), relationship.toChild);
        if (child == index) {
            problem(field(here, "to_child"),
                    C::tr("A person cannot be related to themselves. Choose a different child."));
            continue;
        }
        if (child >= 0 && !isChild(child)) {
            problem(field(here, "to_child"),
                    C::tr("%1 is not a child or young person. Relationships are recorded to "
                          "each child; choose one of the children.")
                        .arg(nameOf(child)));
            continue;
        }
        if (child >= 0 && related.contains(child))
            problem(field(here, "to_child"),
                    C::tr("%1's relationship to %2 is given twice. Keep one.")
                        .arg(nameOf(index), nameOf(child)));
        if (relationship.relationship.isEmpty())
            problem(field(here, "relationship"),
                    C::tr("Choose how %1 is related to this child.").arg(nameOf(index)));
        else
            code(field(here, "relationship"), relationship.relationship, relationshipCodes(),
                 C::tr("relationship"));
        if (child < 0 || related.contains(child))
            continue;
        related.insert(child);
        m_result.record.relationships.append(
            {{}, {}, m_ids.at(index), m_ids.at(child), relationship.relationship});
        if (m_result.record.people.at(index).relationshipToFamily.isEmpty())
            m_result.record.people[index].relationshipToFamily =
                labelOf(relationshipCodes(), relationship.relationship).toLower();
    }
    // Parents and carers at home say how they are related to every child: the genogram and
    // parental responsibility depend on it.
    const bool caring =
        entry.role == QLatin1String("parent") || entry.role == QLatin1String("carer");
    if (!caring || entry.unborn || !entry.inHousehold)
        return;
    for (int child = 0; child < m_doc.members.size(); ++child) {
        if (child != index && isChild(child) && !related.contains(child))
            problem(field(path, "relationships"),
                    C::tr("Say how %1 is related to %2.").arg(nameOf(index), nameOf(child)));
    }
}

void Checker::checkAddresses() {
    int current = 0;
    for (int i = 0; i < m_doc.addresses.size(); ++i) {
        const AddressEntry& entry = m_doc.addresses.at(i);
        const QString path = at("addresses", i);
        Address address;
        address.line1 = entry.line1.trimmed();
        address.line2 = entry.line2.trimmed();
        address.town = entry.town.trimmed();
        if (address.line1.isEmpty())
            problem(field(path, "line1"),
                    C::tr("Enter the first line of the address (house and street)."));
        if (entry.postcode.trimmed().isEmpty())
            problem(field(path, "postcode"), C::tr("Enter the postcode of the address."));
        else if (auto postcode =
                     take(field(path, "postcode"), FieldChecks::postcode(entry.postcode)))
            address.postcode = *postcode;
        auto date = [&](const QString& text, const char* name) {
            if (text.trimmed().isEmpty())
                return QDate();
            const auto parsed = FieldChecks::parseDate(text);
            if (!parsed || *parsed > m_today) {
                problem(field(path, name),
                        C::tr("Enter a date up to today, as day/month/year (like 01/05/2021)."));
                return QDate();
            }
            return *parsed;
        };
        address.fromDate = date(entry.fromDate, "from_date");
        address.toDate = date(entry.toDate, "to_date");
        if (address.fromDate.isValid() && address.toDate.isValid() &&
            address.toDate < address.fromDate)
            problem(field(path, "to_date"),
                    C::tr("The family left this address before they moved in. Check both dates."));
        if (entry.toDate.trimmed().isEmpty() && ++current == 2)
            problem(field(path, "to_date"),
                    C::tr("Only one address can be the family's address now. Give the date they "
                          "left the earlier one."));
        m_result.record.addresses.append(address);
    }
}

void Checker::checkPhones() {
    for (int i = 0; i < m_doc.phones.size(); ++i) {
        const PhoneEntry& entry = m_doc.phones.at(i);
        const QString path = at("phones", i);
        ContactDetail contact;
        contact.kind = ContactDetail::Kind::Phone;
        contact.label = entry.label.trimmed();
        contact.preferred = entry.preferred;
        code(field(path, "label"), contact.label, phoneLabels(), C::tr("kind of phone number"));
        if (auto number = take(field(path, "number"), FieldChecks::phone(entry.number)))
            contact.value = *number;
        if (!entry.member.isEmpty()) {
            if (const int owner = member(field(path, "member"), entry.member); owner >= 0)
                contact.personId = m_ids.value(owner);
        }
        m_result.record.contacts.append(contact);
    }
}

void Checker::checkEmails() {
    for (int i = 0; i < m_doc.emails.size(); ++i) {
        const EmailEntry& entry = m_doc.emails.at(i);
        const QString path = at("emails", i);
        ContactDetail contact;
        contact.kind = ContactDetail::Kind::Email;
        contact.label = entry.label.trimmed();
        contact.preferred = entry.preferred;
        if (entry.address.trimmed().isEmpty())
            problem(field(path, "address"),
                    C::tr("Enter the email address, or remove this email line."));
        else if (auto address = take(field(path, "address"), FieldChecks::email(entry.address)))
            contact.value = *address;
        if (!entry.member.isEmpty()) {
            if (const int owner = member(field(path, "member"), entry.member); owner >= 0)
                contact.personId = m_ids.value(owner);
        }
        m_result.record.contacts.append(contact);
    }
}

void Checker::checkFamily() {
    Family& family = m_result.record.family;
    family.name = m_doc.familyName.trimmed();
    if (family.name.isEmpty()) {
        // The family is known by the surname of its first adult, else its first surname.
        QString surname;
        for (const bool adultsOnly : {true, false}) {
            for (const MemberEntry& member : m_doc.members) {
                const bool adult = !member.unborn && !isChildRole(member.role);
                if (surname.isEmpty() && (adult || !adultsOnly))
                    surname = member.familyName.trimmed();
            }
        }
        if (!surname.isEmpty())
            family.name = C::tr("%1 family").arg(surname);
        else if (!m_doc.members.isEmpty())
            problem(QStringLiteral("family_name"),
                    C::tr("Enter the name the family is known by, like \"Khan family\"."));
    }
    family.howHeard = m_doc.howHeard.trimmed();
    family.howHeardDetail = m_doc.howHeardDetail.trimmed();
    code(QStringLiteral("how_heard"), family.howHeard, howHeardCodes(),
         C::tr("answer to how the family heard of the hub"));
}

} // namespace

QStringList RegistrationCheck::messagesFor(const QString& field) const {
    QStringList messages;
    for (const FieldProblem& problem : problems) {
        if (problem.field == field)
            messages.append(problem.message);
    }
    return messages;
}

RegistrationCheck RegistrationChecker::check(const RegistrationDocument& document,
                                             const QDate& today) {
    return Checker(document, today).run();
}

} // namespace kith::registration
