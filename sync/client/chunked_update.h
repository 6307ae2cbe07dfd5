#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace kith::sync {

// Runs `statement`, whose last condition is "IN (%1)", for `keys` a few hundred at a time:
// one statement per chunk instead of one per key (marking a pushed page of the outbox).
// `leading` are bound first, before the keys, in every chunk.
Status execForKeys(const QSqlDatabase& db, const QString& statement, const QVariantList& leading,
                   const QVariantList& keys);

} // namespace kith::sync
