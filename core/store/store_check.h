#pragma once

#include "store/database.h"

#include <QStringList>

namespace kith {

// What `kithctl check` reports. A store is sound when it opens, passes SQLite's full
// integrity check, has no broken references, and its search index matches its people.
struct StoreCheckReport {
    StoreInspection inspection;
    QStringList problems; // each a sentence for an administrator
    int families = 0;
    int people = 0;
    int pendingChanges = 0;
    bool isSound() const { return inspection.failure == OpenFailure::None && problems.isEmpty(); }
};

// Reads only: a store that fails is never written to.
StoreCheckReport checkStore(const QString& path);

} // namespace kith
