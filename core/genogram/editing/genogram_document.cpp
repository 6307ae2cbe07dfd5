#include "genogram/editing/genogram_document.h"

#include <algorithm>

namespace kith::genogram {
namespace {

// The list in a genogram that holds records of type T, and the kind that names it.
QList<Person>& listOf(Genogram& g, const Person*) {
    return g.people;
}
QList<Union>& listOf(Genogram& g, const Union*) {
    return g.unions;
}
QList<ChildLink>& listOf(Genogram& g, const ChildLink*) {
    return g.children;
}
QList<Relationship>& listOf(Genogram& g, const Relationship*) {
    return g.relationships;
}
QList<Household>& listOf(Genogram& g, const Household*) {
    return g.households;
}
constexpr RecordKind kindOf(const Person*) {
    return RecordKind::Person;
}
constexpr RecordKind kindOf(const Union*) {
    return RecordKind::Union;
}
constexpr RecordKind kindOf(const ChildLink*) {
    return RecordKind::ChildLink;
}
constexpr RecordKind kindOf(const Relationship*) {
    return RecordKind::Relationship;
}
constexpr RecordKind kindOf(const Household*) {
    return RecordKind::Household;
}

template <typename T>
qsizetype indexOfId(const QList<T>& list, const QString& id) {
    const auto found =
        std::find_if(list.cbegin(), list.cend(), [&](const T& record) { return record.id == id; });
    return found == list.cend() ? -1 : std::distance(list.cbegin(), found);
}

template <typename T>
const T* findById(const QList<T>& list, const QString& id) {
    const qsizetype index = indexOfId(list, id);
    return index < 0 ? nullptr : &list.at(index);
}

// Adds `change` unless the same record is already listed; an add then a removal of the
// same record before a save cancel out into a removal the store can ignore.
void note(QList<RecordChange>& changes, const RecordChange& change) {
    for (RecordChange& known : changes) {
        if (known.kind == change.kind && known.id == change.id) {
            if (change.what == RecordChange::What::Removed ||
                known.what == RecordChange::What::Removed)
                known.what = change.what;
            return;
        }
    }
    changes.append(change);
}

} // namespace

GenogramDocument::GenogramDocument(Genogram genogram, GenogramPersister* persister, QObject* parent)
    : QObject(parent)
    , m_genogram(std::move(genogram))
    , m_persister(persister) {}

template <typename T>
RecordChange GenogramDocument::applyStep(RecordStep<T>& step, Direction direction) {
    QList<T>& list = listOf(m_genogram, static_cast<const T*>(nullptr));
    const std::optional<T>& from = direction == Direction::Forward ? step.before : step.after;
    const std::optional<T>& to = direction == Direction::Forward ? step.after : step.before;
    RecordChange change{kindOf(static_cast<const T*>(nullptr)), step.id,
                        RecordChange::What::Changed};
    const qsizetype at = indexOfId(list, step.id);
    if (from && to) {
        if (at >= 0)
            list[at] = *to;
    } else if (to) {
        // An insert; on undo of a removal it goes back where it was.
        const qsizetype where =
            step.index >= 0 ? std::min<qsizetype>(step.index, list.size()) : list.size();
        if (at < 0)
            list.insert(where, *to);
        change.what = RecordChange::What::Added;
    } else if (at >= 0) {
        step.index = static_cast<int>(at);
        list.removeAt(at);
        change.what = RecordChange::What::Removed;
    } else {
        change.what = RecordChange::What::Removed;
    }
    return change;
}

void GenogramDocument::apply(GenogramEdit& edit, Direction direction) {
    QList<RecordChange> changes;
    auto run = [&](AnyStep& step) {
        const RecordChange change =
            std::visit([&](auto& typed) { return applyStep(typed, direction); }, step);
        note(changes, change);
    };
    std::vector<AnyStep>& steps = edit.steps();
    if (direction == Direction::Forward)
        std::for_each(steps.begin(), steps.end(), run);
    else
        std::for_each(steps.rbegin(), steps.rend(), run);

    for (const RecordChange& change : std::as_const(changes))
        note(m_unsaved, change);
    saveNow();
    for (const RecordChange& change : std::as_const(changes))
        announce(change);
    emit edited(changes);
}

Status GenogramDocument::saveNow() {
    if (!m_persister || m_unsaved.isEmpty()) {
        m_unsaved.clear();
        return okStatus();
    }
    Status saved = m_persister->persist(m_genogram, m_unsaved);
    if (saved)
        m_unsaved.clear();
    else
        emit saveFailed(saved.error());
    return saved;
}

void GenogramDocument::announce(const RecordChange& change) {
    using What = RecordChange::What;
    const QString& id = change.id;
    switch (change.kind) {
    case RecordKind::Person:
        change.what == What::Added     ? emit personAdded(id)
        : change.what == What::Removed ? emit personRemoved(id)
                                       : emit personChanged(id);
        break;
    case RecordKind::Union:
        change.what == What::Added     ? emit unionAdded(id)
        : change.what == What::Removed ? emit unionRemoved(id)
                                       : emit unionChanged(id);
        break;
    case RecordKind::ChildLink:
        change.what == What::Added     ? emit childLinkAdded(id)
        : change.what == What::Removed ? emit childLinkRemoved(id)
                                       : emit childLinkChanged(id);
        break;
    case RecordKind::Relationship:
        change.what == What::Added     ? emit relationshipAdded(id)
        : change.what == What::Removed ? emit relationshipRemoved(id)
                                       : emit relationshipChanged(id);
        break;
    case RecordKind::Household:
        change.what == What::Added     ? emit householdAdded(id)
        : change.what == What::Removed ? emit householdRemoved(id)
                                       : emit householdChanged(id);
        break;
    }
}

const Union* GenogramDocument::unionOf(const QString& unionId) const {
    return findById(m_genogram.unions, unionId);
}
const ChildLink* GenogramDocument::childLink(const QString& linkId) const {
    return findById(m_genogram.children, linkId);
}
const Relationship* GenogramDocument::relationship(const QString& relationshipId) const {
    return findById(m_genogram.relationships, relationshipId);
}
const Household* GenogramDocument::household(const QString& householdId) const {
    return findById(m_genogram.households, householdId);
}

} // namespace kith::genogram
