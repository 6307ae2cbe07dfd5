// kithctl sync: one sync with the central server, from the command line.
#include "cli.h"
#include "client/http_transport.h"
#include "client/sync_engine.h"
#include "keychain_reachable.h"
#include "keychain_token_store.h"
#include "open_store.h"

#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QUrl>
#include <csignal>

namespace kithctl {
namespace {

using namespace kith::sync;

// The password is one line on standard input; it is never stored anywhere.
QString readPassword() {
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(input.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

// Set by Ctrl+C; the engine stops after the step it is in (each step is committed, so what
// was done is kept). A second Ctrl+C ends the program at once, as usual.
volatile std::sig_atomic_t stopAsked = 0;

extern "C" void askToStop(int) {
    stopAsked = 1;
    std::signal(SIGINT, SIG_DFL);
}

// "Sending changes: 1,200 of 74,000", one line per step, for a person watching a long first
// sync (never personal data: counts only).
void printProgress(const SyncProgress& progress) {
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QString line;
    switch (progress.phase) {
    case SyncProgress::Phase::SigningIn:
        line = Invocation::tr("Signing in");
        break;
    case SyncProgress::Phase::Pushing:
        line = progress.total > 0
                   ? Invocation::tr("Sending changes: %1 of %2")
                         .arg(locale.toString(progress.done), locale.toString(progress.total))
                   : Invocation::tr("Sending changes: %1").arg(locale.toString(progress.done));
        break;
    case SyncProgress::Phase::Pulling:
        line = progress.total > 0
                   ? Invocation::tr("Receiving: %1 of about %2")
                         .arg(locale.toString(progress.done), locale.toString(progress.total))
                   : Invocation::tr("Receiving: %1").arg(locale.toString(progress.done));
        break;
    }
    QTextStream(stderr) << line << Qt::endl;
}

} // namespace

int runSync(Invocation& invocation) {
    const auto server = invocation.takeOption(QStringLiteral("--server"));
    const auto user = invocation.takeOption(QStringLiteral("--user"));
    const bool passwordOnStdin = invocation.takeFlag(QStringLiteral("--password-stdin"));
    const bool noKeychain = invocation.takeFlag(QStringLiteral("--no-keychain"));
    const bool showProgress = invocation.takeFlag(QStringLiteral("--progress"));
    if (!invocation.checkNoOptionsLeft() || !invocation.requireDb())
        return UsageError;
    const QUrl url(server.value_or(QString()), QUrl::StrictMode);
    if (!server || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return invocation.fail(Invocation::tr("--server needs the server's address, for example "
                                              "https://kith.example.gov.uk:8443"),
                               UsageError);
    if (!user || user->isEmpty())
        return invocation.fail(Invocation::tr("--user needs your user name on the server"),
                               UsageError);

    // A token kept in the keychain from an earlier sync saves asking for the password.
    KeychainTokenStore keychain;
    const bool useKeychain = !noKeychain && keychainReachable();
    const TokenAccount account{url.toString(), *user};
    SyncCredentials credentials{url.toString(), *user, {}, {}};
    if (useKeychain) {
        const TokenStoreResult stored = keychain.read(account);
        if (stored.ok())
            credentials.token = stored.token;
    }
    if (passwordOnStdin)
        credentials.password = readPassword();
    if (credentials.token.isEmpty() && credentials.password.isEmpty())
        return invocation.fail(Invocation::tr("No stored sign-in for %1 on this computer: give "
                                              "the password on standard input with "
                                              "--password-stdin.")
                                   .arg(*user),
                               UsageError);

    auto database = openStore(invocation);
    if (!database)
        return Failure;
    HttpTransport transport(url);
    SyncOptions options;
    if (showProgress)
        options.progress = printProgress;
    stopAsked = 0;
    options.stopRequested = [] {
        return stopAsked != 0;
    };
    const auto previousHandler = std::signal(SIGINT, askToStop);
    SyncEngine engine(*database, transport, options);
    const SyncOutcome outcome = engine.syncOnce(credentials);
    std::signal(SIGINT, previousHandler);
    if (useKeychain && !outcome.report.token.isEmpty() && outcome.report.token != credentials.token)
        keychain.store(account, outcome.report.token);
    if (!outcome.ok) {
        if (useKeychain && outcome.failure.problem == SyncProblem::SignInAgain)
            keychain.erase(account);
        return invocation.fail(outcome.failure.message);
    }
    const SyncReport& report = outcome.report;
    if (report.clockWarning) // synced, but the clock should be put right
        invocation.fail(SyncEngine::describeClockWarning(*report.clockWarning));
    if (invocation.json()) {
        invocation.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("pushed"), report.pushed},
                                      {QStringLiteral("pulled"), report.pulled},
                                      {QStringLiteral("conflicts"), report.openConflicts}}));
        return Success;
    }
    invocation.print(Invocation::tr("Sent %1 changes and received %2. Open conflicts: %3.")
                         .arg(report.pushed)
                         .arg(report.pulled)
                         .arg(report.openConflicts));
    return Success;
}

} // namespace kithctl
