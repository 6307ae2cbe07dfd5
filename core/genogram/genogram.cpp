#include "genogram/genogram.h"

#include <algorithm>

namespace kith::genogram {

const Person* Genogram::person(const QString& personId) const {
    const auto it = std::find_if(people.cbegin(), people.cend(),
                                 [&](const Person& p) { return p.id == personId; });
    return it == people.cend() ? nullptr : &*it;
}

Person* Genogram::person(const QString& personId) {
    const auto it = std::find_if(people.begin(), people.end(),
                                 [&](const Person& p) { return p.id == personId; });
    return it == people.end() ? nullptr : &*it;
}

bool isDirected(Bond bond) {
    switch (bond) {
    case Bond::PhysicalAbuse:
    case Bond::EmotionalAbuse:
    case Bond::SexualAbuse:
    case Bond::Neglect:
    case Bond::CaringFor:
        return true;
    case Bond::Close:
    case Bond::Fused:
    case Bond::Distant:
    case Bond::Conflict:
    case Bond::Hostile:
    case Bond::CutOff:
        return false;
    }
    return false;
}

int yearOfBirth(const Person& person) {
    return person.dateOfBirth.isValid() ? person.dateOfBirth.year() : person.birthYear;
}

void removePersonAndLinks(Genogram& genogram, const QString& personId) {
    genogram.people.removeIf([&](const Person& p) { return p.id == personId; });
    genogram.unions.removeIf(
        [&](const Union& u) { return u.partnerA == personId || u.partnerB == personId; });
    genogram.children.removeIf([&](const ChildLink& link) { return link.childId == personId; });
    for (ChildLink& link : genogram.children) {
        if (link.parentA == personId)
            link.parentA.clear();
        if (link.parentB == personId)
            link.parentB.clear();
    }
    // A link with neither parent left says nothing.
    genogram.children.removeIf(
        [](const ChildLink& link) { return link.parentA.isEmpty() && link.parentB.isEmpty(); });
    genogram.relationships.removeIf(
        [&](const Relationship& r) { return r.from == personId || r.to == personId; });
    for (Household& household : genogram.households)
        household.members.removeAll(personId);
}

} // namespace kith::genogram
