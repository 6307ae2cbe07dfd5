// The sync benchmark: the real kith-server on loopback (SQLite); laptop A, made with the demo
// generator, pushes every family; laptop B, empty, pulls them all (the first sync). Then 100
// edits on A, pushed by A and pulled by B; and the bytes A sent for them compared with the size
// of the values it changed. Prints `name: value` lines; it measures, it does not pass or fail.
#include "client/http_transport.h"
#include "client/sync_engine.h"
#include "demo/demo_generator.h"
#include "server/server_store.h"
#include "store/database.h"
#include "store/family_store.h"
#include "timing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <chrono>
#include <cstdio>
#include <optional>

using namespace kith;

namespace {

constexpr std::uint64_t kSeed = 20261125;
constexpr int kEdits = 100;
const QString kPassword = QStringLiteral("benchmark-passphrase-7f3a9c");

void print(const QString& name, const QString& value) {
    QTextStream(stdout) << name << ": " << value << Qt::endl;
}

int fail(const QString& message) {
    QTextStream(stderr) << "sync benchmark: " << message << Qt::endl;
    return 1;
}

// Counts what goes over the wire: request bodies exactly as handed to the network (after
// compression, when the engine compresses), and for push requests the changed fields and
// the size of their values, read back out of the body.
class CountingTransport final : public sync::SyncTransport {
public:
    explicit CountingTransport(sync::SyncTransport& inner)
        : m_inner(inner) {}

    sync::TransportResponse send(const sync::TransportRequest& request) override {
        count(request);
        return m_inner.send(request);
    }
    void begin(const sync::TransportRequest& request) override {
        count(request);
        m_inner.begin(request);
    }
    sync::TransportResponse collect() override { return m_inner.collect(); }

    void reset() {
        requests = 0;
        bodyBytes = deflatedIfCompressed = changedFields = valueBytes = 0;
    }

    int requests = 0;
    qint64 bodyBytes = 0; // as sent
    // Reading the bodies back (below) takes time: only for the bytes figures, not while a
    // sync is being timed.
    bool inspectBodies = false;
    qint64 deflatedIfCompressed = 0; // what deflate makes of the bodies (as sent if deflated)
    qint64 changedFields = 0;
    qint64 valueBytes = 0; // the changed values as compact JSON text

private:
    void count(const sync::TransportRequest& request) {
        ++requests;
        bodyBytes += request.body.size();
        if (!inspectBodies)
            return;
        QByteArray json = request.body;
        const bool deflated = headerOf(request, "Content-Encoding") == "deflate";
        if (deflated) {
            QByteArray sized(4, '\0'); // qUncompress wants the length first; a bound will do
            const quint32 bound = 64u * 1024u * 1024u;
            for (int i = 0; i < 4; ++i)
                sized[i] = static_cast<char>((bound >> (24 - 8 * i)) & 0xFF);
            json = qUncompress(sized + json);
        } else if (!json.isEmpty()) {
            deflatedIfCompressed += qCompress(json, 6).size() - 4;
        }
        if (deflated)
            deflatedIfCompressed += request.body.size();
        if (request.path.endsWith(u"/push"))
            countFields(json);
    }

