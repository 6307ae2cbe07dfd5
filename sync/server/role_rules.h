#pragma once

// What a role may decide, checked on every pushed change. Family access (who works with a
// family) is decided elsewhere (family_access_rules.h); these are the decisions that belong
// to a role whoever works with the family: signing off an Early Help Assessment, or sending
// it back for changes, is a manager's (DOMAIN.md, "Managers").

#include "protocol/wire.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kith::server {

// Empty when an account of `role` may make `change` to a row stored with `storedFields`
// (nothing when the row is new), else the reason it may not, in plain words.
QString refusedForRole(const QString& role, const sync::PushChange& change,
                       const std::optional<QJsonObject>& storedFields);

} // namespace kith::server
