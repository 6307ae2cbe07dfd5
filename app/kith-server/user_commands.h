#pragma once

// kith-server's account commands: user add, user list, user disable.

#include <QStringList>

class QCommandLineParser;

namespace kith::server {

class ServerStore;

// Runs `user add|list|disable ...` (`arguments` are the positional arguments after "user").
// Reads the password for `add` from `passwordInput`. Returns the process exit code.
int runUserCommand(ServerStore& store, const QStringList& arguments,
                   const QCommandLineParser& parser, const QString& passwordInput);

} // namespace kith::server
