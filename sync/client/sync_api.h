#pragma once

#include "client/sync_transport.h"
#include "protocol/wire.h"
#include "util/clock.h"

#include <optional>

namespace kith::sync {

// Why a call to the server did not give an answer the engine can use.
struct SyncError {
    enum class Kind {
        Network,   // no answer: server down, connection lost, timed out
        Server,    // an error answer; `wire` holds its code and members
        Malformed, // an answer that does not follow the protocol
    };
    Kind kind = Kind::Network;
    int httpStatus = 0;
    WireError wire;
    QString detail; // for a log line; never personal data

    bool is(ErrorCode code) const { return kind == Kind::Server && wire.code == code; }
};

template <typename T>
struct ApiReply {
    std::optional<T> value;
    SyncError error;
    bool ok() const { return value.has_value(); }
};

// The protocol's calls, typed: adds the headers every request carries (protocol version,
// client time from the injected clock, the bearer token), and reads answers and errors.
class SyncApi {
public:
    SyncApi(SyncTransport& transport, const Clock& clock);

    void setToken(const QString& token) { m_token = token; }
    const QString& token() const { return m_token; }

    ApiReply<SessionResponse> signIn(const SessionRequest& request);
    ApiReply<DirectoryAnswer> directory(const DirectoryLookup& lookup);
    ApiReply<PushResponse> push(const PushRequest& request);
    // push() in two halves: the request goes now, its answer is read by collectPush().
    void beginPush(const PushRequest& request);
    // beginPush() in two steps: the body made (JSON, compressed) ahead of time, while the
    // server still applies the request before; then sent, with the headers of that moment.
    TransportRequest encodePush(const PushRequest& request);
    void beginPush(TransportRequest encodedPush);
    ApiReply<PushResponse> collectPush();
    // `includeOwn`: also the rows this device pushed and the server kept as they were
    // (a full reconcile needs every row). `askRemaining`: ask the server to count about how
    // many changes wait (PullPage::remaining), for a progress bar; costs the server a count.
    ApiReply<PullPage> pull(qint64 cursor, int limit, bool includeOwn = false,
                            bool askRemaining = false);
    // pull() in two halves: the request goes now, its page is read by collectPull(), so
    // that the server makes the next page while the laptop stores this one.
    void beginPull(qint64 cursor, int limit, bool includeOwn = false, bool askRemaining = false);
    ApiReply<PullPage> collectPull();
    // Ends the token on the server; failures are ignored (it expires anyway).
    void signOut();

    // Bytes sent and received so far (request and response bodies), for the benchmark.
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    template <typename T>
    ApiReply<T> call(TransportRequest request);
    // The headers every request carries, and the body compressed when that is worth it.
    TransportRequest prepared(TransportRequest request);
    TransportRequest encoded(TransportRequest request); // the body's type, compressed
    TransportRequest withHeaders(TransportRequest request);
    template <typename T>
    ApiReply<T> read(const TransportResponse& response);
    static TransportRequest pushRequest(const PushRequest& request);
    static TransportRequest pullRequest(qint64 cursor, int limit, bool includeOwn,
                                        bool askRemaining);

    SyncTransport& m_transport;
    const Clock& m_clock;
    QString m_token;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace kith::sync
