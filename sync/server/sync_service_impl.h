#pragma once

// Inside SyncService: each route in its own file (service_session.cpp, service_push.cpp,
// service_pull.cpp), sharing the checks and error answers here.

#include "protocol/append_only_entities.h"
#include "protocol/wire.h"
#include "server/server_store.h"
#include "server/sync_service.h"

#include <optional>

namespace kith::server {

// An error answer, or nothing when the request may go on.
using Refusal = std::optional<sync::WireError>;

struct SyncService::Impl {
    ServerStore& store;
    const Clock& clock;

    // Routes; `body` is already inflated, the protocol version already checked.
    ServiceResponse signIn(const ServiceRequest& request, const QByteArray& body);
    ServiceResponse signOut(const ServiceRequest& request);
    ServiceResponse push(const ServiceRequest& request, const QByteArray& body);
    ServiceResponse pull(const ServiceRequest& request);
    ServiceResponse directory(const ServiceRequest& request);

    // The signed-in account, or the error to answer (token_invalid / token_expired).
    // `deviceId`, when given, receives the device the sign-in was made for.
    std::optional<ServerAccount> signedIn(const ServiceRequest& request, sync::WireError& error,
                                          QString* deviceId = nullptr);
    // Over fifteen minutes of drift: the clock_drift error. Over two: `warning` is set.
    Refusal checkClock(const ServiceRequest& request, std::optional<sync::ClockWarning>& warning);
};

// Helpers shared by the routes.
ServiceResponse jsonResponse(int status, const QJsonObject& body);
ServiceResponse errorResponse(const sync::WireError& error);
sync::WireError wireError(sync::ErrorCode code, const QString& message, const QString& detail = {});
QJsonObject parseJsonBody(const QByteArray& body, QString& problem);
// Hub-wide reference entities, which have no family.
bool isHubWide(const QString& entity);

} // namespace kith::server
