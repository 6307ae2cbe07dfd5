#include "genogram/genogram_fields.h"

#include "genogram/genogram_codes.h"
#include "store/sql_support.h"

namespace kith::genogram {
namespace {

using sql::fromText;

QVariant year(int value) {
    return value > 0 ? QVariant(value) : QVariant();
}

} // namespace

QVariantMap fieldsOf(const QString& familyId, const Person& person) {
    const bool linked = !person.familyPersonId.isEmpty();
    return {
        {QStringLiteral("id"), person.id},
        {QStringLiteral("family_id"), familyId},
        {QStringLiteral("family_person_id"), fromText(person.familyPersonId)},
        {QStringLiteral("name"), linked ? QVariant() : fromText(person.name)},
        {QStringLiteral("sex"), linked ? QVariant() : QVariant(sexCode(person.sex))},
        {QStringLiteral("date_of_birth"), linked ? QVariant() : sql::fromDate(person.dateOfBirth)},
        {QStringLiteral("birth_year"),
         linked || person.dateOfBirth.isValid() ? QVariant() : year(person.birthYear)},
        {QStringLiteral("deceased"), person.deceased ? 1 : 0},
        {QStringLiteral("death_year"), year(person.deathYear)},
        {QStringLiteral("index_child"), person.indexChild ? 1 : 0},
        {QStringLiteral("pregnancy"), pregnancyCode(person.pregnancy)},
        {QStringLiteral("note"), fromText(person.note)}};
}

QVariantMap fieldsOf(const QString& familyId, const Union& couple) {
    return {{QStringLiteral("id"), couple.id},
            {QStringLiteral("family_id"), familyId},
            {QStringLiteral("partner_a"), couple.partnerA},
            {QStringLiteral("partner_b"), couple.partnerB},
            {QStringLiteral("kind"), unionKindCode(couple.kind)},
            {QStringLiteral("start_year"), year(couple.startYear)},
            {QStringLiteral("end_year"), year(couple.endYear)}};
}

QVariantMap fieldsOf(const QString& familyId, const ChildLink& link) {
    return {{QStringLiteral("id"), link.id},
            {QStringLiteral("family_id"), familyId},
            {QStringLiteral("child_id"), link.childId},
            {QStringLiteral("parent_a"), fromText(link.parentA)},
            {QStringLiteral("parent_b"), fromText(link.parentB)},
            {QStringLiteral("kind"), childKindCode(link.kind)},
            {QStringLiteral("twin_group"), fromText(link.twinGroup)},
            {QStringLiteral("identical_twins"), link.identicalTwins ? 1 : 0}};
}

QVariantMap fieldsOf(const QString& familyId, const Relationship& relationship) {
    return {{QStringLiteral("id"), relationship.id},
            {QStringLiteral("family_id"), familyId},
            {QStringLiteral("from_person"), relationship.from},
            {QStringLiteral("to_person"), relationship.to},
            {QStringLiteral("bond"), bondCode(relationship.bond)},
            {QStringLiteral("note"), fromText(relationship.note)}};
}

QVariantMap householdFields(const QString& familyId, const Household& household) {
    return {{QStringLiteral("id"), household.id},
            {QStringLiteral("family_id"), familyId},
            {QStringLiteral("label"), fromText(household.label)}};
}

Person personFrom(const store::Row& row) {
    Person person;
    person.id = row.text("id");
    person.familyPersonId = row.text("family_person_id");
    person.name = row.text("name");
    person.sex = sexFromCode(row.text("sex")).value_or(Sex::Diverse);
    person.dateOfBirth = row.date("date_of_birth");
    person.birthYear = row.value("birth_year").toInt();
    person.deceased = row.flag("deceased");
    person.deathYear = row.value("death_year").toInt();
    person.indexChild = row.flag("index_child");
    person.pregnancy = pregnancyFromCode(row.text("pregnancy")).value_or(Pregnancy::None);
    person.note = row.text("note");
    return person;
}

Union unionFrom(const store::Row& row) {
    Union couple;
    couple.id = row.text("id");
    couple.partnerA = row.text("partner_a");
    couple.partnerB = row.text("partner_b");
    couple.kind = unionKindFromCode(row.text("kind")).value_or(UnionKind::Married);
    couple.startYear = row.value("start_year").toInt();
    couple.endYear = row.value("end_year").toInt();
    return couple;
}

ChildLink childLinkFrom(const store::Row& row) {
    ChildLink link;
    link.id = row.text("id");
    link.childId = row.text("child_id");
    link.parentA = row.text("parent_a");
    link.parentB = row.text("parent_b");
    link.kind = childKindFromCode(row.text("kind")).value_or(ChildKind::Biological);
    link.twinGroup = row.text("twin_group");
    link.identicalTwins = row.flag("identical_twins");
    return link;
}

Relationship relationshipFrom(const store::Row& row) {
    Relationship relationship;
    relationship.id = row.text("id");
    relationship.from = row.text("from_person");
    relationship.to = row.text("to_person");
    relationship.bond = bondFromCode(row.text("bond")).value_or(Bond::Close);
    relationship.note = row.text("note");
    return relationship;
}

} // namespace kith::genogram
