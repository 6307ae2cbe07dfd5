#include "protocol/http_deflate.h"

#include <array>
#include <zlib.h>

namespace kith::sync {

std::optional<QByteArray> inflateBody(const QByteArray& compressed, qint64 maxBytes,
                                      bool& tooLarge) {
    tooLarge = false;
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    // zlib's interface is not const-correct; it does not write to its input.
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    QByteArray out;
    std::array<char, 64 * 1024> chunk{};
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(chunk.data(), static_cast<qsizetype>(chunk.size() - stream.avail_out));
        if (out.size() > maxBytes) {
            tooLarge = true;
            break;
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // the input ended before the stream did
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END || tooLarge)
        return std::nullopt;
    return out;
}

QByteArray deflateBody(const QByteArray& plain) {
    // The fastest level: JSON rows still shrink about sixfold, and compressing a page costs
    // a fraction of what level 6 did (it was an eighth of the server's time in a pull).
    // qCompress writes a zlib stream after a 4-byte length of its own; HTTP wants the stream.
    return qCompress(plain, 1).mid(4);
}

} // namespace kith::sync
