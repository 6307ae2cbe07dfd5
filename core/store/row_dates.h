#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>

namespace kith::store {

// The store writes dates as "2026-11-25" and moments as "2026-11-25T10:30:00.000Z"
// (sql::fromDate, sql::fromDateTime). Opening a family reads dozens of them, and Qt's general
// ISO parsers cost more than the rest of reading the row, so these read exactly those shapes
// and give what sql::toDate / sql::toDateTime would. Anything else returns false, for the
// caller to hand to the general parser.
bool readStoredDate(QStringView text, QDate& date);
bool readStoredMoment(QStringView text, QDateTime& moment);

} // namespace kith::store
