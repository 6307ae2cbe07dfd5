#include "client/http_response_parser.h"

#include "protocol/http_deflate.h"
#include "protocol/wire.h"

namespace kith::sync {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;

bool listsToken(const QByteArray& value, const QByteArray& token) {
    for (const QByteArray& part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpResponseParser::State HttpResponseParser::broken(const QString& why) {
    m_problem = why;
    m_keepAlive = false;
    return m_state = State::Broken;
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray& bytes) {
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer += bytes;
    if (!m_headDone) {
        if (const State head = parseHead(); head != State::Incomplete || !m_headDone)
            return head;
    }
    return parseBody();
}

HttpResponseParser::State HttpResponseParser::closed() {
    m_keepAlive = false;
    if (m_state != State::Incomplete)
        return m_state;
    if (m_headDone && m_framing == Framing::UntilClose) {
        m_body += m_buffer;
        m_buffer.clear();
        return finish();
    }
    return broken(QStringLiteral("the connection closed before the whole answer arrived"));
}

HttpResponseParser::State HttpResponseParser::parseHead() {
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeadBytes)
            return broken(QStringLiteral("the answer's headers are too long"));
        return State::Incomplete;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    bool numeric = false;
    const int code = status.size() >= 2 ? status.at(1).toInt(&numeric) : 0;
    if (!status.first().startsWith("HTTP/1.") || !numeric || code < 100 || code > 999)
        return broken(QStringLiteral("the answer is not HTTP"));
    m_response.status = code;
    m_keepAlive = !status.first().startsWith("HTTP/1.0");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return broken(QStringLiteral("the answer has a malformed header line"));
        m_response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = m_response.header("Connection");
    if (listsToken(connection, "close"))
        m_keepAlive = false;
    else if (listsToken(connection, "keep-alive"))
        m_keepAlive = true;
    m_headDone = true;

    const QByteArray length = m_response.header("Content-Length");
    if (listsToken(m_response.header("Transfer-Encoding"), "chunked")) {
        m_framing = Framing::Chunked;
    } else if (!length.isEmpty()) {
        bool ok = false;
        m_length = length.toLongLong(&ok);
        if (!ok || m_length < 0)
            return broken(QStringLiteral("the answer's Content-Length is not a number"));
        if (m_length > limits::maxBodyBytes)
            return broken(QStringLiteral("the answer is larger than the protocol allows"));
        m_framing = Framing::Length;
    } else if (code == 204 || code == 304 || (code >= 100 && code < 200)) {
        m_framing = Framing::None;
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
    }
    return State::Incomplete;
}

HttpResponseParser::State HttpResponseParser::parseBody() {
    switch (m_framing) {
    case Framing::None:
        return finish();
    case Framing::UntilClose:
        m_body += m_buffer;
        m_buffer.clear();
        if (m_body.size() > limits::maxBodyBytes)
            return broken(QStringLiteral("the answer is larger than the protocol allows"));
        return State::Incomplete;
    case Framing::Length:
        if (m_buffer.size() < m_length)
            return State::Incomplete;
        m_body = m_buffer.left(m_length);
        m_buffer.remove(0, m_length);
        return finish();
    case Framing::Chunked:
        while (true) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return State::Incomplete;
            // "1a2b;extension" then the chunk and CRLF; a zero size ends the body.
            QByteArray sizeText = m_buffer.left(lineEnd);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return broken(QStringLiteral("the answer's chunked body is malformed"));
            if (size == 0) {
                // Trailers (none expected) end with an empty line.
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n", lineEnd + 2);
                if (trailerEnd < 0)
                    return State::Incomplete;
                m_buffer.remove(0, trailerEnd + 2);
                return finish();
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return State::Incomplete;
            m_body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
            if (m_body.size() > limits::maxBodyBytes)
                return broken(QStringLiteral("the answer is larger than the protocol allows"));
        }
    }
    return State::Incomplete;
}

HttpResponseParser::State HttpResponseParser::finish() {
    if (listsToken(m_response.header("Content-Encoding"), "deflate")) {
        bool tooLarge = false;
        std::optional<QByteArray> plain = inflateBody(m_body, limits::maxBodyBytes, tooLarge);
        if (!plain)
            return broken(tooLarge ? QStringLiteral("the answer is larger than the protocol allows")
                                   : QStringLiteral("the answer's deflated body is damaged"));
        m_response.body = std::move(*plain);
        m_response.headers.removeIf([](const QPair<QByteArray, QByteArray>& header) {
            return header.first.compare("Content-Encoding", Qt::CaseInsensitive) == 0;
        });
    } else {
        m_response.body = std::move(m_body);
    }
    m_body.clear();
    return m_state = State::Complete;
}

} // namespace kith::sync
