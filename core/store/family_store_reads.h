#pragma once

#include "store/family_store.h"
#include "store/row_reader.h"

namespace kith {

// The SELECTs that open a family, each prepared once per store and kept: opening a
// family is the commonest read there is.
struct FamilyStore::FamilyReads {
    explicit FamilyReads(const QSqlDatabase& db);

    store::RowReader family;
    store::RowReader people;
    store::RowReader otherNames;
    store::RowReader addresses;
    store::RowReader contacts;
    store::RowReader involvements;
    store::RowReader leadHistory;
    store::RowReader relationships;
};

} // namespace kith
