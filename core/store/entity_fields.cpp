#include "store/entity_fields.h"

#include "store/row_dates.h"
#include "store/sql_support.h"

namespace kith::store {
namespace {

using sql::fromDate;
using sql::fromDateTime;
using sql::fromText;

} // namespace

int Row::indexOf(const char* column) const {
    const QLatin1String name(column);
    qsizetype index = m_next;
    if (index >= m_columns->size() || m_columns->at(index) != name)
        index = m_columns->indexOf(name);
    if (index < 0)
        return -1;
    m_next = index + 1;
    return static_cast<int>(index);
}

QVariant Row::value(const char* column) const {
    if (m_record)
        return m_record->value(QLatin1String(column));
    const int index = indexOf(column);
    return index < 0 ? QVariant() : m_query->value(index);
}

QDate Row::date(const char* column) const {
    const QVariant stored = value(column);
    QDate date;
    if (!stored.isNull() && readStoredDate(stored.toString(), date))
        return date;
    return sql::toDate(stored);
}

QDateTime Row::moment(const char* column) const {
    const QVariant stored = value(column);
    QDateTime moment;
    if (!stored.isNull() && readStoredMoment(stored.toString(), moment))
        return moment;
    return sql::toDateTime(stored);
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
            {QStringLiteral("updated_at"), fromDateTime(family.updatedAt)},
            {QStringLiteral("how_heard"), fromText(family.howHeard)},
            {QStringLiteral("how_heard_detail"), fromText(family.howHeardDetail)}};
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
            {QStringLiteral("in_household"), person.inHousehold ? 1 : 0},
            {QStringLiteral("language"), fromText(person.language)},
            {QStringLiteral("interpreter_needed"), person.interpreterNeeded ? 1 : 0},
            {QStringLiteral("ethnicity"), fromText(person.ethnicity)},
            {QStringLiteral("gp_practice"), fromText(person.gpPractice)},
            {QStringLiteral("school"), fromText(person.school)},
            {QStringLiteral("send"), fromText(person.send)},
            {QStringLiteral("disability"), fromText(person.disability)}};
}

QVariantMap fieldsOf(const RelationshipToChild& relationship) {
    return {{QStringLiteral("id"), relationship.id},
            {QStringLiteral("family_id"), relationship.familyId},
            {QStringLiteral("person_id"), relationship.personId},
            {QStringLiteral("child_id"), relationship.childId},
            {QStringLiteral("relationship"), relationship.relationship}};
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
    return {row.text("id"),           row.text("name"),      row.moment("created_at"),
            row.moment("updated_at"), row.text("how_heard"), row.text("how_heard_detail")};
}

Person personFrom(const Row& row) {
    Person person;
    person.id = row.text("id");
    person.familyId = row.text("family_id");
    person.role = roleFromCode(row.text("role")).value_or(PersonRole::OtherSignificant);
    person.givenName = row.text("given_name");
    person.familyName = row.text("family_name");
    person.preferredName = row.text("preferred_name");
    person.dateOfBirth = row.date("date_of_birth");
    person.unborn = row.flag("unborn");
    person.expectedDeliveryDate = row.date("expected_delivery_date");
    person.motherId = row.text("mother_id");
    person.gender = genderFromCode(row.text("gender")).value_or(Gender::NotKnown);
    person.nhsNumber = row.text("nhs_number");
    person.relationshipToFamily = row.text("relationship");
    person.inHousehold = row.flag("in_household");
    person.language = row.text("language");
    person.interpreterNeeded = row.flag("interpreter_needed");
    person.ethnicity = row.text("ethnicity");
    person.gpPractice = row.text("gp_practice");
    person.school = row.text("school");
    person.send = row.text("send");
    person.disability = row.text("disability");
    return person;
}

RelationshipToChild relationshipFrom(const Row& row) {
    return {row.text("id"), row.text("family_id"), row.text("person_id"), row.text("child_id"),
            row.text("relationship")};
}

PersonName personNameFrom(const Row& row) {
    return {row.text("id"), row.text("person_id"),
            nameKindFromCode(row.text("kind")).value_or(PersonName::Kind::Alias),
            row.text("given_name"), row.text("family_name")};
}

Address addressFrom(const Row& row) {
    return {row.text("id"),   row.text("family_id"), row.text("line1"),     row.text("line2"),
            row.text("town"), row.text("postcode"),  row.date("from_date"), row.date("to_date")};
}

ContactDetail contactFrom(const Row& row) {
    return {row.text("id"),
            row.text("family_id"),
            row.text("person_id"),
            contactKindFromCode(row.text("kind")).value_or(ContactDetail::Kind::Phone),
            row.text("label"),
            row.text("value"),
            row.flag("preferred")};
}

Agency agencyFrom(const Row& row) {
    return {row.text("id"), row.text("name"), row.text("kind"), row.text("phone"),
            row.text("email")};
}

Professional professionalFrom(const Row& row) {
    return {row.text("id"),        row.text("agency_id"), row.text("name"),
            row.text("job_title"), row.text("phone"),     row.text("email")};
}

Involvement involvementFrom(const Row& row) {
    return {row.text("id"),         row.text("family_id"),
            row.text("agency_id"),  row.text("professional_id"),
            row.text("person_id"),  row.text("purpose"),
            row.date("started_on"), row.date("ended_on")};
}

LeadProfessionalAssignment leadAssignmentFrom(const Row& row) {
    LeadProfessionalAssignment assignment;
    assignment.id = row.text("id");
    assignment.familyId = row.text("family_id");
    assignment.professionalId = row.text("professional_id");
    assignment.startedOn = row.date("started_on");
    assignment.endedOn = row.date("ended_on");
    assignment.reason = row.text("reason");
    assignment.agreedWithFamily = row.flag("agreed_with_family");
    assignment.recordedBy = row.text("recorded_by");
    assignment.recordedAt = row.moment("recorded_at");
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
