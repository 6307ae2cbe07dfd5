#include "genogram/genogram_from_family.h"

#include "util/ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>

namespace kith::genogram {
namespace {

Sex sexOf(Gender gender) {
    switch (gender) {
    case Gender::Female:
        return Sex::Female;
    case Gender::Male:
        return Sex::Male;
    case Gender::Other:
    case Gender::NotKnown:
        return Sex::Diverse;
    }
    return Sex::Diverse;
}

bool isChild(const kith::Person& member) {
    return member.unborn || member.role == PersonRole::Child ||
           member.role == PersonRole::YoungPerson;
}

bool isGrandparent(const QString& relationship) {
    return relationship.contains(QLatin1String("grand"), Qt::CaseInsensitive);
}

// The kind of a parent's link to a child, read from a relationship code or free text;
// nothing when the words name someone who is not a parent figure.
std::optional<ChildKind> parentKind(const QString& relationship, PersonRole role) {
    const QString text = relationship.toLower();
    if (isGrandparent(text))
        return std::nullopt;
    if (text.contains(QLatin1String("step")))
        return ChildKind::Step;
    if (text.contains(QLatin1String("adopt")))
        return ChildKind::Adopted;
    if (text.contains(QLatin1String("foster")))
        return ChildKind::Fostered;
    if (text.contains(QLatin1String("kinship")) || text.contains(QLatin1String("guardian")))
        return ChildKind::Kinship;
    if (text.contains(QLatin1String("mother")) || text.contains(QLatin1String("father")) ||
        text == QLatin1String("parent"))
        return ChildKind::Biological;
    if (role == PersonRole::Parent)
        return ChildKind::Biological;
    if (role == PersonRole::Carer)
        return ChildKind::Kinship;
    return std::nullopt;
}

struct ParentOf {
    QString personId; // family record id
    ChildKind kind;
};

class Builder {
public:
    Builder(const FamilyRecord& record, const QList<CarerLink>& carerLinks)
        : m_record(record)
        , m_carerLinks(carerLinks) {}

    Genogram build() {
        m_genogram.id = newId();
        m_genogram.familyId = m_record.family.id;
        for (const kith::Person& member : m_record.people) {
            Person person = linkedPerson(m_record, member);
            person.id = newId();
            m_ids.insert(member.id, person.id);
            m_genogram.people.append(person);
        }
        for (const kith::Person& member : m_record.people) {
            if (isChild(member))
                linkChild(member, parentsOf(member));
        }
        linkGrandparents();
        coupleRemainingParents();
        addHousehold();
        return m_genogram;
    }

private:
    QList<ParentOf> parentsOf(const kith::Person& child) const {
        QList<ParentOf> parents;
        for (const CarerLink& link : m_carerLinks) {
            const kith::Person* adult = m_record.person(link.personId);
            if (link.childId != child.id || !adult)
                continue;
            if (auto kind = parentKind(link.relationship, adult->role))
                parents.append({adult->id, *kind});
        }
        if (!parents.isEmpty())
            return parents;
        for (const kith::Person& adult : m_record.people) {
            if (isChild(adult) || adult.id == child.id)
                continue;
            if (child.unborn && !child.motherId.isEmpty() && adult.id != child.motherId)
                continue; // an unborn baby's other parent is not known from the record
            if (adult.role != PersonRole::Parent && adult.role != PersonRole::Carer)
                continue;
            if (auto kind = parentKind(adult.relationshipToFamily, adult.role))
                parents.append({adult.id, *kind});
        }
        if (parents.isEmpty() && !child.motherId.isEmpty() && m_record.person(child.motherId))
            parents.append({child.motherId, ChildKind::Biological});
        return parents;
    }

    // One link per kind of parenting, two parents to a link.
    void linkChild(const kith::Person& child, const QList<ParentOf>& parents) {
        std::map<ChildKind, QStringList> byKind;
        for (const ParentOf& parent : parents)
            byKind[parent.kind].append(parent.personId);
        for (const auto& [kind, ids] : byKind) {
            for (qsizetype i = 0; i < ids.size(); i += 2) {
                ChildLink link;
                link.id = newId();
                link.childId = m_ids.value(child.id);
                link.parentA = m_ids.value(ids.at(i));
                link.parentB = i + 1 < ids.size() ? m_ids.value(ids.at(i + 1)) : QString();
                link.kind = kind;
                m_genogram.children.append(link);
                if (!link.parentB.isEmpty())
                    addCouple(ids.at(i), ids.at(i + 1));
            }
        }
    }

    void addCouple(const QString& firstId, const QString& secondId) {
        const QString a = m_ids.value(firstId);
        const QString b = m_ids.value(secondId);
        for (const Union& existing : std::as_const(m_genogram.unions)) {
            if ((existing.partnerA == a && existing.partnerB == b) ||
                (existing.partnerA == b && existing.partnerB == a))
                return;
        }
        const kith::Person* first = m_record.person(firstId);
        const kith::Person* second = m_record.person(secondId);
        Union couple;
        couple.id = newId();
        couple.partnerA = a;
        couple.partnerB = b;
        couple.kind = first && second && first->inHousehold && second->inHousehold
                          ? UnionKind::LivingTogether
                          : UnionKind::Separated;
        m_genogram.unions.append(couple);
    }

