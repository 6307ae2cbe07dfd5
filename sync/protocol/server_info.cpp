#include "protocol/server_info.h"

namespace kith::sync {

QJsonObject ServerInfo::toJson() const {
    return {{QStringLiteral("status"), status},
            {QStringLiteral("version"), serverVersion},
            {QStringLiteral("protocol"), protocolVersion}};
}

std::optional<ServerInfo> ServerInfo::fromJson(const QJsonObject& json) {
    if (!json.value(QStringLiteral("status")).isString() ||
        !json.value(QStringLiteral("protocol")).isDouble())
        return std::nullopt;
    return ServerInfo{json.value(QStringLiteral("status")).toString(),
                      json.value(QStringLiteral("version")).toString(),
                      json.value(QStringLiteral("protocol")).toInt()};
}

} // namespace kith::sync
