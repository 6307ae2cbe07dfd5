#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kith::sync {

// The wire protocol's version. A client and a server agree on it before syncing;
// docs/sync-protocol.md describes each version.
constexpr int kProtocolVersion = 1;

// What GET /health answers: that the server is up, and what it speaks.
struct ServerInfo {
    QString status; // "ok"
    QString serverVersion;
    int protocolVersion = 0;

    QJsonObject toJson() const;
    static std::optional<ServerInfo> fromJson(const QJsonObject& json);
    bool speaksOurProtocol() const { return protocolVersion == kProtocolVersion; }
};

} // namespace kith::sync
