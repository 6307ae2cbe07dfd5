#pragma once

#include "client/sync_transport.h"

#include <QUrl>
#include <memory>

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

private:
    QByteArray requestBytes(const TransportRequest& request) const;
    bool connectIfNeeded(QString& problem);
    // One attempt on the current connection; `sentNothingBack` is set when the connection
    // was found closed before any answer came (an idle keep-alive the server ended).
    TransportResponse exchange(const QByteArray& bytes, bool& sentNothingBack);
    void drop();

    QUrl m_server;
    int m_timeoutMs;
    std::unique_ptr<QSslSocket> m_socket;
};

} // namespace kith::sync
