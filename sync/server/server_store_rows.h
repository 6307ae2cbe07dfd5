#pragma once

// Shared by the ServerStore source files: how a `records` row is selected and read.

#include "server/server_store.h"

#include <QSqlQuery>

namespace kith::server {

// The columns readStoredRecord expects, in order.
const QString& storedRecordColumns();
// Without `withFieldVersions` the per-field seqs are not parsed (a pull does not send them).
// `forFeed`: the fields stay JSON text (fieldsText) and field versions are not read.
StoredRecord readStoredRecord(const QSqlQuery& query, int firstColumn, bool forFeed);

} // namespace kith::server
