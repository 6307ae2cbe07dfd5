#pragma once

#include "genogram/genogram.h"
#include "model/family.h"

namespace kith::genogram {

// A row of the registration's relationship_to_child table: how an adult in the family
// is related to a child ("mother", "step_father", "foster_carer", "grandmother"...).
struct CarerLink {
    QString personId;
    QString childId;
    QString relationship;
};

// The genogram drawn from a family record that has none yet: everyone in the record
// (linked, with fresh genogram ids), each child linked to their parents (from
// relationship_to_child when there are rows for the child, otherwise from the mother
// of an unborn baby and the parents and carers in the record, with the kind read from
// the relationship text), parents of a child as a couple (living together when both
// live in the household, separated otherwise), a grandparent as a parent of the parent
// who shares their family name (or the first parent), and the household.
Genogram genogramFromFamily(const FamilyRecord& record, const QList<CarerLink>& carerLinks = {});

// Adds to a stored genogram the people of the family record who are not on it yet,
// with the lines genogramFromFamily() would draw for them, and puts those who live in
// the household into the genogram's first household. `takenOff` are family-record ids
// of people who were taken off the genogram on purpose: they are not added back.
void addNewRecordPeople(Genogram& genogram, const FamilyRecord& record,
                        const QList<CarerLink>& carerLinks = {}, const QStringList& takenOff = {});

// A genogram person for someone in the family record (id left empty).
Person linkedPerson(const FamilyRecord& record, const kith::Person& member);
// Copies what the family record holds (name, sex, date of birth, unborn) onto `person`.
void takeRecordFacts(Person& person, const FamilyRecord& record, const kith::Person& member);

} // namespace kith::genogram