    static QByteArray headerOf(const sync::TransportRequest& request, const QByteArray& name) {
        for (const auto& [key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    void countFields(const QByteArray& json) {
        const QJsonArray changes =
            QJsonDocument::fromJson(json).object().value(u"changes").toArray();
        for (const QJsonValue& change : changes) {
            const QJsonObject fields = change.toObject().value(u"fields").toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                ++changedFields;
                QJsonArray wrapper{it.value()};
                // "[value]" minus the brackets: the value as JSON text.
                valueBytes += QJsonDocument(wrapper).toJson(QJsonDocument::Compact).size() - 2;
            }
        }
    }

    sync::SyncTransport& m_inner;
};

// The real kith-server, started on a free loopback port and stopped at the end.
class ServerProcess {
public:
    ~ServerProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    // The server's URL, or nothing when it did not start.
    std::optional<QString> start(const QString& dataDir) {
        m_process.start(QStringLiteral(KITH_SERVER_PATH),
                        {QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")});
        if (!m_process.waitForStarted(10000))
            return std::nullopt;
        QString said;
        while (!said.contains(u'\n') && m_process.waitForReadyRead(10000))
            said += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match =
            QRegularExpression(QStringLiteral(R"(listening on 127\.0\.0\.1:(\d+))")).match(said);
        if (!match.hasMatch())
            return std::nullopt;
        return QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1));
    }
    double cpuSeconds() const { return bench::cpuSeconds(m_process.processId()); }

private:
    QProcess m_process;
};

// Every demo professional gets a practitioner account in one team, and both laptops sign in
// as managers of that team, so that each may see every demo family (need-to-know).
Status makeAccounts(const QString& dataDir, const QDate& today) {
    auto opened = server::ServerStore::openSqlite(
        QDir(dataDir).filePath(QStringLiteral("kith-server.sqlite")));
    if (!opened)
        return Status::fail(opened.error());
    server::ServerStore& store = *opened.value();
    store.setPasswordCost(server::PasswordCost::Fast); // set-up, not what is measured
    const demo::DemoDirectory directory = demo::DemoGenerator(kSeed, today).directory();
    int n = 0;
    for (const Professional& professional : directory.professionals) {
        const auto added = store.addAccount({QStringLiteral("worker-%1").arg(++n),
                                             QStringLiteral("practitioner"),
                                             QStringLiteral("bench"),
                                             professional.id,
                                             {},
                                             kPassword});
        if (!added)
            return Status::fail(added.error());
    }
    for (const QString& laptop : {QStringLiteral("laptop-a"), QStringLiteral("laptop-b")}) {
        const auto added = store.addAccount(
            {laptop, QStringLiteral("manager"), QStringLiteral("bench"), {}, {}, kPassword});
        if (!added)
            return Status::fail(added.error());
    }
    return okStatus();
}

// One laptop: its store and an engine that talks to the server through the counter.
struct Laptop {
    std::unique_ptr<Database> database;
    std::unique_ptr<FamilyStore> families;
    sync::SyncCredentials credentials;

    sync::SyncOutcome sync(sync::SyncTransport& transport, double* pushEndMs = nullptr) {
        sync::SyncOptions options;
        const auto start = std::chrono::steady_clock::now();
        bool sawPull = false;
        options.progress = [&](const sync::SyncProgress& progress) {
            if (progress.phase == sync::SyncProgress::Phase::Pulling && !sawPull && pushEndMs) {
                sawPull = true;
                *pushEndMs = std::chrono::duration<double, std::milli>(
                                 std::chrono::steady_clock::now() - start)
                                 .count();
            }
        };
        sync::SyncEngine engine(*database, transport, options);
        sync::SyncOutcome outcome = engine.syncOnce(credentials);
        if (outcome.ok)
            credentials.token = outcome.report.token; // later syncs reuse the sign-in
        return outcome;
    }
};

std::optional<Laptop> openLaptop(const QString& path, const QString& server, const QString& user) {
    auto opened = Database::open(path);
    if (!opened)
        return std::nullopt;
    Laptop laptop;
    laptop.database = std::move(opened.database);
    laptop.families = std::make_unique<FamilyStore>(*laptop.database);
    laptop.credentials = {server, user, kPassword, {}};
    return laptop;
}

QString describe(const sync::SyncOutcome& outcome) {
    return outcome.ok ? QStringLiteral("ok") : outcome.failure.message;
}

// Copies tables of `source` into the store open on `db` with INSERT ... SELECT in one
// transaction; `statements` name the source "src". Seconds, or negative on failure. Each
// statement ends in "WHERE 1", which keeps SQLite from copying a table's records whole
// without decoding them (its transfer optimisation), which no real write can do: each row is
// inserted and indexed. `check` must then give true.
double timedCopySeconds(QSqlDatabase db, const QString& source, const QStringList& statements,
                        const QString& check) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS src"));
    query.addBindValue(source);
    if (!query.exec())
        return -1;
    bool copied = true;
    const double ms = bench::timeMs([&] {
        copied = query.exec(QStringLiteral("BEGIN"));
        for (const QString& statement : statements)
            copied = copied && query.exec(statement);
        copied = copied && query.exec(QStringLiteral("COMMIT"));
    });
    if (!copied) {
        std::fprintf(stderr, "storage floor: %s\n", qPrintable(query.lastError().text()));
        return -1;
    }
    if (!query.exec(check) || !query.next() || !query.value(0).toBool())
        return -1;
    return ms / 1000.0;
}

// The storage floor of B's pull: B's synced rows, their base versions and their search
// entries copied into an empty store (no network, no JSON, no statement per row). What
// SQLite itself needs to store what the pull stored; every second over it is ours.
double pullFloorSeconds(const QString& pulledStore, const QString& emptyStore) {
    auto opened = Database::open(emptyStore);
    if (!opened)
        return -1;
    QSqlDatabase db = opened.database->connection();
    QSqlQuery query(db);
    // As the engine writes a pull: no foreign keys, commits without waiting for the disk.
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return -1;
    QStringList statements;
    {
        QSqlQuery entities(db);
        entities.prepare(QStringLiteral("ATTACH DATABASE ? AS pulled"));
        entities.addBindValue(pulledStore);
        if (!entities.exec() || !entities.exec(QStringLiteral(
                                    "SELECT DISTINCT entity FROM pulled.sync_row ORDER BY 1")))
            return -1;
        while (entities.next())
            statements.append(
                QStringLiteral("INSERT OR IGNORE INTO main.%1 SELECT * FROM src.%1 WHERE 1")
                    .arg(entities.value(0).toString()));
        entities.finish();
        if (!entities.exec(QStringLiteral("DETACH DATABASE pulled")))
            return -1;
    }
    statements << QStringLiteral("INSERT INTO main.sync_row SELECT * FROM src.sync_row WHERE 1")
               << QStringLiteral("INSERT INTO main.person_search (rowid, names, sounds, dob, "
                                 "postcode, nhs) SELECT rowid, names, sounds, dob, postcode, "
                                 "nhs FROM src.person_search WHERE 1");
    // A check that the copy ran: every base version came across.
    return timedCopySeconds(db, pulledStore, statements,
                            QStringLiteral("SELECT (SELECT count(*) FROM main.sync_row) = (SELECT "
                                           "count(*) FROM src.sync_row) AND (SELECT count(*) "
                                           "FROM main.sync_row) > 0"));
}

// The storage floor of A's push on the server: every table the push wrote (rows, processed
// mutation ids, who changed what, access, the directory's index) copied into an empty server
// store. What SQLite itself needs on the server's side of the push.
double pushFloorSeconds(const QString& serverFile, const QString& emptyFile) {
    // An empty server store, with the server's own settings (cache, memory map, WAL).
    auto made = server::ServerStore::openSqlite(emptyFile);
    if (!made)
        return -1;
    QStringList statements;
    for (const char* table : {"records", "processed_mutations", "changes", "family_access",
                              "person_index", "address_index"})
        statements.append(QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1 WHERE 1")
                              .arg(QString::fromLatin1(table)));
    return timedCopySeconds(
        made.value()->database(), serverFile, statements,
        QStringLiteral("SELECT (SELECT count(*) FROM main.records) = (SELECT count(*) "
                       "FROM src.records) AND (SELECT count(*) FROM main.records) > 0"));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync benchmark"));
    parser.addHelpOption();
    const QCommandLineOption familiesOption(QStringLiteral("families"),
                                            QStringLiteral("Demo families on laptop A."),
                                            QStringLiteral("count"), QStringLiteral("5000"));
    parser.addOption(familiesOption);
    parser.process(app);
    const int familyCount = std::max(1, parser.value(familiesOption).toInt());
    const QDate today = QDate::currentDate(); // the server's clock is the real one

    QTemporaryDir root;
    const QString dataDir = root.filePath(QStringLiteral("server"));
    QDir().mkpath(dataDir);
    if (Status made = makeAccounts(dataDir, today); !made)
        return fail(made.error());
    ServerProcess serverProcess;
    const std::optional<QString> url = serverProcess.start(dataDir);
    if (!url)
        return fail(QStringLiteral("kith-server did not start"));

    std::optional<Laptop> a =
        openLaptop(root.filePath(QStringLiteral("a.sqlite")), *url, QStringLiteral("laptop-a"));
    std::optional<Laptop> b =
        openLaptop(root.filePath(QStringLiteral("b.sqlite")), *url, QStringLiteral("laptop-b"));
    if (!a || !b)
        return fail(QStringLiteral("cannot open the laptops' stores"));
    const double demoMs =
        bench::timeMs([&] { demo::populate(*a->families, familyCount, kSeed, today); });
    print(QStringLiteral("demo families on laptop A"), QString::number(familyCount));
    print(QStringLiteral("demo generation ms (not part of the sync)"), bench::figure(demoMs, 0));
    print(QStringLiteral("changes waiting on laptop A"),
          QString::number(a->families->pendingChangeCount()));

    sync::HttpTransport httpA{QUrl(*url)};
    sync::HttpTransport httpB{QUrl(*url)};
    CountingTransport wireA(httpA);
    CountingTransport wireB(httpB);

    // ---- First sync: A pushes everything, B pulls everything.
    // CPU seconds of each side, read around each leg: on a busy machine they say where the
    // time goes when the wall clock cannot.
    struct Cpu {
        double laptop = 0;
        double server = 0;
    };
    const auto cpuNow = [&] {
        return Cpu{bench::cpuSeconds(), serverProcess.cpuSeconds()};
    };
    const auto cpuSince = [&](const Cpu& start) {
        const Cpu now = cpuNow();
        return Cpu{now.laptop - start.laptop, now.server - start.server};
    };
    sync::SyncOutcome pushed;
    double aPushMs = 0;
    const Cpu beforeA = cpuNow();
    const double aMs = bench::timeMs([&] { pushed = a->sync(wireA, &aPushMs); });
    const Cpu cpuA = cpuSince(beforeA);
    if (!pushed.ok)
        return fail(QStringLiteral("laptop A's first sync: ") + describe(pushed));
    sync::SyncOutcome pulled;
    const Cpu beforeB = cpuNow();
    const double bMs = bench::timeMs([&] { pulled = b->sync(wireB); });
    const Cpu cpuB = cpuSince(beforeB);
    if (!pulled.ok)
        return fail(QStringLiteral("laptop B's first sync: ") + describe(pulled));
    print(QStringLiteral("first sync: A pushed changes"), QString::number(pushed.report.pushed));
    print(QStringLiteral("first sync: A push s (sign-in and push)"),
          bench::figure((aPushMs > 0 ? aPushMs : aMs) / 1000.0));
    print(QStringLiteral("first sync: A whole sync s (push, then pulling its own rows back)"),
          bench::figure(aMs / 1000.0));
    print(QStringLiteral("first sync: B pulled changes"), QString::number(pulled.report.pulled));
    print(QStringLiteral("first sync: B pull s"), bench::figure(bMs / 1000.0));
    print(QStringLiteral("first sync: CPU s, A's whole sync: laptop"), bench::figure(cpuA.laptop));
    print(QStringLiteral("first sync: CPU s, A's whole sync: server"), bench::figure(cpuA.server));
    print(QStringLiteral("first sync: CPU s, B's pull: laptop"), bench::figure(cpuB.laptop));
    print(QStringLiteral("first sync: CPU s, B's pull: server"), bench::figure(cpuB.server));
    const double floorS = pullFloorSeconds(root.filePath(QStringLiteral("b.sqlite")),
                                           root.filePath(QStringLiteral("floor.sqlite")));
    print(QStringLiteral("first sync: B's storage floor s (the same rows by INSERT ... SELECT)"),
          bench::figure(floorS));
    print(QStringLiteral("first sync: B pull s / storage floor"),
          bench::figure(bench::ratio(bMs / 1000.0, floorS), 1));
    const double serverFloorS =
        pushFloorSeconds(QDir(dataDir).filePath(QStringLiteral("kith-server.sqlite")),
                         root.filePath(QStringLiteral("server-floor.sqlite")));
    print(QStringLiteral("first sync: server's storage floor s for A's push (INSERT ... SELECT)"),
          bench::figure(serverFloorS));
    print(QStringLiteral("first sync: A push s / server's storage floor"),
          bench::figure(bench::ratio((aPushMs > 0 ? aPushMs : aMs) / 1000.0, serverFloorS), 1));
    if (floorS > 0 && serverFloorS > 0)
        print(QStringLiteral("first sync: both storage floors s (SQLite alone; target < 4)"),
              bench::figure(floorS + serverFloorS));
    print(QStringLiteral("first sync: A bytes sent"), QString::number(wireA.bodyBytes));
    print(QStringLiteral("first sync: A requests"), QString::number(wireA.requests));
    print(QStringLiteral("first sync: B requests"), QString::number(wireB.requests));
    const double firstTotal = (aPushMs > 0 ? aPushMs : aMs) + bMs;
    print(QStringLiteral("first sync: total s (A push + B pull; target < 4)"),
          bench::figure(firstTotal / 1000.0));
    print(QStringLiteral("first sync: total s counting A's pull-back"),
          bench::figure((aMs + bMs) / 1000.0));

    // ---- 100 edits on A: a family's name changed in 100 families.
    const QList<FamilySummary> some = a->families->listFamilies(kEdits);
    for (int i = 0; i < some.size(); ++i)
        a->families->renameFamily(some.at(i).id, QStringLiteral("Renamed household %1").arg(i + 1));
    print(QStringLiteral("incremental: changes waiting on A"),
          QString::number(a->families->pendingChangeCount()));
    wireA.reset();
    wireA.inspectBodies = true; // 200 rows: reading them back costs well under a millisecond
    wireB.reset();
    sync::SyncOutcome aSmall;
    sync::SyncOutcome bSmall;
    double aSmallPushMs = 0;
    const double aSmallMs = bench::timeMs([&] { aSmall = a->sync(wireA, &aSmallPushMs); });
    const double bSmallMs = bench::timeMs([&] { bSmall = b->sync(wireB); });
    if (!aSmall.ok || !bSmall.ok)
        return fail(QStringLiteral("incremental sync: ") + describe(aSmall) + u' ' +
                    describe(bSmall));
    print(QStringLiteral("incremental: A pushed"), QString::number(aSmall.report.pushed));
    print(QStringLiteral("incremental: B pulled"), QString::number(bSmall.report.pulled));
    print(QStringLiteral("incremental: A sync ms"), bench::figure(aSmallMs, 1));
    print(QStringLiteral("incremental: B sync ms"), bench::figure(bSmallMs, 1));
    print(QStringLiteral("incremental: total ms (target < 100)"),
          bench::figure(aSmallMs + bSmallMs, 1));

    // ---- Bytes: what A sent for those edits against the size of the values it changed.
    print(QStringLiteral("bytes: push request bytes sent"), QString::number(wireA.bodyBytes));
    print(QStringLiteral("bytes: changed fields sent"), QString::number(wireA.changedFields));
    print(QStringLiteral("bytes: size of the changed values"), QString::number(wireA.valueBytes));
    if (wireA.changedFields > 0 && wireA.valueBytes > 0) {
        print(QStringLiteral("bytes: sent per changed field"),
              bench::figure(double(wireA.bodyBytes) / double(wireA.changedFields), 1));
        print(QStringLiteral("bytes: sent / changed values (target < 3)"),
              bench::figure(double(wireA.bodyBytes) / double(wireA.valueBytes), 2));
        print(QStringLiteral("bytes: deflated / changed values (if the body were compressed)"),
              bench::figure(double(wireA.deflatedIfCompressed) / double(wireA.valueBytes), 2));
    }
    return 0;
}