    // Two parents of the family with no child in the record are still a couple.
    void coupleRemainingParents() {
        QStringList parents;
        for (const kith::Person& member : m_record.people) {
            if (member.role == PersonRole::Parent)
                parents.append(member.id);
        }
        if (parents.size() == 2 && m_genogram.unions.isEmpty())
            addCouple(parents.at(0), parents.at(1));
    }

    void linkGrandparents() {
        QList<const kith::Person*> parents;
        for (const kith::Person& member : m_record.people) {
            if (member.role == PersonRole::Parent)
                parents.append(&member);
        }
        if (parents.isEmpty())
            return;
        for (const kith::Person& member : m_record.people) {
            if (isChild(member) || !isGrandparent(member.relationshipToFamily))
                continue;
            const kith::Person* parent = parents.front();
            for (const kith::Person* candidate : std::as_const(parents)) {
                if (!member.familyName.isEmpty() && candidate->familyName == member.familyName) {
                    parent = candidate;
                    break;
                }
            }
            ChildLink link;
            link.id = newId();
            link.childId = m_ids.value(parent->id);
            link.parentA = m_ids.value(member.id);
            m_genogram.children.append(link);
        }
    }

    void addHousehold() {
        Household household;
        household.id = newId();
        household.label = QCoreApplication::translate("kith::genogram", "Lives together");
        for (const kith::Person& member : m_record.people) {
            if (member.inHousehold)
                household.members.append(m_ids.value(member.id));
        }
        if (!household.members.isEmpty())
            m_genogram.households.append(household);
    }

    const FamilyRecord& m_record;
    const QList<CarerLink>& m_carerLinks;
    Genogram m_genogram;
    QHash<QString, QString> m_ids; // family record id -> genogram id
};

} // namespace

void takeRecordFacts(Person& person, const FamilyRecord& record, const kith::Person& member) {
    person.familyPersonId = member.id;
    person.name = record.displayNameOf(member);
    person.sex = sexOf(member.gender);
    person.dateOfBirth = member.dateOfBirth;
    if (member.dateOfBirth.isValid())
        person.birthYear = 0;
    if (member.unborn)
        person.pregnancy = Pregnancy::Pregnant;
    else if (person.pregnancy == Pregnancy::Pregnant)
        person.pregnancy = Pregnancy::None; // born since
}

Person linkedPerson(const FamilyRecord& record, const kith::Person& member) {
    Person person;
    takeRecordFacts(person, record, member);
    return person;
}

Genogram genogramFromFamily(const FamilyRecord& record, const QList<CarerLink>& carerLinks) {
    return Builder(record, carerLinks).build();
}

void addNewRecordPeople(Genogram& genogram, const FamilyRecord& record,
                        const QList<CarerLink>& carerLinks, const QStringList& takenOff) {
    QHash<QString, QString> onGenogram; // family record id -> genogram id
    for (const QString& id : takenOff)
        onGenogram.insert(id, {});
    for (const Person& person : std::as_const(genogram.people)) {
        if (!person.familyPersonId.isEmpty())
            onGenogram.insert(person.familyPersonId, person.id);
    }
    const bool allThere =
        std::all_of(record.people.cbegin(), record.people.cend(),
                    [&](const kith::Person& m) { return onGenogram.contains(m.id); });
    if (allThere)
        return;
    const Genogram drawn = genogramFromFamily(record, carerLinks);
    QHash<QString, QString> idOf; // drawn id -> genogram id
    QSet<QString> added;
    for (const Person& person : drawn.people) {
        if (onGenogram.contains(person.familyPersonId)) {
            idOf.insert(person.id, onGenogram.value(person.familyPersonId));
        } else {
            idOf.insert(person.id, person.id);
            added.insert(person.id);
            genogram.people.append(person);
        }
    }
    auto mapped = [&](const QString& id) {
        return id.isEmpty() ? id : idOf.value(id);
    };
    for (const ChildLink& link : drawn.children) {
        if (!added.contains(link.childId) && !added.contains(link.parentA) &&
            !added.contains(link.parentB))
            continue;
        ChildLink copy = link;
        copy.childId = mapped(link.childId);
        copy.parentA = mapped(link.parentA);
        copy.parentB = mapped(link.parentB);
        if (copy.childId.isEmpty() || (copy.parentA.isEmpty() && copy.parentB.isEmpty()))
            continue; // the only other end was taken off the genogram
        genogram.children.append(copy);
    }
    for (const Union& couple : drawn.unions) {
        if (!added.contains(couple.partnerA) && !added.contains(couple.partnerB))
            continue;
        Union copy = couple;
        copy.partnerA = mapped(couple.partnerA);
        copy.partnerB = mapped(couple.partnerB);
        if (!copy.partnerA.isEmpty() && !copy.partnerB.isEmpty())
            genogram.unions.append(copy);
    }
    for (const Household& household : drawn.households) {
        QStringList newMembers;
        for (const QString& member : household.members) {
            if (added.contains(member))
                newMembers.append(member);
        }
        if (newMembers.isEmpty())
            continue;
        if (genogram.households.isEmpty()) {
            Household copy = household;
            copy.members.clear();
            for (const QString& member : household.members) {
                if (!mapped(member).isEmpty())
                    copy.members.append(mapped(member));
            }
            genogram.households.append(copy);
        } else {
            genogram.households.first().members.append(newMembers);
        }
    }
}

} // namespace kith::genogram
