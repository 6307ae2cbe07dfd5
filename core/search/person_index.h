#pragma once

#include "model/person.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace kith::search {

// The text of one person's row in the person_search FTS5 table.
struct IndexEntry {
    qint64 localId = 0;
    QString names;    // every name word the person has had, folded
    QString sounds;   // sound-alike keys of those words
    QString dob;      // "d20150304 y2015", or "e20260301" for an expected delivery date
    QString postcode; // "tq14ab tq1"
    QString nhs;      // "9434765919"

    static IndexEntry of(qint64 localId, const Person& person, const QList<PersonName>& otherNames,
                         const QString& postcode);
};

// Keeps person_search in step with the people, names and addresses tables. The
// store calls it inside the same transaction as the change it reflects.
class PersonIndex {
public:
    explicit PersonIndex(QSqlDatabase db);

    // For a person new to the index; write() replaces an existing entry.
    Status insert(const IndexEntry& entry);
    Status write(const IndexEntry& entry);
    Status remove(qint64 localId);
    Status reindexPerson(const QString& personId);
    Status reindexFamily(const QString& familyId);
    // Many at once, a few statements in all (a pulled page touches hundreds of people): the
    // people named and everyone in the families named.
    Status reindex(const QStringList& personIds, const QStringList& familyIds);
    Status rebuildAll();

private:
    Status reindexWhere(const QString& condition, const QVariantList& values);
    QSqlDatabase m_db;
    QSqlQuery m_insert;
    QSqlQuery m_delete;
};

} // namespace kith::search
