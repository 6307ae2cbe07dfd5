#include "store/family_store_reads.h"

#include "store/entity_fields.h"
#include "store/family_store.h"
#include "store/sql_support.h"

#include <QSqlQuery>

namespace kith {
namespace {

// Runs `statement` with one bound value and hands each row to `take`.
template <typename Take>
bool eachRow(store::StatementCache& cache, const QString& statement, const QVariant& value,
             Take take) {
    QSqlQuery& query = cache.get(statement);
    if (value.isValid())
        query.bindValue(0, value);
    if (!query.exec())
        return false;
    const QStringList columns = store::columnNames(query);
    while (query.next())
        take(store::Row(query, columns));
    query.finish();
    return true;
}

int countOf(store::StatementCache& cache, const QString& statement) {
    int count = 0;
    eachRow(cache, statement, {}, [&](const store::Row& row) { count = row.at(0).toInt(); });
    return count;
}

} // namespace

FamilyStore::FamilyReads::FamilyReads(const QSqlDatabase& db)
    : family(db, QStringLiteral("SELECT * FROM family WHERE id = ?"))
    // Parents first, then children eldest first; unborn babies last.
    , people(db, QStringLiteral("SELECT * FROM person WHERE family_id = ? ORDER BY unborn, "
                                "role IN ('child','young_person'), date_of_birth, given_name"))
    , otherNames(db, QStringLiteral("SELECT n.* FROM person_name n JOIN person p ON p.id = "
                                    "n.person_id WHERE p.family_id = ?"))
    , addresses(db, QStringLiteral("SELECT * FROM address WHERE family_id = ? ORDER BY to_date "
                                   "IS NOT NULL, from_date DESC"))
    , contacts(db, QStringLiteral("SELECT * FROM contact_detail WHERE family_id = ? ORDER BY "
                                  "preferred DESC, kind DESC, label"))
    , involvements(db, QStringLiteral("SELECT * FROM involvement WHERE family_id = ? ORDER BY "
                                      "ended_on IS NOT NULL, started_on DESC"))
    , leadHistory(db, QStringLiteral("SELECT * FROM lead_professional WHERE family_id = ? ORDER "
                                     "BY started_on"))
    , relationships(db, QStringLiteral("SELECT * FROM relationship_to_child WHERE family_id = ?")) {
}

std::optional<FamilyRecord> FamilyStore::loadFamily(const QString& familyId) const {
    if (!m_familyReads)
        m_familyReads = std::make_unique<FamilyReads>(m_database.connection());
    FamilyReads& reads = *m_familyReads;
    const QVariant id(familyId);
    FamilyRecord record;
    bool found = false;
    reads.family.forEach(id, [&](const store::Row& row) {
        record.family = store::familyFrom(row);
        found = true;
    });
    if (!found)
        return std::nullopt;
    reads.people.forEach(
        id, [&](const store::Row& row) { record.people.append(store::personFrom(row)); });
    reads.otherNames.forEach(
        id, [&](const store::Row& row) { record.otherNames.append(store::personNameFrom(row)); });
    reads.addresses.forEach(
        id, [&](const store::Row& row) { record.addresses.append(store::addressFrom(row)); });
    reads.contacts.forEach(
        id, [&](const store::Row& row) { record.contacts.append(store::contactFrom(row)); });
    reads.involvements.forEach(id, [&](const store::Row& row) {
        record.involvements.append(store::involvementFrom(row));
    });
    reads.leadHistory.forEach(id, [&](const store::Row& row) {
        record.leadHistory.append(store::leadAssignmentFrom(row));
    });
    reads.relationships.forEach(id, [&](const store::Row& row) {
        record.relationships.append(store::relationshipFrom(row));
    });
    return record;
}

QList<FamilySummary> FamilyStore::listFamilies(int limit, int offset) const {
    QList<FamilySummary> families;
    QSqlQuery& query = m_reads.get(QStringLiteral(
        "SELECT f.id, f.name, "
        " (SELECT a.postcode FROM address a WHERE a.family_id = f.id AND a.to_date IS NULL "
        "  ORDER BY a.from_date DESC LIMIT 1), "
        " (SELECT count(*) FROM person p WHERE p.family_id = f.id), "
        " (SELECT pr.name FROM lead_professional l JOIN professional pr ON pr.id = "
        "  l.professional_id WHERE l.family_id = f.id AND l.ended_on IS NULL) "
        "FROM family f WHERE f.merged_into IS NULL "
        "ORDER BY f.name COLLATE NOCASE, f.id LIMIT ? OFFSET ?"));
    query.bindValue(0, limit);
    query.bindValue(1, offset);
    if (!query.exec())
        return families;
    while (query.next()) {
        families.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toInt(),
                         query.value(4).toString()});
    }
    query.finish();
    return families;
}

int FamilyStore::familyCount() const {
    return countOf(m_reads,
                   QStringLiteral("SELECT count(*) FROM family WHERE merged_into IS NULL"));
}

int FamilyStore::personCount() const {
    return countOf(m_reads, QStringLiteral("SELECT count(*) FROM person"));
}

int FamilyStore::pendingChangeCount() const {
    return countOf(m_reads,
                   QStringLiteral("SELECT count(*) FROM change_log WHERE pushed_at IS NULL"));
}

QList<Agency> FamilyStore::agencies() const {
    QList<Agency> all;
    eachRow(m_reads, QStringLiteral("SELECT * FROM agency ORDER BY name"), {},
            [&](const store::Row& row) { all.append(store::agencyFrom(row)); });
    return all;
}

std::optional<Professional> FamilyStore::professional(const QString& id) const {
    std::optional<Professional> found;
    eachRow(m_reads, QStringLiteral("SELECT * FROM professional WHERE id = ?"), id,
            [&](const store::Row& row) { found = store::professionalFrom(row); });
    return found;
}

std::optional<Agency> FamilyStore::agency(const QString& id) const {
    std::optional<Agency> found;
    eachRow(m_reads, QStringLiteral("SELECT * FROM agency WHERE id = ?"), id,
            [&](const store::Row& row) { found = store::agencyFrom(row); });
    return found;
}

std::optional<LeadProfessionalContact>
FamilyStore::currentLeadProfessional(const QString& familyId) const {
    std::optional<LeadProfessionalAssignment> assignment;
    eachRow(
        m_reads,
        QStringLiteral("SELECT * FROM lead_professional WHERE family_id = ? AND ended_on IS NULL"),
        familyId, [&](const store::Row& row) { assignment = store::leadAssignmentFrom(row); });
    if (!assignment)
        return std::nullopt;
    const auto who = professional(assignment->professionalId);
    if (!who)
        return std::nullopt;
    return LeadProfessionalContact{*assignment, *who, agency(who->agencyId)};
}

} // namespace kith
