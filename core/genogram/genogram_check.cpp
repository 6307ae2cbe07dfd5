#include "genogram/genogram_check.h"

#include <QHash>
#include <QSet>

namespace kith::genogram {
namespace {

// Finds a cycle in child -> parent edges by depth-first search with an explicit
// stack (a long line of ancestors must not overflow the call stack).
QStringList findCycle(const QHash<QString, QStringList>& parentsOf) {
    enum class Mark { Unseen, Open, Done };
    QHash<QString, Mark> marks;
    for (auto start = parentsOf.cbegin(); start != parentsOf.cend(); ++start) {
        if (marks.value(start.key(), Mark::Unseen) != Mark::Unseen)
            continue;
        QList<QPair<QString, qsizetype>> stack{{start.key(), 0}};
        marks[start.key()] = Mark::Open;
        while (!stack.isEmpty()) {
            auto& [person, next] = stack.last();
            const QStringList parents = parentsOf.value(person);
            if (next >= parents.size()) {
                marks[person] = Mark::Done;
                stack.removeLast();
                continue;
            }
            const QString parent = parents.at(next++);
            const Mark mark = marks.value(parent, Mark::Unseen);
            if (mark == Mark::Open) {
                QStringList cycle;
                for (const auto& frame : std::as_const(stack))
                    cycle.append(frame.first);
                return cycle.mid(cycle.indexOf(parent));
            }
            if (mark == Mark::Unseen) {
                marks[parent] = Mark::Open;
                stack.append({parent, 0});
            }
        }
    }
    return {};
}

} // namespace

QStringList GenogramCheck::ancestryCycle(const Genogram& genogram) {
    QHash<QString, QStringList> parentsOf;
    for (const ChildLink& link : genogram.children) {
        for (const QString& parent : {link.parentA, link.parentB}) {
            if (!parent.isEmpty())
                parentsOf[link.childId].append(parent);
        }
    }
    return findCycle(parentsOf);
}

Status GenogramCheck::check(const Genogram& genogram) {
    QSet<QString> ids;
    for (const Person& person : genogram.people) {
        if (person.id.isEmpty())
            return Status::fail(tr("A person on the genogram has no id."));
        if (ids.contains(person.id))
            return Status::fail(tr("Two people on the genogram have the same id."));
        ids.insert(person.id);
    }
    auto missing = [&](const QString& id) {
        return !id.isEmpty() && !ids.contains(id);
    };
    for (const Union& couple : genogram.unions) {
        if (couple.partnerA.isEmpty() || couple.partnerB.isEmpty() || missing(couple.partnerA) ||
            missing(couple.partnerB))
            return Status::fail(
                tr("A couple names someone who is not on the genogram: add the person first."));
        if (couple.partnerA == couple.partnerB)
            return Status::fail(tr("A person cannot be their own partner: choose two people."));
    }
    for (const ChildLink& link : genogram.children) {
        if (link.childId.isEmpty() || missing(link.childId) || missing(link.parentA) ||
            missing(link.parentB))
            return Status::fail(
                tr("A parent and child line names someone who is not on the genogram: add the "
                   "person first."));
        if (link.parentA.isEmpty() && link.parentB.isEmpty())
            return Status::fail(tr("A child's line needs at least one parent."));
        if (link.childId == link.parentA || link.childId == link.parentB)
            return Status::fail(tr("A person cannot be their own parent: choose someone else."));
    }
    for (const Relationship& relationship : genogram.relationships) {
        if (relationship.from.isEmpty() || relationship.to.isEmpty() ||
            missing(relationship.from) || missing(relationship.to))
            return Status::fail(
                tr("A relationship line names someone who is not on the genogram."));
        if (relationship.from == relationship.to)
            return Status::fail(
                tr("A relationship line needs two different people: draw it to someone else."));
    }
    for (const Household& household : genogram.households) {
        for (const QString& member : household.members) {
            if (missing(member) || member.isEmpty())
                return Status::fail(tr("A household names someone who is not on the genogram."));
        }
    }
    if (!ancestryCycle(genogram).isEmpty())
        return Status::fail(
            tr("This would make someone their own ancestor: check who is whose parent."));
    return okStatus();
}

} // namespace kith::genogram
