#pragma once

#include <QStringList>

namespace kith::sync {

// The record kinds that are kept as written: a new row is the only change the server
// accepts for them, and they never conflict. The client learns the same fact from the
// store's own triggers; a test compares the two, so a schema step that adds an
// append-only table must add its name here too.
const QStringList& appendOnlyEntities();

} // namespace kith::sync
