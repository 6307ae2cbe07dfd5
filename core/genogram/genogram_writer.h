#pragma once

#include "genogram/genogram.h"
#include "model/family.h"
#include "store/record_writer.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace kith::search {
class PersonIndex;
}

namespace kith::genogram {

// Writes the difference between two versions of one family's genogram, row by row
// through the RecordWriter (so every row reaches the change log). The caller holds
// the transaction. Used only by GenogramStore.
class GenogramWriter {
public:
    GenogramWriter(QSqlDatabase db, store::RecordWriter& writer, search::PersonIndex& index);

    Status insertGenogram(const Genogram& genogram, const QDateTime& createdAt);
    Status removeGenogram(const QString& familyId);
    // `record` holds the family record's people, for changes to a linked person's
    // name, sex or date of birth (which are written to the family record).
    Status apply(const QString& familyId, const Genogram& before, const Genogram& after,
                 const FamilyRecord& record);

private:
    Status removeRows(const QString& familyId, const Genogram& before, const Genogram& after);
    Status writePeople(const QString& familyId, const Genogram& before, const Genogram& after,
                       const FamilyRecord& record);
    Status writePins(const QString& familyId, const Genogram& before, const Genogram& after);
    Status writeLinks(const QString& familyId, const Genogram& before, const Genogram& after);
    Status writeHouseholds(const QString& familyId, const Genogram& before, const Genogram& after);
    Status updateRecordPerson(const Person& person, const FamilyRecord& record);
    Status insertMember(const QString& familyId, const QString& householdId,
                        const QString& personId, int position);
    QString rowIdWhere(const QString& table, const QString& column, const QString& value,
                       const QString& column2 = {}, const QString& value2 = {});

    QSqlDatabase m_db;
    store::RecordWriter& m_writer;
    search::PersonIndex& m_index;
};

} // namespace kith::genogram
