// kithctl: Kith from the command line, for administrators and scripts.
#include "cli.h"
#include "store/migrations.h"

#include <map>

namespace {

QString usage() {
    return QCoreApplication::translate(
        "kithctl",
        "Usage: kithctl [--db FILE] [--json] COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  init                              create the store, or bring it up to date\n"
        "  demo [--families N] [--seed S]    fill an empty store with made-up families\n"
        "       [--today YYYY-MM-DD]\n"
        "  search TEXT [--limit N]           find people by name, date of birth, postcode\n"
        "                                    or NHS number\n"
        "  family show FAMILY_ID             show one family\n"
        "  check                             check the store's integrity; exit 0 only when sound\n"
        "  audit verify                      check the audit log's chain; exit 0 only when intact\n"
        "  audit history --family ID         who looked at or changed a family's record\n"
        "  subject-access --person ID --out DIR  everything held about one person (JSON, HTML)\n"
        "  workdays add DATE N | count FROM TO  working days by UK bank holidays [--region R]\n"
        "  due [--as-of DATE] [--all]        what is due and overdue for open episodes\n"
        "      [--professional ID] [--agency ID]  (without --all: only overdue and due soon)\n"
        "  policy show | use NAME | load FILE  the deadline policy: a preset (hackney, torbay,\n"
        "                                    westminster) or the council's own JSON file\n"
        "  retention due|hold|lift|propose|approve|reject  retention periods, legal holds\n"
        "                                    and destruction reviewed by a second person\n"
        "\n"
        "Options:\n"
        "  --db FILE    the store to work on\n"
        "  --json       print JSON instead of plain text\n"
        "  --version    print the version\n"
        "\n"
        "Exit status: 0 done, 1 failed, 2 the command was not understood.");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kithctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString dbPath;
    bool json = false;
    QString command;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!command.isEmpty()) {
            if (argument == QLatin1String("--json"))
                json = true;
            else
                rest.append(argument);
        } else if (argument == QLatin1String("--version")) {
            QTextStream(stdout) << "kithctl " << KITH_VERSION << " (store version "
                                << kith::latestSchemaVersion() << ")" << Qt::endl;
            return kithctl::Success;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            QTextStream(stdout) << usage() << Qt::endl;
            return kithctl::Success;
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--db")) {
            if (++i >= arguments.size()) {
                QTextStream(stderr) << "kithctl: --db needs a file." << Qt::endl;
                return kithctl::UsageError;
            }
            dbPath = arguments.at(i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            QTextStream(stderr) << "kithctl: unknown option " << argument << "\n\n"
                                << usage() << Qt::endl;
            return kithctl::UsageError;
        } else {
            command = argument;
        }
    }

    const std::map<QString, int (*)(kithctl::Invocation&)> commands{
        {QStringLiteral("init"), kithctl::runInit},
        {QStringLiteral("demo"), kithctl::runDemo},
        {QStringLiteral("check"), kithctl::runCheck},
        {QStringLiteral("search"), kithctl::runSearch},
        {QStringLiteral("family"), kithctl::runFamily},
        {QStringLiteral("audit"), kithctl::runAudit},
        {QStringLiteral("subject-access"), kithctl::runSubjectAccess},
        {QStringLiteral("workdays"), kithctl::runWorkdays},
        {QStringLiteral("due"), kithctl::runDue},
        {QStringLiteral("retention"), kithctl::runRetention},
        {QStringLiteral("policy"), kithctl::runPolicy},
    };
    const auto found = commands.find(command);
    if (found == commands.end()) {
        QTextStream(stderr) << (command.isEmpty()
                                    ? QStringLiteral("kithctl: no command given.")
                                    : QStringLiteral("kithctl: unknown command %1.").arg(command))
                            << "\n\n"
                            << usage() << Qt::endl;
        return kithctl::UsageError;
    }
    kithctl::Invocation invocation(dbPath, json, rest);
    return found->second(invocation);
}
