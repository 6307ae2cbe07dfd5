// Two real stores sync through the real kith-server process on loopback, with the engine
// over HTTP and with `kithctl sync`. The server stores in SQLite, or (kith_sync_pg_tests) in
// the PostgreSQL database that KITH_TEST_POSTGRES_URL names.
#include "../server/running_server.h"
#include "client/http_transport.h"
#include "client/hub_directory.h"
#include "client/sync_engine.h"
#include "process_runner.h"
#include "store/database.h"
#include "store/family_store.h"
#include "temp_store.h"
#include "util/ids.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <csignal>

using namespace kith;
using namespace kith::testing;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

struct ServerWithSam {
    QTemporaryDir dir;
    QStringList store;
    std::unique_ptr<RunningServer> server;

    ServerWithSam() {
#ifdef KITH_SYNC_TEST_POSTGRES
        const QString url = qEnvironmentVariable("KITH_TEST_POSTGRES_URL");
        INFO("kith_sync_pg_tests needs KITH_TEST_POSTGRES_URL (packaging/run-tests.sh sets it)");
        REQUIRE_FALSE(url.isEmpty());
        store = {QStringLiteral("--database"),
                 QStringLiteral("%1?schema=s_%2").arg(url, newId().remove(u'-'))};
#else
        store = {QStringLiteral("--data"), dir.filePath(QStringLiteral("server"))};
#endif
        const auto added =
            runServerCommand(store + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                                 QStringLiteral("sam"), QStringLiteral("--role"),
                                                 QStringLiteral("practitioner")},
                             kPassword.toUtf8() + '\n');
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        server = std::make_unique<RunningServer>(store);
    }
    QString url() const {
        return QStringLiteral("http://127.0.0.1:%1").arg(server->port);
    }
};

// A store on the system clock: the real server compares clocks.
struct Laptop {
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<FamilyStore> families;
    Laptop() {
        auto opened = Database::open(path());
        REQUIRE(opened);
        database = std::move(opened.database);
        families = std::make_unique<FamilyStore>(*database);
    }
    QString path() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    sync::SyncOutcome sync(const QString& url, const QString& password = kPassword) {
        sync::HttpTransport transport{QUrl(url)};
        sync::SyncEngine engine(*database, transport);
        return engine.syncOnce({url, QStringLiteral("sam"), password, {}});
    }
};

} // namespace

TEST_CASE("Two stores sync a family through the real server over HTTP", "[sync-integration]") {
    ServerWithSam server;
    Laptop a;
    Laptop b;
    const auto made = a.families->createFamily(sampleFamily());
    REQUIRE(made);
    const sync::SyncOutcome pushed = a.sync(server.url());
    INFO(pushed.failure.message.toStdString() << pushed.failure.error.detail.toStdString());
    REQUIRE(pushed.ok);
    CHECK(pushed.report.pushed > 0);
    CHECK(a.families->pendingChangeCount() == 0);

    const sync::SyncOutcome pulled = b.sync(server.url());
    REQUIRE(pulled.ok);
    const auto record = b.families->loadFamily(made.value());
    REQUIRE(record);
    CHECK(record->people.size() == 4);
    CHECK(record->family.name == QStringLiteral("Khan family"));

    // A wrong password is told apart from a server that is not there.
    Laptop c;
    const sync::SyncOutcome wrong = c.sync(server.url(), QStringLiteral("not the password"));
    REQUIRE_FALSE(wrong.ok);
    CHECK(wrong.failure.problem == sync::SyncProblem::BadCredentials);
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    const sync::SyncOutcome down = c.sync(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    REQUIRE_FALSE(down.ok);
    CHECK(down.failure.problem == sync::SyncProblem::ServerUnreachable);
}

TEST_CASE("kithctl sync sends and receives, and says so in JSON", "[sync-integration]") {
    ServerWithSam server;
    Laptop a;
    REQUIRE(a.families->createFamily(sampleFamily()));
    const QString pathA = a.path();
    a.families.reset();
    a.database.reset();
    Laptop b;
    const QString pathB = b.path();
    b.families.reset();
    b.database.reset();

    const auto runSync = [&](const QString& store, const QByteArray& password) {
        QProcess process;
        process.start(QStringLiteral(KITHCTL_PATH),
                      {QStringLiteral("--db"), store, QStringLiteral("sync"),
                       QStringLiteral("--server"), server.url(), QStringLiteral("--user"),
                       QStringLiteral("sam"), QStringLiteral("--password-stdin"),
                       QStringLiteral("--no-keychain"), QStringLiteral("--json")});
        REQUIRE(process.waitForStarted(10000));
        process.write(password + '\n');
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        return ProcessResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                             QString::fromUtf8(process.readAllStandardError())};
    };
    const ProcessResult first = runSync(pathA, kPassword.toUtf8());
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject sent = QJsonDocument::fromJson(first.out.toUtf8()).object();
    CHECK(sent.value(QStringLiteral("pushed")).toInt() > 0);
    CHECK(sent.contains(QStringLiteral("pulled")));
    CHECK(sent.value(QStringLiteral("conflicts")).toInt() == 0);

    const ProcessResult second = runSync(pathB, kPassword.toUtf8());
    REQUIRE(second.exitCode == 0);
    const QJsonObject received = QJsonDocument::fromJson(second.out.toUtf8()).object();
    CHECK(received.value(QStringLiteral("pushed")).toInt() == 0);
    CHECK(received.value(QStringLiteral("pulled")).toInt() >= 8);

    const ProcessResult refused = runSync(pathB, "wrong password");
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("password was not accepted")));
}

