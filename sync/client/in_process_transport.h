#pragma once

#include "client/sync_transport.h"

#include <functional>
#include <utility>

namespace kith::sync {

// Hands each request to a function in the same process, typically one that calls the
// server's SyncService (kith_sync does not link the server, so the caller wires it up).
// Tests wrap the function to inject faults: a lost answer, a request sent twice.
class InProcessTransport final : public SyncTransport {
public:
    using Handler = std::function<TransportResponse(const TransportRequest&)>;
    explicit InProcessTransport(Handler handler)
        : m_handler(std::move(handler)) {}
    TransportResponse send(const TransportRequest& request) override { return m_handler(request); }

private:
    Handler m_handler;
};

} // namespace kith::sync
