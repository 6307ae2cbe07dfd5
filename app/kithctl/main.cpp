// kithctl: Kith from the command line, for administrators and scripts.
#include "cli.h"
#include "store/migrations.h"

#include <QGuiApplication>
#include <map>
#include <memory>

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
        "  consent show --family ID          the family's consent, restrictions and overrides\n"
        "  consent may-share --family ID --with AGENCY [--what CATEGORY] [--purpose WHY]\n"
        "                                    may this be shared with them, and why (logged\n"
        "                                    as a sharing decision when --purpose is given)\n"
        "  retention due|hold|lift|propose|approve|reject  retention periods, legal holds\n"
        "                                    and destruction reviewed by a second person\n"
        "  register FILE.json                register a family from an About my Family\n"
        "                                    document (docs/about-my-family.md)\n"
        "  match JSON [--limit N]            is this person already known? best matches first\n"
        "  match duplicates | merge KEEP DUP | unmerge MERGE_ID  families registered twice\n"
        "  genogram import --family ID FILE.ged  make a GEDCOM family tree the family's genogram\n"
        "  genogram export --family ID --format gedcom|svg|png|pdf --out FILE\n"
        "                                    the genogram as GEDCOM 7 or as a picture\n"
        "  assessment show --family ID       the family's Early Help Assessment: status, due\n"
        "                                    date, what is complete and what is missing\n"
        "  assessment export --family ID --format json --out FILE  the whole assessment\n"
        "  assessment export --family ID --format pdf --out FILE [--for WHO]  the family copy,\n"
        "                                    for person:ID, agency:KEY or professional:ID\n"
        "  plan export --family ID --format json --out FILE  the family's plan, with RAG\n"
        "  plan export --family ID --format pdf --out FILE [--for WHO]  the plan's family copy\n"
        "  plan check FILE [--today DATE]    SMART findings for a plan document (--json: a list)\n"
        "  meeting list --family ID          the family's Team Around the Family meetings\n"
        "  meeting invite --meeting ID --out FILE.ics  the meeting as a calendar invitation\n"
        "  sync --server URL --user NAME [--password-stdin] [--no-keychain] [--progress]\n"
        "                                    sync once with the Kith server (a token kept in\n"
        "                                    the keychain saves giving the password;\n"
        "                                    --progress: a line per step on stderr; Ctrl+C\n"
        "                                    stops after the step, keeping what was done)\n"
        "\n"
        "Options:\n"
        "  --db FILE    the store to work on\n"
        "  --json       print JSON instead of plain text\n"
        "  --version    print the version\n"
        "\n"
        "Exit status: 0 done, 1 failed, 2 the command was not understood.");
}

// Drawing a picture (a genogram as PNG, SVG or PDF) needs fonts, so a QGuiApplication;
// every other command starts faster without one. No window is ever shown.
bool drawsPictures(int argc, char** argv) {
    bool genogram = false;
    bool picture = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument = QByteArray(argv[i]).toLower();
        genogram = genogram || argument == "genogram";
        genogram = genogram || argument == "assessment"; // the family copy draws the genogram
        genogram = genogram || argument == "plan";       // the plan's family copy is a PDF too
        picture = picture || argument == "png" || argument == "svg" || argument == "pdf";
    }
    return genogram && picture;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    if (!drawsPictures(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv) {
    const auto app = makeApplication(argc, argv);
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
        {QStringLiteral("consent"), kithctl::runConsent},
        {QStringLiteral("register"), kithctl::runRegister},
        {QStringLiteral("match"), kithctl::runMatch},
        {QStringLiteral("genogram"), kithctl::runGenogram},
        {QStringLiteral("sync"), kithctl::runSync},
        {QStringLiteral("assessment"), kithctl::runAssessment},
        {QStringLiteral("meeting"), kithctl::runMeeting},
        {QStringLiteral("plan"), kithctl::runPlan},
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
