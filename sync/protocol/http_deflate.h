#pragma once

// Bodies compressed as `Content-Encoding: deflate`, which HTTP defines as a zlib stream
// (RFC 1950), not raw deflate.

#include <QByteArray>
#include <optional>

namespace kith::sync {

// The inflated body; nullopt when it is not a zlib stream. `tooLarge` is set (and nullopt
// returned) as soon as the output would pass `maxBytes`, so a small bomb cannot fill memory.
std::optional<QByteArray> inflateBody(const QByteArray& compressed, qint64 maxBytes,
                                      bool& tooLarge);
QByteArray deflateBody(const QByteArray& plain);

} // namespace kith::sync
