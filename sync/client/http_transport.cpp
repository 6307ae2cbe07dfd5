#include "client/http_transport.h"

#include "client/http_response_parser.h"

#include <QDeadlineTimer>
#include <QSslSocket>

namespace kith::sync {

namespace {

bool isTls(const QUrl& url) {
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

} // namespace

HttpTransport::HttpTransport(QUrl server, int timeoutMs)
    : m_server(std::move(server))
    , m_timeoutMs(timeoutMs) {}

HttpTransport::~HttpTransport() = default;

QByteArray HttpTransport::requestBytes(const TransportRequest& request) const {
    QString base = m_server.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    QUrl target;
    target.setPath(base + request.path);
    target.setQuery(request.query);
    QByteArray target8 = target.toEncoded();
    if (target8.isEmpty())
        target8 = "/";
    const int defaultPort = isTls(m_server) ? 443 : 80;
    QByteArray host = QUrl::toAce(m_server.host());
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (m_server.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(m_server.port());

    QByteArray bytes;
    bytes.reserve(512 + request.body.size());
    bytes += request.method + ' ' + target8 + " HTTP/1.1\r\nHost: " + host +
             "\r\nAccept-Encoding: deflate\r\nConnection: keep-alive\r\n";
    for (const auto& [name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    bytes += "\r\n";
    bytes += request.body;
    return bytes;
}

void HttpTransport::drop() {
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

bool HttpTransport::connectIfNeeded(QString& problem) {
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return true;
    drop();
    m_socket = std::make_unique<QSslSocket>();
    const bool tls = isTls(m_server);
    const quint16 port = static_cast<quint16>(m_server.port(tls ? 443 : 80));
    if (tls)
        m_socket->connectToHostEncrypted(m_server.host(), port);
    else
        m_socket->connectToHost(m_server.host(), port);
    const bool connected =
        tls ? m_socket->waitForEncrypted(m_timeoutMs) : m_socket->waitForConnected(m_timeoutMs);
    if (!connected) {
        problem = m_socket->errorString();
        drop();
        return false;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

std::optional<TransportResponse> HttpTransport::write(const QByteArray& bytes,
                                                      const QDeadlineTimer& deadline,
                                                      bool& sentNothingBack) {
    sentNothingBack = false;
    m_socket->write(bytes);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(static_cast<int>(deadline.remainingTime()))) {
            TransportResponse failed;
            failed.networkError = deadline.hasExpired() ? QStringLiteral("the server took too long")
                                                        : m_socket->errorString();
            sentNothingBack = !deadline.hasExpired();
            drop();
            return failed;
        }
    }
    return std::nullopt;
}

TransportResponse HttpTransport::readAnswer(const QDeadlineTimer& deadline, bool& sentNothingBack) {
    sentNothingBack = false;
    TransportResponse failed;
    HttpResponseParser parser;
    bool anyAnswer = false;
    HttpResponseParser::State state = HttpResponseParser::State::Incomplete;
    while (state == HttpResponseParser::State::Incomplete) {
        if (m_socket->bytesAvailable() == 0 &&
            !m_socket->waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            if (deadline.hasExpired()) {
                failed.networkError = QStringLiteral("the server took too long");
                drop();
                return failed;
            }
            state = parser.closed();
            break;
        }
        const QByteArray received = m_socket->readAll();
        anyAnswer = anyAnswer || !received.isEmpty();
        state = parser.feed(received);
    }
    if (state != HttpResponseParser::State::Complete) {
        sentNothingBack = !anyAnswer;
        failed.networkError = anyAnswer ? parser.problem() : m_socket->errorString();
        drop();
        return failed;
    }
    if (!parser.keepAlive())
        drop();
    return parser.response();
}

TransportResponse HttpTransport::exchange(const QByteArray& bytes, bool& sentNothingBack) {
    const QDeadlineTimer deadline(m_timeoutMs);
    if (auto failed = write(bytes, deadline, sentNothingBack))
        return *failed;
    return readAnswer(deadline, sentNothingBack);
}

TransportResponse HttpTransport::send(const TransportRequest& request) {
    begin(request);
    return collect();
}

void HttpTransport::begin(const TransportRequest& request) {
    if (m_begun) // never collected: its answer would come first on this connection
        drop();
    Begun begun;
    begun.bytes = requestBytes(request);
    begun.reused = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    QString problem;
    if (!connectIfNeeded(problem)) {
        TransportResponse failed;
        failed.networkError = problem;
        begun.failed = failed;
    } else {
        begun.failed = write(begun.bytes, QDeadlineTimer(m_timeoutMs), begun.sentNothingBack);
    }
    m_begun = std::move(begun);
}

TransportResponse HttpTransport::collect() {
    if (!m_begun) {
        TransportResponse none;
        none.networkError = QStringLiteral("no request was sent");
        return none;
    }
    const Begun begun = std::move(*m_begun);
    m_begun.reset();
    QString problem;
    bool sentNothingBack = begun.sentNothingBack;
    TransportResponse response =
        begun.failed ? *begun.failed : readAnswer(QDeadlineTimer(m_timeoutMs), sentNothingBack);
    // A kept-alive connection the server closed while idle fails before any answer: try
    // once more on a new one. Safe for every request of the protocol: a push is idempotent
    // by its mutation ids, the rest only read or sign in.
    if (!response.answered() && begun.reused && sentNothingBack && connectIfNeeded(problem))
        response = exchange(begun.bytes, sentNothingBack);
    return response;
}

} // namespace kith::sync