TEST_CASE("Many batches and pages over HTTP: the next is sent while the last is stored, and "
          "all arrive once",
          "[sync-integration]") {
    ServerWithSam server;
    Laptop a;
    Laptop b;
    constexpr int kFamilies = 12;
    for (int i = 0; i < kFamilies; ++i) {
        FamilyRecord family;
        family.family.name = QStringLiteral("Family %1").arg(i + 1);
        Person parent;
        parent.role = PersonRole::Parent;
        parent.givenName = QStringLiteral("Parent %1").arg(i + 1);
        parent.familyName = QStringLiteral("Family %1").arg(i + 1);
        parent.dateOfBirth = QDate(1990, 1, 1 + i);
        Person child = parent;
        child.role = PersonRole::Child;
        child.givenName = QStringLiteral("Child %1").arg(i + 1);
        child.dateOfBirth = QDate(2019, 3, 1 + i);
        family.people = {parent, child};
        const auto made = a.families->createFamily(family);
        INFO(made.error().toStdString());
        REQUIRE(made);
    }
    const int waiting = a.families->pendingChangeCount();
    // Small batches and pages, so that pushing and pulling take many requests each.
    sync::SyncOptions small;
    small.pushBatch = 7;
    small.pullLimit = 9;
    const auto syncSmall = [&](Laptop& laptop) {
        sync::HttpTransport transport{QUrl(server.url())};
        sync::SyncEngine engine(*laptop.database, transport, small);
        return engine.syncOnce({server.url(), QStringLiteral("sam"), kPassword, {}});
    };
    const sync::SyncOutcome pushed = syncSmall(a);
    INFO(pushed.failure.message.toStdString() << pushed.failure.error.detail.toStdString());
    REQUIRE(pushed.ok);
    CHECK(pushed.report.pushed > waiting / 2); // several entries of one row become one change
    CHECK(a.families->pendingChangeCount() == 0);

    const sync::SyncOutcome pulled = syncSmall(b);
    REQUIRE(pulled.ok);
    CHECK(pulled.report.pulled >= pushed.report.pushed - 1); // all but A's lock events, at most
    const QList<FamilySummary> onB = b.families->listFamilies();
    REQUIRE(onB.size() == kFamilies);
    QSet<QString> names;
    for (const FamilySummary& family : onB)
        names.insert(family.name);
    CHECK(names.size() == kFamilies);
    for (const FamilySummary& family : a.families->listFamilies()) {
        const auto record = b.families->loadFamily(family.id);
        REQUIRE(record);
        CHECK(record->people.size() == 2);
    }
    // A second sync of B finds nothing new: no page was applied twice or skipped.
    const sync::SyncOutcome again = syncSmall(b);
    REQUIRE(again.ok);
    CHECK(again.report.pulled == 0);
}

TEST_CASE("A request begun and never collected is abandoned; the next one gets its own answer",
          "[sync-integration]") {
    ServerWithSam server;
    sync::HttpTransport transport{QUrl(server.url())};
    sync::TransportRequest health{"GET", sync::path::health, {}, {}, {}};
    sync::TransportRequest badPush{"POST", sync::path::push, {}, {}, "{}"};
    badPush.headers.append(QPair<QByteArray, QByteArray>(sync::header::protocol, "1"));
    transport.begin(badPush); // never collected
    transport.begin(health);
    const sync::TransportResponse answer = transport.collect();
    REQUIRE(answer.answered());
    CHECK(answer.status == 200);
    CHECK(answer.body.contains("ok") == true);
    // And the same connection (or a new one) goes on answering in order.
    const sync::TransportResponse refused = transport.send(badPush);
    CHECK(refused.status >= 400);
}

