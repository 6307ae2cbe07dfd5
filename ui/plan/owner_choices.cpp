#include "plan/owner_choices.h"

#include "store/family_store.h"

#include <QSet>

namespace kith::ui {

QList<std::pair<QString, QString>> OwnerChoices::people(const FamilyRecord& family) {
    QList<std::pair<QString, QString>> people;
    for (const Person& person : family.people) {
        if (!person.unborn)
            people.append({person.id, person.displayName()});
    }
    return people;
}

QList<plan::ActionOwner> OwnerChoices::forFamily(const FamilyStore& store,
                                                 const FamilyRecord& family) {
    QList<plan::ActionOwner> owners;
    for (const auto& [id, name] : people(family)) {
        plan::ActionOwner owner;
        owner.kind = plan::OwnerKind::FamilyMember;
        owner.personId = id;
        owner.name = name;
        owners.append(owner);
    }
    QStringList professionalIds;
    if (const auto lead = store.currentLeadProfessional(family.family.id))
        professionalIds.append(lead->professional.id);
    for (const Involvement& involvement : family.involvements) {
        if (involvement.isActive() && !involvement.professionalId.isEmpty())
            professionalIds.append(involvement.professionalId);
    }
    QSet<QString> seen;
    for (const QString& id : std::as_const(professionalIds)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto professional = store.professional(id);
        if (!professional)
            continue;
        plan::ActionOwner owner;
        owner.kind = plan::OwnerKind::Professional;
        owner.professionalId = id;
        owner.name = professional->jobTitle.isEmpty()
                         ? professional->name
                         : tr("%1, %2").arg(professional->name, professional->jobTitle);
        owners.append(owner);
    }
    return owners;
}

} // namespace kith::ui
