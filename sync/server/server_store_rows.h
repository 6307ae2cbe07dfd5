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
// Binds a row's values in storedRecordColumns() order.
void bindStoredRecord(QSqlQuery& query, const StoredRecord& record);
// JSON objects as the server stores them (compact text), and back.
QString jsonObjectText(const QJsonObject& object);
QJsonObject jsonObjectOf(const QVariant& text);

} // namespace kith::server
