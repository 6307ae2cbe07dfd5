#pragma once

#include <QStringList>

namespace kith::migration_steps {

// The two triggers that keep a table's rows as written: no update ever, and no delete
// unless destroying the whole family's record was approved by a second person (schema 3).
// `what` names the records in the refusal ("signed-off versions"). Tables whose update
// trigger has no WHEN clause are the ones sync treats as append-only.
QStringList keptAsWritten(const QString& table, const QString& what);

} // namespace kith::migration_steps
