#include "user_commands.h"

#include "server/family_access_rules.h"
#include "server/server_store.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace kith::server {

namespace {

int fail(const QString& message) {
    QTextStream(stderr) << "kith-server: " << message << Qt::endl;
    return 1;
}

// Access follows accounts: a new or disabled account changes who works with which family.
int refreshed(ServerStore& store, const QString& name) {
    const auto account = store.accountByName(name);
    if (!account)
        return fail(QStringLiteral("there is no user called %1").arg(name));
    if (Status done = refreshAccessForAccount(store, *account, Clock::system().today()); !done)
        return fail(QStringLiteral("the account was saved but access could not be worked out: %1")
                        .arg(done.error()));
    return 0;
}

} // namespace

int runUserCommand(ServerStore& store, const QStringList& arguments,
                   const QCommandLineParser& parser, const QString& passwordInput) {
    const QString verb = arguments.value(0);
    QTextStream out(stdout);
    if (verb == QLatin1String("list") && arguments.size() == 1) {
        for (const ServerAccount& account : store.accounts()) {
            out << account.name << '\t' << account.role << '\t' << account.team << '\t'
                << account.hub << '\t' << account.professionalId << '\t'
                << (account.disabled ? "disabled" : "active") << Qt::endl;
        }
        return 0;
    }
    if (verb == QLatin1String("add") && arguments.size() == 2) {
        if (!parser.isSet(QStringLiteral("role")))
            return fail(QStringLiteral("user add needs --role practitioner, manager or admin"));
        NewAccount wanted{arguments.at(1),
                          parser.value(QStringLiteral("role")),
                          parser.value(QStringLiteral("team")),
                          parser.value(QStringLiteral("professional")),
                          parser.value(QStringLiteral("hub")),
                          passwordInput};
        const auto added = store.addAccount(wanted);
        if (!added)
            return fail(added.error());
        if (const int code = refreshed(store, added.value().name); code != 0)
            return code;
        out << "added " << added.value().name << " (" << added.value().role << ")" << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("disable") && arguments.size() == 2) {
        if (Status done = store.setDisabled(arguments.at(1), true); !done)
            return fail(done.error());
        if (const int code = refreshed(store, arguments.at(1)); code != 0)
            return code;
        out << "disabled " << arguments.at(1) << Qt::endl;
        return 0;
    }
    return fail(QStringLiteral("use: user add NAME --role ROLE [--team T] [--professional ID] "
                               "[--hub NAME] (password on standard input), user list, or "
                               "user disable NAME"));
}

} // namespace kith::server
