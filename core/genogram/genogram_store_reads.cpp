#include "genogram/genogram_fields.h"
#include "genogram/genogram_store.h"
#include "store/sql_support.h"

#include <QHash>
#include <QSqlQuery>

namespace kith::genogram {
namespace {

// Runs `statement` with the family id bound and hands each row to `take`. (FamilyStore
// has the same helper privately; a shared one in store/ would serve both.)
template <typename Take>
void eachRow(store::StatementCache& cache, const QString& statement, const QString& familyId,
             Take take) {
    QSqlQuery& query = cache.get(statement);
    query.bindValue(0, familyId);
    if (!query.exec())
        return;
    const QStringList columns = store::columnNames(query);
    while (query.next())
        take(store::Row(query, columns));
    query.finish();
}

} // namespace

bool GenogramStore::exists(const QString& familyId) const {
    bool found = false;
    eachRow(m_reads, QStringLiteral("SELECT 1 FROM genogram WHERE family_id = ?"), familyId,
            [&](const store::Row&) { found = true; });
    return found;
}

std::optional<FamilyRecord> GenogramStore::familyPeople(const QString& familyId) const {
    FamilyRecord record;
    bool found = false;
    eachRow(m_reads, QStringLiteral("SELECT * FROM family WHERE id = ?"), familyId,
            [&](const store::Row& row) {
                record.family = store::familyFrom(row);
                found = true;
            });
    if (!found)
        return std::nullopt;
    // Parents first, then children eldest first, as the family view lists them.
    eachRow(m_reads,
            QStringLiteral("SELECT * FROM person WHERE family_id = ? ORDER BY unborn, "
                           "role IN ('child','young_person'), date_of_birth, given_name"),
            familyId, [&](const store::Row& row) { record.people.append(store::personFrom(row)); });
    return record;
}

// relationship_to_child comes with the registration details (schema 5); a store without
// it still gets a genogram from the people alone.
QList<CarerLink> GenogramStore::carerLinks(const QString& familyId) const {
    bool present = false;
    eachRow(m_reads,
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
            QStringLiteral("relationship_to_child"), [&](const store::Row&) { present = true; });
    QList<CarerLink> links;
    if (!present)
        return links;
    eachRow(
        m_reads,
        QStringLiteral("SELECT person_id, child_id, relationship FROM relationship_to_child "
                       "WHERE family_id = ?"),
        familyId, [&](const store::Row& row) {
            links.append({row.text("person_id"), row.text("child_id"), row.text("relationship")});
        });
    return links;
}

std::optional<Genogram> GenogramStore::loadStored(const QString& familyId,
                                                  QStringList* takenOff) const {
    Genogram genogram;
    eachRow(m_reads, QStringLiteral("SELECT id FROM genogram WHERE family_id = ?"), familyId,
            [&](const store::Row& row) { genogram.id = row.text("id"); });
    if (genogram.id.isEmpty())
        return std::nullopt;
    genogram.familyId = familyId;
    const std::optional<FamilyRecord> record = familyPeople(familyId);
    QHash<QString, qsizetype> position; // genogram person id -> index in people
    eachRow(m_reads,
            QStringLiteral("SELECT * FROM genogram_person WHERE family_id = ? ORDER BY rowid"),
            familyId, [&](const store::Row& row) {
                Person person = genogram::personFrom(row);
                if (row.flag("hidden")) {
                    if (takenOff && !person.familyPersonId.isEmpty())
                        takenOff->append(person.familyPersonId);
                    return;
                }
                if (!person.familyPersonId.isEmpty()) {
                    const kith::Person* member =
                        record ? record->person(person.familyPersonId) : nullptr;
                    if (!member)
                        return; // gone from the family record (the row goes with it)
                    takeRecordFacts(person, *record, *member);
                }
                position.insert(person.id, genogram.people.size());
                genogram.people.append(std::move(person));
            });
    eachRow(m_reads, QStringLiteral("SELECT * FROM genogram_pin WHERE family_id = ?"), familyId,
            [&](const store::Row& row) {
                const auto at = position.constFind(row.text("genogram_person_id"));
                if (at != position.cend())
                    genogram.people[*at].pinnedAt =
                        QPointF(row.value("x").toDouble(), row.value("y").toDouble());
            });
    auto known = [&](const QString& id) {
        return id.isEmpty() || position.contains(id);
    };
    eachRow(m_reads,
            QStringLiteral("SELECT * FROM genogram_union WHERE family_id = ? ORDER BY rowid"),
            familyId, [&](const store::Row& row) {
                Union couple = genogram::unionFrom(row);
                if (known(couple.partnerA) && known(couple.partnerB))
                    genogram.unions.append(couple);
            });
    eachRow(m_reads,
            QStringLiteral("SELECT * FROM genogram_child WHERE family_id = ? ORDER BY rowid"),
            familyId, [&](const store::Row& row) {
                ChildLink link = genogram::childLinkFrom(row);
                if (known(link.childId) && known(link.parentA) && known(link.parentB) &&
                    !(link.parentA.isEmpty() && link.parentB.isEmpty()))
                    genogram.children.append(link);
            });
    eachRow(
        m_reads,
        QStringLiteral("SELECT * FROM genogram_relationship WHERE family_id = ? ORDER BY rowid"),
        familyId, [&](const store::Row& row) {
            Relationship relationship = genogram::relationshipFrom(row);
            if (known(relationship.from) && known(relationship.to))
                genogram.relationships.append(relationship);
        });
    QHash<QString, qsizetype> householdAt;
    eachRow(m_reads,
            QStringLiteral("SELECT * FROM genogram_household WHERE family_id = ? ORDER BY rowid"),
            familyId, [&](const store::Row& row) {
                householdAt.insert(row.text("id"), genogram.households.size());
                genogram.households.append({row.text("id"), row.text("label"), {}});
            });
    eachRow(m_reads,
            QStringLiteral("SELECT household_id, genogram_person_id FROM "
                           "genogram_household_member WHERE family_id = ? ORDER BY position, "
                           "rowid"),
            familyId, [&](const store::Row& row) {
                const auto at = householdAt.constFind(row.text("household_id"));
                const QString member = row.text("genogram_person_id");
                if (at != householdAt.cend() && position.contains(member))
                    genogram.households[*at].members.append(member);
            });
    return genogram;
}

Result<Genogram> GenogramStore::load(const QString& familyId) const {
    QStringList takenOff;
    if (std::optional<Genogram> stored = loadStored(familyId, &takenOff)) {
        if (std::optional<FamilyRecord> record = familyPeople(familyId))
            addNewRecordPeople(*stored, *record, carerLinks(familyId), takenOff);
        return Result<Genogram>::ok(std::move(*stored));
    }
    const std::optional<FamilyRecord> record = familyPeople(familyId);
    if (!record)
        return Result<Genogram>::fail(tr("There is no family with that id in this store."));
    return Result<Genogram>::ok(genogramFromFamily(*record, carerLinks(familyId)));
}

} // namespace kith::genogram
