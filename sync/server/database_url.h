#pragma once

#include "util/result.h"

#include <QString>

namespace kith::server {

// Where a PostgreSQL database is: postgresql://user[:password]@host[:port]/dbname, with an
// optional ?schema=NAME (tests give each run its own schema in one database).
struct DatabaseUrl {
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString schema;
};

// A message naming what is wrong and how the URL should look when it cannot be read.
Result<DatabaseUrl> parseDatabaseUrl(const QString& text);

} // namespace kith::server
