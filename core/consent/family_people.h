#pragma once

#include "model/family.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace kith::consent {

// What the consent rules need to know about a family's people and the professionals around
// them, read in a few small queries (no full family load).
class FamilyPeople {
public:
    static FamilyPeople load(const QSqlDatabase& db, const QString& familyId);

    bool familyExists() const { return m_exists; }
    const Person* person(const QString& id) const;
    const QHash<QString, Person>& people() const { return m_people; }
    bool isParentOrCarer(const QString& personId) const;
    // Whether the professional is the family's lead professional now, or working with them.
    bool isLeadProfessional(const QString& professionalId) const {
        return !professionalId.isEmpty() && professionalId == m_leadProfessionalId;
    }
    bool isWorkingWithFamily(const QString& professionalId) const {
        return m_involved.contains(professionalId);
    }

private:
    bool m_exists = false;
    QHash<QString, Person> m_people;
    QString m_leadProfessionalId;
    QSet<QString> m_involved;
};

// A professional and the name of their agency (as the agency directory names it).
struct ProfessionalAtAgency {
    Professional professional;
    QString agencyName;
};
std::optional<ProfessionalAtAgency> loadProfessional(const QSqlDatabase& db,
                                                     const QString& professionalId);

} // namespace kith::consent
