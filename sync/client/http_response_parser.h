#pragma once

#include "client/sync_transport.h"

#include <QByteArray>

namespace kith::sync {

// Reads one HTTP/1.1 response from bytes as they arrive: the status line, the headers, then
// a body framed by Content-Length, by chunked transfer coding, or by the end of the
// connection. A deflated body (Content-Encoding: deflate) is inflated, within the
// protocol's body limit.
class HttpResponseParser {
public:
    enum class State { Incomplete, Complete, Broken };

    // Feeds more bytes; returns where the response stands. Bytes after a complete response
    // are left unread (the protocol never pipelines, so there are none).
    State feed(const QByteArray& bytes);
    // The connection closed: a body framed by the end of the connection is complete now.
    State closed();

    const TransportResponse& response() const { return m_response; }
    // Why the response could not be read, when Broken.
    const QString& problem() const { return m_problem; }
    // The server will keep the connection open for the next request.
    bool keepAlive() const { return m_keepAlive; }

private:
    State parseHead();
    State parseBody();
    State finish();
    State broken(const QString& why);

    enum class Framing { Length, Chunked, UntilClose, None };
    QByteArray m_buffer;
    bool m_headDone = false;
    Framing m_framing = Framing::None;
    qint64 m_length = 0;
    QByteArray m_body;
    bool m_keepAlive = true;
    State m_state = State::Incomplete;
    QString m_problem;
    TransportResponse m_response;
};

} // namespace kith::sync
