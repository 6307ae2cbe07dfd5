#pragma once

#include "client/sync_transport.h"

#include <QDeadlineTimer>
#include <QUrl>
#include <memory>
#include <optional>

class QSslSocket;

namespace kith::sync {

// The protocol over HTTP/1.1 or HTTPS, on one kept-alive connection. Blocking: send()
// waits on the socket until the answer is whole or `timeoutMs` passes, so use it off the
// UI thread (the engine's own thread) or from a command-line tool.
//
// Written on a socket rather than QNetworkAccessManager because that one leaves Nagle's
// algorithm on and writes a request in pieces: every request with a body of more than a
// few kilobytes then waited about 40 ms for the server's delayed acknowledgement, which
// made a first sync of thousands of pages mostly waiting (decision 0010). Here each
// request goes to the kernel in one write, with TCP_NODELAY set.
class HttpTransport final : public SyncTransport {
public:
    explicit HttpTransport(QUrl server, int timeoutMs = 60000);
    ~HttpTransport() override;
    HttpTransport(const HttpTransport&) = delete;
    HttpTransport& operator=(const HttpTransport&) = delete;

    TransportResponse send(const TransportRequest& request) override;
    // Writes the whole request to the kernel; the server works on it while the caller does
    // something else, and collect() reads the answer.
    void begin(const TransportRequest& request) override;
    TransportResponse collect() override;

private:
    QByteArray requestBytes(const TransportRequest& request) const;
    bool connectIfNeeded(QString& problem);
    // One attempt on the current connection; `sentNothingBack` is set when the connection
    // was found closed before any answer came (an idle keep-alive the server ended).
    TransportResponse exchange(const QByteArray& bytes, bool& sentNothingBack);
    // The halves of exchange(): a failed write answers with the failure, else nothing.
    std::optional<TransportResponse> write(const QByteArray& bytes, const QDeadlineTimer& deadline,
                                           bool& sentNothingBack);
    TransportResponse readAnswer(const QDeadlineTimer& deadline, bool& sentNothingBack);
    void drop();

    // A request begun and not collected yet.
    struct Begun {
        QByteArray bytes;
        bool reused = false; // it went on a kept-alive connection
        std::optional<TransportResponse> failed;
        bool sentNothingBack = false;
    };

    QUrl m_server;
    int m_timeoutMs;
    std::unique_ptr<QSslSocket> m_socket;
    std::optional<Begun> m_begun;
};

} // namespace kith::sync
