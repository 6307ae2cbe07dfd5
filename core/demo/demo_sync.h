#pragma once

#include "store/database.h"
#include "util/result.h"

namespace kith::demo {

// Gives about one demo family in forty an open sync conflict: a colleague's laptop and this
// one both changed how a person's first name is spelt while offline, so the app's conflict
// list has something to show. Written through the RecordWriter like any conflict record.
// Families that already have a conflict are left alone.
Status addDemoConflicts(const Database& database);

} // namespace kith::demo