TEST_CASE("kithctl sync --progress counts up, and Ctrl+C stops it after a step, keeping what "
          "was done",
          "[sync-integration]") {
    ServerWithSam server;
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.sqlite"));
    const ProcessResult made = runProgram(QStringLiteral(KITHCTL_PATH),
                                          {QStringLiteral("--db"), store, QStringLiteral("demo"),
                                           QStringLiteral("--families"), QStringLiteral("300")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const auto waiting = [&] {
        auto opened = Database::open(store);
        REQUIRE(opened);
        return FamilyStore(*opened.database).pendingChangeCount();
    };
    const int before = waiting();
    REQUIRE(before > 5000); // many push requests of 500: plenty of time to stop in between

    QProcess sync;
    sync.start(QStringLiteral(KITHCTL_PATH),
               {QStringLiteral("--db"), store, QStringLiteral("sync"), QStringLiteral("--server"),
                server.url(), QStringLiteral("--user"), QStringLiteral("sam"),
                QStringLiteral("--password-stdin"), QStringLiteral("--no-keychain"),
                QStringLiteral("--progress")});
    REQUIRE(sync.waitForStarted(10000));
    sync.write(kPassword.toUtf8() + '\n');
    sync.closeWriteChannel();
    QString said;
    sync.setReadChannel(QProcess::StandardError); // the progress lines
    // Interrupted once a batch has been sent and its answers stored (its progress line comes
    // after), so that there is something done to keep.
    const QRegularExpression batchStored(QStringLiteral("Sending changes: [1-9]"));
    while (!said.contains(batchStored) && sync.waitForReadyRead(30000))
        said += QString::fromUtf8(sync.readAllStandardError());
    REQUIRE(said.contains(QStringLiteral(" of ")));                     // a total is given
    REQUIRE(::kill(static_cast<pid_t>(sync.processId()), SIGINT) == 0); // as Ctrl+C does
    REQUIRE(sync.waitForFinished(60000));
    said += QString::fromUtf8(sync.readAllStandardError());
    INFO(said.toStdString());
    CHECK(sync.exitStatus() == QProcess::NormalExit);
    CHECK(sync.exitCode() == 1);
    CHECK(said.contains(QStringLiteral("Sync stopped")));
    const int left = waiting();
    CHECK(left > 0);
    CHECK(left < before); // the batches sent before the stop are kept as sent

    // The next sync goes on from there and finishes.
    QProcess again;
    again.start(QStringLiteral(KITHCTL_PATH),
                {QStringLiteral("--db"), store, QStringLiteral("sync"), QStringLiteral("--server"),
                 server.url(), QStringLiteral("--user"), QStringLiteral("sam"),
                 QStringLiteral("--password-stdin"), QStringLiteral("--no-keychain")});
    REQUIRE(again.waitForStarted(10000));
    again.write(kPassword.toUtf8() + '\n');
    again.closeWriteChannel();
    REQUIRE(again.waitForFinished(120000));
    INFO(QString::fromUtf8(again.readAllStandardError()).toStdString());
    CHECK(again.exitCode() == 0);
    CHECK(waiting() == 0);
}

TEST_CASE("The hub's directory answers over HTTP with the token a sync kept",
          "[sync-integration]") {
    ServerWithSam server;
    Laptop a;
    const auto made = a.families->createFamily(sampleFamily());
    REQUIRE(made);
    const sync::SyncOutcome synced = a.sync(server.url());
    REQUIRE(synced.ok);
    REQUIRE_FALSE(synced.report.token.isEmpty());

    sync::HttpTransport transport{QUrl(server.url())};
    sync::DirectoryLookup lookup;
    lookup.givenName = QStringLiteral("Zainab");
    lookup.familyName = QStringLiteral("Khan");
    const sync::HubDirectoryAnswer answer =
        sync::askHubDirectory(transport, a.database->clock(), synced.report.token, lookup);
    INFO(answer.failure.message.toStdString());
    REQUIRE(answer.ok);
    REQUIRE(answer.matches.size() == 1);
    CHECK(answer.matches.first().familyId == made.value());
    CHECK_FALSE(answer.matches.first().lead.has_value()); // nobody named yet
}
