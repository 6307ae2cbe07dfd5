#include "genogram/genogram_store.h"

#include "genogram/genogram_check.h"
#include "genogram/genogram_record_match.h"
#include "genogram/genogram_writer.h"
#include "search/person_index.h"
#include "store/sql_support.h"
#include "util/ids.h"

namespace kith::genogram {
namespace {

// Puts `item` in place of the one with its id, or appends it when `adding`.
template <typename Item>
Status putItem(QList<Item>& items, Item item, bool adding, const QString& missing) {
    for (Item& existing : items) {
        if (existing.id == item.id) {
            if (adding)
                return Status::fail(GenogramStore::tr("That record is already on the genogram."));
            existing = std::move(item);
            return okStatus();
        }
    }
    if (!adding)
        return Status::fail(missing);
    items.append(std::move(item));
    return okStatus();
}

template <typename Item>
Status dropItem(QList<Item>& items, const QString& id, const QString& missing) {
    return items.removeIf([&](const Item& item) { return item.id == id; }) > 0
               ? okStatus()
               : Status::fail(missing);
}

// add* keeps the caller's id (an undo puts back exactly what was removed).
template <typename Item>
Item withId(Item item) {
    if (item.id.isEmpty())
        item.id = newId();
    return item;
}

} // namespace

GenogramStore::GenogramStore(const Database& database)
    : m_database(database)
    , m_writer(database.connection(), database.clock(), database.deviceId())
    , m_reads(database.connection())
    , m_index(std::make_unique<search::PersonIndex>(database.connection()))
    , m_writes(std::make_unique<GenogramWriter>(database.connection(), m_writer, *m_index)) {}

GenogramStore::~GenogramStore() = default;

Status GenogramStore::write(const std::function<Status()>& work) {
    return m_scope.run(work);
}

Status GenogramStore::inOneTransaction(const std::function<Status()>& work) {
    return write(work);
}

Result<Genogram> GenogramStore::open(const QString& familyId) {
    Genogram result;
    const Status done = write([&]() -> Status {
        const std::optional<FamilyRecord> record = familyPeople(familyId);
        if (!record)
            return Status::fail(tr("There is no family with that id in this store."));
        const QList<CarerLink> carers = carerLinks(familyId);
        QStringList takenOff;
        if (std::optional<Genogram> stored = loadStored(familyId, &takenOff)) {
            // People added to the family record since the genogram was stored join it.
            result = *stored;
            addNewRecordPeople(result, *record, carers, takenOff);
            return m_writes->apply(familyId, *stored, result, *record);
        }
        result = genogramFromFamily(*record, carers);
        if (Status made = m_writes->insertGenogram(result, m_database.clock().nowUtc()); !made)
            return made;
        return m_writes->apply(familyId, Genogram{}, result, *record);
    });
    return done ? Result<Genogram>::ok(std::move(result)) : Result<Genogram>::fail(done.error());
}

Status GenogramStore::replace(const Genogram& genogram) {
    if (Status checked = GenogramCheck::check(genogram); !checked)
        return checked;
    return write([&]() -> Status {
        const std::optional<FamilyRecord> record = familyPeople(genogram.familyId);
        if (!record)
            return Status::fail(tr("There is no family with that id in this store."));
        Genogram before;
        if (std::optional<Genogram> stored = loadStored(genogram.familyId)) {
            before = *stored;
        } else if (Status made = m_writes->insertGenogram(
                       Genogram{genogram.id.isEmpty() ? newId() : genogram.id,
                                genogram.familyId,
                                {},
                                {},
                                {},
                                {},
                                {}},
                       m_database.clock().nowUtc());
                   !made) {
            return made;
        }
        return m_writes->apply(genogram.familyId, before, genogram, *record);
    });
}

Result<Genogram> GenogramStore::importReplacing(const QString& familyId, Genogram imported) {
    const Status done = write([&]() -> Status {
        const std::optional<FamilyRecord> record = familyPeople(familyId);
        if (!record)
            return Status::fail(tr("There is no family with that id in this store."));
        imported.familyId = familyId;
        linkToFamilyRecord(imported, *record);
        addNewRecordPeople(imported, *record, carerLinks(familyId));
        if (Status checked = GenogramCheck::check(imported); !checked)
            return checked;
        const std::optional<Genogram> before = loadStored(familyId);
        if (before) {
            imported.id = before->id;
        } else {
            imported.id = newId();
            if (Status made = m_writes->insertGenogram(imported, m_database.clock().nowUtc());
                !made)
                return made;
        }
        return m_writes->apply(familyId, before.value_or(Genogram{}), imported, *record);
    });
    return done ? Result<Genogram>::ok(std::move(imported)) : Result<Genogram>::fail(done.error());
}

Status GenogramStore::applyChanges(const Genogram& before, const Genogram& after) {
    if (before.familyId != after.familyId && !before.familyId.isEmpty())
        return Status::fail(tr("Both versions must be of the same family's genogram."));
    if (Status checked = GenogramCheck::check(after); !checked)
        return checked;
    return write([&]() -> Status {
        if (!exists(after.familyId))
            return Status::fail(tr("This family has no stored genogram yet: open it first."));
        const std::optional<FamilyRecord> record = familyPeople(after.familyId);
        if (!record)
            return Status::fail(tr("There is no family with that id in this store."));
        return m_writes->apply(after.familyId, before, after, *record);
    });
}

Status GenogramStore::edit(const QString& familyId,
                           const std::function<Status(Genogram&)>& change) {
    return write([&]() -> Status {
        const std::optional<Genogram> before = loadStored(familyId);
        if (!before)
            return Status::fail(tr("This family has no stored genogram yet: open it first."));
        Genogram after = *before;
        if (Status changed = change(after); !changed)
            return changed;
        if (Status checked = GenogramCheck::check(after); !checked)
            return checked;
        const std::optional<FamilyRecord> record = familyPeople(familyId);
        return m_writes->apply(familyId, *before, after, record.value_or(FamilyRecord{}));
    });
}

Result<QString> GenogramStore::addPerson(const QString& familyId, const Person& person) {
    const Person added = withId(person);
    const Status done =
        edit(familyId, [&](Genogram& g) { return putItem(g.people, added, true, {}); });
    return done ? Result<QString>::ok(added.id) : Result<QString>::fail(done.error());
}

Status GenogramStore::updatePerson(const QString& familyId, const Person& person) {
    return edit(familyId, [&](Genogram& g) {
        return putItem(g.people, person, false, tr("That person is not on the genogram."));
    });
}

Status GenogramStore::removePerson(const QString& familyId, const QString& personId) {
    return edit(familyId, [&](Genogram& g) -> Status {
        if (!g.person(personId))
            return Status::fail(tr("That person is not on the genogram."));
        removePersonAndLinks(g, personId);
        return okStatus();
    });
}

Status GenogramStore::setPin(const QString& familyId, const QString& personId,
                             const std::optional<QPointF>& pinnedAt) {
    return edit(familyId, [&](Genogram& g) -> Status {
        Person* person = g.person(personId);
        if (!person)
            return Status::fail(tr("That person is not on the genogram."));
        person->pinnedAt = pinnedAt;
        return okStatus();
    });
}

Result<QString> GenogramStore::addUnion(const QString& familyId, const Union& couple) {
    const Union added = withId(couple);
    const Status done =
        edit(familyId, [&](Genogram& g) { return putItem(g.unions, added, true, {}); });
    return done ? Result<QString>::ok(added.id) : Result<QString>::fail(done.error());
}

Status GenogramStore::updateUnion(const QString& familyId, const Union& couple) {
    return edit(familyId, [&](Genogram& g) {
        return putItem(g.unions, couple, false, tr("That couple is not on the genogram."));
    });
}

Status GenogramStore::removeUnion(const QString& familyId, const QString& unionId) {
    return edit(familyId, [&](Genogram& g) {
        return dropItem(g.unions, unionId, tr("That couple is not on the genogram."));
    });
}

Result<QString> GenogramStore::addChildLink(const QString& familyId, const ChildLink& link) {
    const ChildLink added = withId(link);
    const Status done =
        edit(familyId, [&](Genogram& g) { return putItem(g.children, added, true, {}); });
    return done ? Result<QString>::ok(added.id) : Result<QString>::fail(done.error());
}

Status GenogramStore::updateChildLink(const QString& familyId, const ChildLink& link) {
    return edit(familyId, [&](Genogram& g) {
        return putItem(g.children, link, false, tr("That child's line is not on the genogram."));
    });
}

Status GenogramStore::removeChildLink(const QString& familyId, const QString& linkId) {
    return edit(familyId, [&](Genogram& g) {
        return dropItem(g.children, linkId, tr("That child's line is not on the genogram."));
    });
}

Result<QString> GenogramStore::addRelationship(const QString& familyId,
                                               const Relationship& relationship) {
    const Relationship added = withId(relationship);
    const Status done =
        edit(familyId, [&](Genogram& g) { return putItem(g.relationships, added, true, {}); });
    return done ? Result<QString>::ok(added.id) : Result<QString>::fail(done.error());
}

Status GenogramStore::updateRelationship(const QString& familyId,
                                         const Relationship& relationship) {
    return edit(familyId, [&](Genogram& g) {
        return putItem(g.relationships, relationship, false,
                       tr("That relationship is not on the genogram."));
    });
}

Status GenogramStore::removeRelationship(const QString& familyId, const QString& relationshipId) {
    return edit(familyId, [&](Genogram& g) {
        return dropItem(g.relationships, relationshipId,
                        tr("That relationship is not on the genogram."));
    });
}

Result<QString> GenogramStore::addHousehold(const QString& familyId, const Household& household) {
    const Household added = withId(household);
    const Status done =
        edit(familyId, [&](Genogram& g) { return putItem(g.households, added, true, {}); });
    return done ? Result<QString>::ok(added.id) : Result<QString>::fail(done.error());
}

Status GenogramStore::updateHousehold(const QString& familyId, const Household& household) {
    return edit(familyId, [&](Genogram& g) {
        return putItem(g.households, household, false,
                       tr("That household is not on the genogram."));
    });
}

Status GenogramStore::removeHousehold(const QString& familyId, const QString& householdId) {
    return edit(familyId, [&](Genogram& g) {
        return dropItem(g.households, householdId, tr("That household is not on the genogram."));
    });
}

} // namespace kith::genogram
