#include "consent/family_people.h"

#include "store/entity_fields.h"

#include <QSqlQuery>

namespace kith::consent {

FamilyPeople FamilyPeople::load(const QSqlDatabase& db, const QString& familyId) {
    FamilyPeople found;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM family WHERE id = ?"));
    query.addBindValue(familyId);
    found.m_exists = query.exec() && query.next();
    if (!found.m_exists)
        return found;

    query.prepare(QStringLiteral("SELECT * FROM person WHERE family_id = ?"));
    query.addBindValue(familyId);
    if (query.exec()) {
        const QStringList columns = store::columnNames(query);
        while (query.next()) {
            const Person person = store::personFrom(store::Row(query, columns));
            found.m_people.insert(person.id, person);
        }
    }
    query.prepare(QStringLiteral(
        "SELECT professional_id FROM lead_professional WHERE family_id = ? AND ended_on IS NULL"));
    query.addBindValue(familyId);
    if (query.exec() && query.next())
        found.m_leadProfessionalId = query.value(0).toString();
    query.prepare(QStringLiteral("SELECT professional_id FROM involvement WHERE family_id = ? "
                                 "AND ended_on IS NULL AND professional_id IS NOT NULL"));
    query.addBindValue(familyId);
    if (query.exec()) {
        while (query.next())
            found.m_involved.insert(query.value(0).toString());
    }
    return found;
}

const Person* FamilyPeople::person(const QString& id) const {
    const auto found = m_people.constFind(id);
    return found == m_people.constEnd() ? nullptr : &*found;
}

bool FamilyPeople::isParentOrCarer(const QString& personId) const {
    const Person* found = person(personId);
    return found && (found->role == PersonRole::Parent || found->role == PersonRole::Carer);
}

std::optional<ProfessionalAtAgency> loadProfessional(const QSqlDatabase& db,
                                                     const QString& professionalId) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.*, a.name AS agency_name FROM professional p "
                                 "LEFT JOIN agency a ON a.id = p.agency_id WHERE p.id = ?"));
    query.addBindValue(professionalId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QStringList columns = store::columnNames(query);
    const store::Row row(query, columns);
    return ProfessionalAtAgency{store::professionalFrom(row), row.text("agency_name")};
}

} // namespace kith::consent
