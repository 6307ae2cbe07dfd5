#include "store/entity_fields.h"

#include "store/sql_support.h"

namespace kith::store {
namespace {

using sql::fromDate;
using sql::fromDateTime;
using sql::fromText;

QString text(const Row& row, const char* column) {
    return row.value(column).toString();
}
QDate date(const Row& row, const char* column) {
    return sql::toDate(row.value(column));
}
bool flag(const Row& row, const char* column) {
    return row.value(column).toInt() != 0;
}

} // namespace

QVariant Row::value(const char* column) const {
    if (m_record)
        return m_record->value(QLatin1String(column));
    const qsizetype index = m_columns->indexOf(QLatin1String(column));
    return index < 0 ? QVariant() : m_query->value(static_cast<int>(index));
}

QStringList columnNames(const QSqlQuery& query) {
    const QSqlRecord record = query.record();
    QStringList names;
    names.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

QVariantMap fieldsOf(const Family& family) {
    return {{QStringLiteral("id"), family.id},
            {QStringLiteral("name"), family.name},
            {QStringLiteral("created_at"), fromDateTime(family.createdAt)},
            {QStringLiteral("updated_at"), fromDateTime(family.updatedAt)}};
}

QVariantMap fieldsOf(const Person& person) {
    return {{QStringLiteral("id"), person.id},
            {QStringLiteral("family_id"), person.familyId},
            {QStringLiteral("role"), roleCode(person.role)},
            {QStringLiteral("given_name"), fromText(person.givenName)},
            {QStringLiteral("family_name"), fromText(person.familyName)},
            {QStringLiteral("preferred_name"), fromText(person.preferredName)},
            {QStringLiteral("date_of_birth"), fromDate(person.dateOfBirth)},
            {QStringLiteral("unborn"), person.unborn ? 1 : 0},
            {QStringLiteral("expected_delivery_date"), fromDate(person.expectedDeliveryDate)},
            {QStringLiteral("mother_id"), fromText(person.motherId)},
            {QStringLiteral("gender"), genderCode(person.gender)},
            {QStringLiteral("nhs_number"), fromText(person.nhsNumber)},
            {QStringLiteral("relationship"), fromText(person.relationshipToFamily)},
            {QStringLiteral("in_household"), person.inHousehold ? 1 : 0}};
}

QVariantMap fieldsOf(const PersonName& name) {
    return {{QStringLiteral("id"), name.id},
            {QStringLiteral("person_id"), name.personId},
            {QStringLiteral("kind"), nameKindCode(name.kind)},
            {QStringLiteral("given_name"), fromText(name.givenName)},
            {QStringLiteral("family_name"), fromText(name.familyName)}};
}

QVariantMap fieldsOf(const Address& address) {
    return {{QStringLiteral("id"), address.id},
            {QStringLiteral("family_id"), address.familyId},
            {QStringLiteral("line1"), fromText(address.line1)},
            {QStringLiteral("line2"), fromText(address.line2)},
            {QStringLiteral("town"), fromText(address.town)},
            {QStringLiteral("postcode"), fromText(address.postcode)},
            {QStringLiteral("from_date"), fromDate(address.fromDate)},
            {QStringLiteral("to_date"), fromDate(address.toDate)}};
}

QVariantMap fieldsOf(const ContactDetail& contact) {
    return {{QStringLiteral("id"), contact.id},
            {QStringLiteral("family_id"), contact.familyId},
            {QStringLiteral("person_id"), fromText(contact.personId)},
            {QStringLiteral("kind"), contactKindCode(contact.kind)},
            {QStringLiteral("label"), fromText(contact.label)},
            {QStringLiteral("value"), contact.value},
            {QStringLiteral("preferred"), contact.preferred ? 1 : 0}};
}

QVariantMap fieldsOf(const Agency& agency) {
    return {{QStringLiteral("id"), agency.id},
            {QStringLiteral("name"), agency.name},
            {QStringLiteral("kind"), agency.kind},
            {QStringLiteral("phone"), fromText(agency.phone)},
            {QStringLiteral("email"), fromText(agency.email)}};
}

QVariantMap fieldsOf(const Professional& professional) {
    return {{QStringLiteral("id"), professional.id},
            {QStringLiteral("agency_id"), fromText(professional.agencyId)},
            {QStringLiteral("name"), professional.name},
            {QStringLiteral("job_title"), fromText(professional.jobTitle)},
            {QStringLiteral("phone"), fromText(professional.phone)},
            {QStringLiteral("email"), fromText(professional.email)}};
}

QVariantMap fieldsOf(const Involvement& involvement) {
    return {{QStringLiteral("id"), involvement.id},
            {QStringLiteral("family_id"), involvement.familyId},
            {QStringLiteral("agency_id"), fromText(involvement.agencyId)},
            {QStringLiteral("professional_id"), fromText(involvement.professionalId)},
            {QStringLiteral("person_id"), fromText(involvement.personId)},
            {QStringLiteral("purpose"), fromText(involvement.purpose)},
            {QStringLiteral("started_on"), fromDate(involvement.startedOn)},
            {QStringLiteral("ended_on"), fromDate(involvement.endedOn)}};
}

QVariantMap fieldsOf(const LeadProfessionalAssignment& assignment) {
    return {{QStringLiteral("id"), assignment.id},
            {QStringLiteral("family_id"), assignment.familyId},
            {QStringLiteral("professional_id"), assignment.professionalId},
            {QStringLiteral("started_on"), fromDate(assignment.startedOn)},
            {QStringLiteral("ended_on"), fromDate(assignment.endedOn)},
            {QStringLiteral("reason"), fromText(assignment.reason)},
            {QStringLiteral("agreed_with_family"), assignment.agreedWithFamily ? 1 : 0},
            {QStringLiteral("recorded_by"), assignment.recordedBy},
            {QStringLiteral("recorded_at"), fromDateTime(assignment.recordedAt)}};
}

Family familyFrom(const Row& row) {
    return {text(row, "id"), text(row, "name"), sql::toDateTime(row.value("created_at")),
            sql::toDateTime(row.value("updated_at"))};
}

Person personFrom(const Row& row) {
    Person person;
    person.id = text(row, "id");
    person.familyId = text(row, "family_id");
    person.role = roleFromCode(text(row, "role")).value_or(PersonRole::OtherSignificant);
    person.givenName = text(row, "given_name");
    person.familyName = text(row, "family_name");
    person.preferredName = text(row, "preferred_name");
    person.dateOfBirth = date(row, "date_of_birth");
    person.unborn = flag(row, "unborn");
    person.expectedDeliveryDate = date(row, "expected_delivery_date");
    person.motherId = text(row, "mother_id");
    person.gender = genderFromCode(text(row, "gender")).value_or(Gender::NotKnown);
    person.nhsNumber = text(row, "nhs_number");
    person.relationshipToFamily = text(row, "relationship");
    person.inHousehold = flag(row, "in_household");
    return person;
}

PersonName personNameFrom(const Row& row) {
    return {text(row, "id"), text(row, "person_id"),
            nameKindFromCode(text(row, "kind")).value_or(PersonName::Kind::Alias),
            text(row, "given_name"), text(row, "family_name")};
}

Address addressFrom(const Row& row) {
    return {text(row, "id"),        text(row, "family_id"), text(row, "line1"),
            text(row, "line2"),     text(row, "town"),      text(row, "postcode"),
            date(row, "from_date"), date(row, "to_date")};
}

ContactDetail contactFrom(const Row& row) {
    return {text(row, "id"),
            text(row, "family_id"),
            text(row, "person_id"),
            contactKindFromCode(text(row, "kind")).value_or(ContactDetail::Kind::Phone),
            text(row, "label"),
            text(row, "value"),
            flag(row, "preferred")};
}

Agency agencyFrom(const Row& row) {
    return {text(row, "id"), text(row, "name"), text(row, "kind"), text(row, "phone"),
            text(row, "email")};
}

Professional professionalFrom(const Row& row) {
    return {text(row, "id"),        text(row, "agency_id"), text(row, "name"),
            text(row, "job_title"), text(row, "phone"),     text(row, "email")};
}

Involvement involvementFrom(const Row& row) {
    return {text(row, "id"),         text(row, "family_id"),
            text(row, "agency_id"),  text(row, "professional_id"),
            text(row, "person_id"),  text(row, "purpose"),
            date(row, "started_on"), date(row, "ended_on")};
}

LeadProfessionalAssignment leadAssignmentFrom(const Row& row) {
    LeadProfessionalAssignment assignment;
    assignment.id = text(row, "id");
    assignment.familyId = text(row, "family_id");
    assignment.professionalId = text(row, "professional_id");
    assignment.startedOn = date(row, "started_on");
    assignment.endedOn = date(row, "ended_on");
    assignment.reason = text(row, "reason");
    assignment.agreedWithFamily = flag(row, "agreed_with_family");
    assignment.recordedBy = text(row, "recorded_by");
    assignment.recordedAt = sql::toDateTime(row.value("recorded_at"));
    return assignment;
}

QVariantMap changedFields(const QVariantMap& before, const QVariantMap& after) {
    QVariantMap changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.isNull() != it.value().isNull() || old != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

} // namespace kith::store
