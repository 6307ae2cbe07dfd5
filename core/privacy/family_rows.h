#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kith::privacy {

// One synced row that belongs to a family.
struct FamilyRow {
    QString table;
    QString id;
    qint64 searchKey = 0; // person.local_id, for the search index; 0 for other tables
};

// Every row of every synced table that belongs to the family, in an order that can be
// removed one by one without a foreign key objecting or cascading behind the change
// log's back: rows that refer to others come before the rows they refer to, and the
// family row comes last. Tables are found from the schema (any table with a family_id,
// or a person_id into this family), so tables added later are included. The audit
// log, the change log, legal holds and destruction reviews are kept.
QList<FamilyRow> familyRows(const QSqlDatabase& db, const QString& familyId);

} // namespace kith::privacy
