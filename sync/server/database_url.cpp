#include "server/database_url.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace kith::server {

Result<DatabaseUrl> parseDatabaseUrl(const QString& text) {
    const auto fail = [](const QString& what) {
        return Result<DatabaseUrl>::fail(
            QStringLiteral("--database: %1; it should look like "
                           "postgresql://user[:password]@host[:port]/dbname")
                .arg(what));
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("this is not a URL"));
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return fail(QStringLiteral("only postgresql:// databases are supported"));
    DatabaseUrl parsed;
    parsed.user = url.userName();
    parsed.password = url.password();
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.database = url.path().mid(1);
    if (parsed.user.isEmpty())
        return fail(QStringLiteral("the user name is missing"));
    if (parsed.host.isEmpty())
        return fail(QStringLiteral("the host is missing"));
    if (parsed.database.isEmpty() || parsed.database.contains(u'/'))
        return fail(QStringLiteral("the database name is missing"));
    parsed.schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!parsed.schema.isEmpty() && !identifier.match(parsed.schema).hasMatch())
        return fail(QStringLiteral("the schema must be lower-case letters, digits and _"));
    return Result<DatabaseUrl>::ok(parsed);
}

} // namespace kith::server
