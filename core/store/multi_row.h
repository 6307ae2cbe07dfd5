#pragma once

// Statements over many rows at once: a sync moves hundreds of thousands of rows, and most of
// the cost of a small statement is in running it at all. Statement texts depend only on a
// few sizes, so a StatementCache keeps a handful of them prepared.

#include <QString>
#include <functional>

namespace kith::store {

// "?, ?, ?"
QString placeholders(int count);
// "(?, ?), (?, ?)": `rows` groups of `columns` placeholders, for a multi-row VALUES.
QString placeholderRows(int rows, int columns);
// The size to pad an IN list of `count` values to (repeating a value changes nothing):
// one of a few sizes, at most kMaxInList.
int paddedInListSize(qsizetype count);
inline constexpr int kMaxInList = 500;
// Calls `write(start, size)` for chunks of `count` rows in sizes 64, 16, 4 and 1, largest
// first (rows cannot be repeated to pad an insert); stops at the first that returns false.
void forEachRowChunk(qsizetype count, const std::function<bool(qsizetype, int)>& write);

} // namespace kith::store
