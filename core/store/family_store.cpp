#include "store/family_store.h"

#include "search/person_index.h"
#include "store/entity_fields.h"
#include "store/family_store_reads.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QSqlQuery>
#include <algorithm>

namespace kith {
namespace {

using store::fieldsOf;

template <typename T>
void ensureId(T& record) {
    if (record.id.isEmpty())
        record.id = newId();
}

Status asStatus(const Result<qint64>& result) {
    return result ? okStatus() : Status::fail(result.error());
}

QString currentPostcode(const FamilyRecord& record) {
    const auto address = record.currentAddress();
    return address ? address->postcode : QString();
}

QList<PersonName> namesOf(const FamilyRecord& record, const QString& personId) {
    QList<PersonName> names;
    for (const PersonName& name : record.otherNames) {
        if (name.personId == personId)
            names.append(name);
    }
    return names;
}

} // namespace

FamilyStore::FamilyStore(Database& database)
    : m_database(database)
    , m_writer(database.connection(), database.clock(), database.deviceId())
    , m_reads(database.connection())
    , m_index(std::make_unique<search::PersonIndex>(database.connection())) {}

FamilyStore::~FamilyStore() = default;

void FamilyStore::setActor(const QString& actor) {
    m_writer.setActor(actor);
}

template <typename Work>
Status FamilyStore::inTransaction(Work&& work) {
    sql::Transaction transaction(m_database.connection());
    if (!transaction.begun())
        return transaction.begun();
    m_writer.beginAuditBatch();
    if (Status done = work(); !done)
        return done;
    if (Status audited = m_writer.finishAuditBatch(); !audited)
        return audited;
    return transaction.commit();
}

Result<QString> FamilyStore::createFamily(FamilyRecord record) {
    const Status stored = inTransaction([&] { return writeFamily(record); });
    if (!stored)
        return Result<QString>::fail(stored.error());
    return Result<QString>::ok(record.family.id);
}

Result<QStringList> FamilyStore::createFamilies(QList<FamilyRecord> records) {
    QStringList ids;
    const Status stored = inTransaction([&] {
        for (FamilyRecord& record : records) {
            if (Status done = writeFamily(record); !done)
                return done;
            ids.append(record.family.id);
        }
        return okStatus();
    });
    if (!stored)
        return Result<QStringList>::fail(stored.error());
    return Result<QStringList>::ok(ids);
}

Status FamilyStore::writeFamily(FamilyRecord& record) {
    ensureId(record.family);
    if (record.family.name.trimmed().isEmpty())
        return Status::fail(tr("A family needs a name."));
    const QDateTime now = m_database.clock().nowUtc();
    record.family.createdAt = now;
    record.family.updatedAt = now;
    if (Status family = asStatus(m_writer.insert(store::table::family, fieldsOf(record.family)));
        !family)
        return family;
    return writeFamilyParts(record);
}

Status FamilyStore::writeFamilyParts(FamilyRecord& record) {
    const QString familyId = record.family.id;
    for (Person& person : record.people) {
        ensureId(person);
        person.familyId = familyId;
    }
    // A baby's mother must be stored before the baby refers to her.
    std::stable_partition(record.people.begin(), record.people.end(),
                          [](const Person& person) { return person.motherId.isEmpty(); });
    for (const PersonName& name : std::as_const(record.otherNames)) {
        if (!record.person(name.personId))
            return Status::fail(tr("A former name or alias belongs to nobody in this family."));
    }
    const QString postcode = currentPostcode(record);
    for (const Person& person : std::as_const(record.people)) {
        const auto rowId = m_writer.insert(store::table::person, fieldsOf(person));
        if (!rowId)
            return Status::fail(rowId.error());
        for (PersonName& name : record.otherNames) {
            if (name.personId != person.id)
                continue;
            ensureId(name);
            if (Status done = asStatus(m_writer.insert(store::table::personName, fieldsOf(name)));
                !done)
                return done;
        }
        if (Status indexed = m_index->insert(search::IndexEntry::of(
                rowId.value(), person, namesOf(record, person.id), postcode));
            !indexed)
            return indexed;
    }
    for (LeadProfessionalAssignment& assignment : record.leadHistory) {
        if (assignment.recordedBy.isEmpty())
            assignment.recordedBy = m_writer.actor();
        if (!assignment.recordedAt.isValid())
            assignment.recordedAt = m_database.clock().nowUtc();
    }
    if (Status done = insertFamilyRows(store::table::address, record.addresses, familyId); !done)
        return done;
    if (Status done = insertFamilyRows(store::table::contactDetail, record.contacts, familyId);
        !done)
        return done;
    if (Status done = insertFamilyRows(store::table::involvement, record.involvements, familyId);
        !done)
        return done;
    if (Status done =
            insertFamilyRows(store::table::leadProfessional, record.leadHistory, familyId);
        !done)
        return done;
    if (Status done =
            insertFamilyRows(store::table::relationshipToChild, record.relationships, familyId);
        !done)
        return done;
    return okStatus();
}

template <typename Rows>
Status FamilyStore::insertFamilyRows(const QString& table, Rows& rows, const QString& familyId) {
    for (auto& row : rows) {
        ensureId(row);
        row.familyId = familyId;
        if (Status done = asStatus(m_writer.insert(table, fieldsOf(row))); !done)
            return done;
    }
    return okStatus();
}

Status FamilyStore::touchFamily(const QString& familyId) {
    return m_writer.update(
        store::table::family, familyId,
        {{QStringLiteral("updated_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
}

Status FamilyStore::renameFamily(const QString& familyId, const QString& name) {
    if (name.trimmed().isEmpty())
        return Status::fail(tr("A family needs a name."));
    return inTransaction([&] {
        return m_writer.update(
            store::table::family, familyId,
            {{QStringLiteral("name"), name.trimmed()},
             {QStringLiteral("updated_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
    });
}

Result<QString> FamilyStore::addPerson(Person person, const QList<PersonName>& otherNames) {
    ensureId(person);
    const Status stored = inTransaction([&] {
        if (Status done = asStatus(m_writer.insert(store::table::person, fieldsOf(person))); !done)
            return done;
        for (PersonName name : otherNames) {
            ensureId(name);
            name.personId = person.id;
            if (Status done = asStatus(m_writer.insert(store::table::personName, fieldsOf(name)));
                !done)
                return done;
        }
        if (Status done = touchFamily(person.familyId); !done)
            return done;
        return m_index->reindexPerson(person.id);
    });
    return stored ? Result<QString>::ok(person.id) : Result<QString>::fail(stored.error());
}

Status FamilyStore::updatePerson(const Person& person) {
    return inTransaction([&] {
        QSqlQuery current(m_database.connection());
        current.prepare(QStringLiteral("SELECT * FROM person WHERE id = ?"));
        current.addBindValue(person.id);
        if (Status ran = sql::exec(current); !ran)
            return ran;
        if (!current.next())
            return Status::fail(tr("There is no such person in this store."));
        const QVariantMap before = fieldsOf(store::personFrom(store::Row(current.record())));
        current.finish();
        QVariantMap changed = store::changedFields(before, fieldsOf(person));
        changed.remove(QStringLiteral("family_id")); // moving between families is a merge
        if (changed.isEmpty())
            return okStatus();
        if (Status done = m_writer.update(store::table::person, person.id, changed); !done)
            return done;
        if (Status done = touchFamily(person.familyId); !done)
            return done;
        return m_index->reindexPerson(person.id);
    });
}

Status FamilyStore::removePerson(const QString& personId) {
    return inTransaction([&] {
        QSqlQuery lookup(m_database.connection());
        lookup.prepare(QStringLiteral("SELECT local_id, family_id FROM person WHERE id = ?"));
        lookup.addBindValue(personId);
        if (Status ran = sql::exec(lookup); !ran)
            return ran;
        if (!lookup.next())
            return Status::fail(tr("There is no such person in this store."));
        const qint64 localId = lookup.value(0).toLongLong();
        const QString familyId = lookup.value(1).toString();
        lookup.finish();
        // Dependent rows are removed one by one so that each removal reaches the change log.
        for (const QString& table :
             {store::table::personName, store::table::contactDetail, store::table::involvement}) {
            QSqlQuery dependants(m_database.connection());
            dependants.prepare(QStringLiteral("SELECT id FROM %1 WHERE person_id = ?").arg(table));
            dependants.addBindValue(personId);
            if (Status ran = sql::exec(dependants); !ran)
                return ran;
            QStringList ids;
            while (dependants.next())
                ids.append(dependants.value(0).toString());
            for (const QString& id : std::as_const(ids)) {
                if (Status done = m_writer.remove(table, id); !done)
                    return done;
            }
        }
        // Their relationships to the children, and the family's to them if a child.
        QSqlQuery relationships(m_database.connection());
        relationships.prepare(QStringLiteral(
            "SELECT id FROM relationship_to_child WHERE person_id = ? OR child_id = ?"));
        relationships.addBindValue(personId);
        relationships.addBindValue(personId);
        if (Status ran = sql::exec(relationships); !ran)
            return ran;
        QStringList relationshipIds;
        while (relationships.next())
            relationshipIds.append(relationships.value(0).toString());
        for (const QString& id : std::as_const(relationshipIds)) {
            if (Status done = m_writer.remove(store::table::relationshipToChild, id); !done)
                return done;
        }
        // An unborn baby keeps its place in the family when its mother's record goes.
        QSqlQuery babies(m_database.connection());
        babies.prepare(QStringLiteral("SELECT id FROM person WHERE mother_id = ?"));
        babies.addBindValue(personId);
        if (Status ran = sql::exec(babies); !ran)
            return ran;
        QStringList babyIds;
        while (babies.next())
            babyIds.append(babies.value(0).toString());
        for (const QString& id : std::as_const(babyIds)) {
            if (Status done = m_writer.update(store::table::person, id,
                                              {{QStringLiteral("mother_id"), QVariant()}});
                !done)
                return done;
        }
        if (Status done = m_index->remove(localId); !done)
            return done;
        if (Status done = m_writer.remove(store::table::person, personId); !done)
            return done;
        return touchFamily(familyId);
    });
}

Result<QString> FamilyStore::addOtherName(PersonName name) {
    ensureId(name);
    const Status stored = inTransaction([&] {
        if (Status done = asStatus(m_writer.insert(store::table::personName, fieldsOf(name)));
            !done)
            return done;
        return m_index->reindexPerson(name.personId);
    });
    return stored ? Result<QString>::ok(name.id) : Result<QString>::fail(stored.error());
}

Result<QString> FamilyStore::moveToAddress(Address address) {
    ensureId(address);
    if (!address.fromDate.isValid())
        address.fromDate = m_database.clock().today();
    const Status stored = inTransaction([&] {
        QSqlQuery current(m_database.connection());
        current.prepare(
            QStringLiteral("SELECT id FROM address WHERE family_id = ? AND to_date IS NULL"));
        current.addBindValue(address.familyId);
        if (Status ran = sql::exec(current); !ran)
            return ran;
        QStringList previous;
        while (current.next())
            previous.append(current.value(0).toString());
        for (const QString& id : std::as_const(previous)) {
            if (Status done = m_writer.update(
                    store::table::address, id,
                    {{QStringLiteral("to_date"), sql::fromDate(address.fromDate.addDays(-1))}});
                !done)
                return done;
        }
        if (Status done = asStatus(m_writer.insert(store::table::address, fieldsOf(address)));
            !done)
            return done;
        if (Status done = touchFamily(address.familyId); !done)
            return done;
        return m_index->reindexFamily(address.familyId);
    });
    return stored ? Result<QString>::ok(address.id) : Result<QString>::fail(stored.error());
}

Result<QString> FamilyStore::addContact(ContactDetail contact) {
    ensureId(contact);
    const Status stored = inTransaction(
        [&] { return asStatus(m_writer.insert(store::table::contactDetail, fieldsOf(contact))); });
    return stored ? Result<QString>::ok(contact.id) : Result<QString>::fail(stored.error());
}

Result<QString> FamilyStore::saveAgency(Agency agency) {
    const bool isNew = agency.id.isEmpty();
    ensureId(agency);
    const Status stored = inTransaction([&] {
        if (isNew || !this->agency(agency.id))
            return asStatus(m_writer.insert(store::table::agency, fieldsOf(agency)));
        return m_writer.update(
            store::table::agency, agency.id,
            store::changedFields(fieldsOf(*this->agency(agency.id)), fieldsOf(agency)));
    });
    return stored ? Result<QString>::ok(agency.id) : Result<QString>::fail(stored.error());
}

Result<QString> FamilyStore::saveProfessional(Professional person) {
    const bool isNew = person.id.isEmpty();
    ensureId(person);
    const Status stored = inTransaction([&] {
        const auto existing = isNew ? std::nullopt : professional(person.id);
        if (!existing)
            return asStatus(m_writer.insert(store::table::professional, fieldsOf(person)));
        return m_writer.update(store::table::professional, person.id,
                               store::changedFields(fieldsOf(*existing), fieldsOf(person)));
    });
    return stored ? Result<QString>::ok(person.id) : Result<QString>::fail(stored.error());
}

Result<QString> FamilyStore::addInvolvement(Involvement involvement) {
    ensureId(involvement);
    const Status stored = inTransaction([&] {
        if (Status done =
                asStatus(m_writer.insert(store::table::involvement, fieldsOf(involvement)));
            !done)
            return done;
        return touchFamily(involvement.familyId);
    });
    return stored ? Result<QString>::ok(involvement.id) : Result<QString>::fail(stored.error());
}

Status FamilyStore::endInvolvement(const QString& involvementId, const QDate& endedOn) {
    return inTransaction([&] {
        return m_writer.update(store::table::involvement, involvementId,
                               {{QStringLiteral("ended_on"), sql::fromDate(endedOn)}});
    });
}

Result<QString> FamilyStore::appointLeadProfessional(const QString& familyId,
                                                     const QString& professionalId,
                                                     const QDate& startsOn, const QString& reason,
                                                     bool agreedWithFamily) {
    LeadProfessionalAssignment next;
    next.id = newId();
    next.familyId = familyId;
    next.professionalId = professionalId;
    next.startedOn = startsOn.isValid() ? startsOn : m_database.clock().today();
    next.reason = reason;
    next.agreedWithFamily = agreedWithFamily;
    next.recordedBy = m_writer.actor();
    next.recordedAt = m_database.clock().nowUtc();
    const Status stored = inTransaction([&] {
        if (const auto current = currentLeadProfessional(familyId)) {
            if (current->assignment.professionalId == professionalId)
                return Status::fail(tr("They are already the lead professional."));
            if (next.startedOn <= current->assignment.startedOn)
                return Status::fail(
                    tr("The new lead professional must start after the current one did."));
            if (Status done = m_writer.update(
                    store::table::leadProfessional, current->assignment.id,
                    {{QStringLiteral("ended_on"), sql::fromDate(next.startedOn.addDays(-1))}});
                !done)
                return done;
        }
        if (Status done = asStatus(m_writer.insert(store::table::leadProfessional, fieldsOf(next)));
            !done)
            return done;
        return touchFamily(familyId);
    });
    return stored ? Result<QString>::ok(next.id) : Result<QString>::fail(stored.error());
}

} // namespace kith
