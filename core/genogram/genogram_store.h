#pragma once

#include "genogram/genogram.h"
#include "genogram/genogram_from_family.h"
#include "store/database.h"
#include "store/record_writer.h"
#include "store/statement_cache.h"
#include "store/write_scope.h"
#include "util/result.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace kith::search {
class PersonIndex;
}

namespace kith::genogram {

class GenogramWriter;

// Reads and writes a family's genogram (schema 7). Every write goes through the
// RecordWriter inside one transaction, so each row reaches the change log and syncs.
//
// A person on the genogram who is also in the family record is stored as a link
// (`family_person_id`) plus genogram-only facts (deceased, index child, note...); their
// name, date of birth and sex are read from the `person` table when loading, and
// changing them here changes the family record (one source of truth).
//
// Ids are the caller's: add* uses the record's id when it has one (so that an undo can
// put back exactly what was removed) and makes one otherwise.
class GenogramStore {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::GenogramStore)

public:
    explicit GenogramStore(const Database& database);
    ~GenogramStore();
    GenogramStore(const GenogramStore&) = delete;
    GenogramStore& operator=(const GenogramStore&) = delete;

    void setActor(const QString& actor) { m_writer.setActor(actor); }

    // Whether the family has a stored genogram.
    bool exists(const QString& familyId) const;
    // Read only: the stored genogram, or (when there is none) one built from the family
    // record and not stored. Fails only when the family does not exist.
    Result<Genogram> load(const QString& familyId) const;
    // For editing: the stored genogram, storing the one built from the family record
    // first when there is none, and adding (and storing) anyone added to the family
    // record since. Ids in the result are stable.
    Result<Genogram> open(const QString& familyId);
    // Stores `genogram` as the family's genogram, replacing any stored one.
    Status replace(const Genogram& genogram);

    // Makes `imported` (from a GEDCOM file, say) the family's genogram, replacing the
    // stored one. People in it who are in the family record (same name and date or year
    // of birth) are linked to the record instead of being added twice; family-record
    // people it does not have join it as open() adds newcomers. Returns what was stored.
    Result<Genogram> importReplacing(const QString& familyId, Genogram imported);

    // Writes the differences between two versions of a family's genogram in one
    // transaction: the simplest way for an edit (or its undo) to reach the store.
    Status applyChanges(const Genogram& before, const Genogram& after);

    // Fine-grained writes; each is one transaction. The family must have a stored
    // genogram (open() makes one).
    Result<QString> addPerson(const QString& familyId, const Person& person);
    Status updatePerson(const QString& familyId, const Person& person);
    // Also removes the person's unions, child links (as the child), relationships and
    // pin, clears them as a parent in child links, and takes them out of households,
    // as removePersonAndLinks() does in the model. The family record is not changed.
    Status removePerson(const QString& familyId, const QString& personId);
    Status setPin(const QString& familyId, const QString& personId,
                  const std::optional<QPointF>& pinnedAt);

    Result<QString> addUnion(const QString& familyId, const Union& couple);
    Status updateUnion(const QString& familyId, const Union& couple);
    Status removeUnion(const QString& familyId, const QString& unionId);

    Result<QString> addChildLink(const QString& familyId, const ChildLink& link);
    Status updateChildLink(const QString& familyId, const ChildLink& link);
    Status removeChildLink(const QString& familyId, const QString& linkId);

    Result<QString> addRelationship(const QString& familyId, const Relationship& relationship);
    Status updateRelationship(const QString& familyId, const Relationship& relationship);
    Status removeRelationship(const QString& familyId, const QString& relationshipId);

    Result<QString> addHousehold(const QString& familyId, const Household& household);
    Status updateHousehold(const QString& familyId, const Household& household);
    Status removeHousehold(const QString& familyId, const QString& householdId);

    // Runs `work` (several of the writes above) in one transaction: imports, demo data.
    Status inOneTransaction(const std::function<Status()>& work);

private:
    Status write(const std::function<Status()>& work);
    // Loads the stored genogram, changes a copy with `edit` and writes the difference.
    Status edit(const QString& familyId, const std::function<Status(Genogram&)>& change);
    // `takenOff` gets the family-record ids of people hidden from the genogram.
    std::optional<Genogram> loadStored(const QString& familyId,
                                       QStringList* takenOff = nullptr) const;
    std::optional<FamilyRecord> familyPeople(const QString& familyId) const;
    QList<CarerLink> carerLinks(const QString& familyId) const;

    const Database& m_database;
    store::RecordWriter m_writer;
    mutable store::StatementCache m_reads;
    std::unique_ptr<search::PersonIndex> m_index;
    std::unique_ptr<GenogramWriter> m_writes;
    store::WriteScope m_scope{m_database, m_writer};
};

} // namespace kith::genogram
