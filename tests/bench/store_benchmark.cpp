// kith_store_benchmark: how fast the store answers the front desk on a large demo
// store, and how much of that time is Kith's own, measured against the same SQL run
// through the raw SQLite C API on the same file in the same process.
//
// Prints "name: value" lines and "#" context lines. Slowness never fails the run;
// a wrong answer (a query that finds nobody, a write that fails) exits with 1.

#include "raw_floor.h"
#include "search/person_search.h"
#include "store/family_store.h"
#include "timing.h"
#include "workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>
#include <optional>

namespace {

using namespace kith;
using namespace kith::bench;

constexpr int kResultLimit = 20; // what the search box asks for
constexpr int kInsertWarmUp = 5;
constexpr double kSearchP95TargetMs = 10;
constexpr double kRatioTarget = 2;
const QDate kDemoToday(2026, 11, 25);

struct Options {
    int families = 50000;
    std::uint64_t seed = 1;
    QString store;     // empty: generate a new one
    QString saveStore; // where to keep a copy of the generated store, if anywhere
    int queries = 350;
};

class Report {
public:
    void value(const char* name, const QString& text) { m_out << name << ": " << text << Qt::endl; }
    void note(const QString& text) { m_out << "# " << text << Qt::endl; }
    void fail(const QString& text) {
        ++m_failures;
        note(QStringLiteral("FAIL ") + text);
    }
    void target(const char* name, double figure, double limit) {
        note(QStringLiteral("target %1 < %2: %3")
                 .arg(QLatin1String(name), bench::figure(limit, 0),
                      figure < limit ? QStringLiteral("met") : QStringLiteral("MISSED")));
    }
    int failures() const { return m_failures; }

private:
    QTextStream m_out{stdout};
    int m_failures = 0;
};

std::optional<Options> parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kith store benchmark"));
    parser.addHelpOption();
    const QCommandLineOption families(QStringLiteral("families"),
                                      QStringLiteral("Demo families to generate (50000)."),
                                      QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Use a copy of this store instead of "
                                                  "generating one."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption queries(
        QStringLiteral("queries"),
        QStringLiteral("Timed repetitions of each operation (350): searches, opens, inserts."),
        QStringLiteral("N"), QStringLiteral("350"));
    const QCommandLineOption saveStore(
        QStringLiteral("save-store"),
        QStringLiteral("Keep a copy of the generated store here, for --store next time."),
        QStringLiteral("FILE"));
    parser.addOptions({families, seed, store, queries, saveStore});
    parser.process(app);

    Options options;
    bool familiesOk = false, seedOk = false, queriesOk = false;
    options.families = parser.value(families).toInt(&familiesOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    options.queries = parser.value(queries).toInt(&queriesOk);
    options.store = parser.value(store);
    options.saveStore = parser.value(saveStore);
    if (!familiesOk || !seedOk || !queriesOk || options.families < 1 || options.queries < 1)
        return std::nullopt;
    return options;
}

// Kith and the raw floor run one after the other, the order swapped each round so
// that neither always pays for the cache misses of the first run. Returns both times.
template <typename Kith, typename Raw>
std::pair<double, double> timePair(std::size_t round, Kith&& kith, Raw&& raw) {
    if (round % 2 == 0) {
        const double kithMs = timeMs(kith);
        return {kithMs, timeMs(raw)};
    }
    const double rawMs = timeMs(raw);
    return {timeMs(kith), rawMs};
}

bool containsPerson(const QList<search::PersonHit>& hits, const QString& personId) {
    return std::any_of(hits.begin(), hits.end(),
                       [&](const search::PersonHit& hit) { return hit.personId == personId; });
}

void benchSearch(Report& report, const Database& database, const RawDatabase& rawDb,
                 const Options& options) {
    const search::PersonSearch search(database.connection());
    RawSearch raw(rawDb);
    const QList<SearchCase> cases = buildQueryMix(rawDb, options.seed, options.queries);
    if (cases.size() < options.queries)
        report.fail(QStringLiteral("only %1 search queries could be built").arg(cases.size()));
    std::vector<RawQuery> rawQueries;
    for (const SearchCase& query : cases)
        rawQueries.push_back(RawQuery::of(query.text));

    // The checking pass is also the warm-up.
    int passesRun = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const SearchCase& query = cases[i];
        const auto hits = search.find(query.text, kResultLimit);
        QSet<QByteArray> rawIds;
        raw.run(rawQueries[std::size_t(i)], kResultLimit, rawIds);
        passesRun += raw.passesInLastRun();
        const QString what = QStringLiteral("%1 \"%2\"").arg(query.kind, query.text);
        if (hits.isEmpty())
            report.fail(what + QStringLiteral(" found nobody"));
        else if (!containsPerson(hits, query.personId) &&
                 (query.alwaysFound || hits.size() < kResultLimit))
            report.fail(what + QStringLiteral(" did not find the person it was made from"));
        if (hits.size() != std::min<qsizetype>(kResultLimit, rawIds.size()))
            report.fail(what + QStringLiteral(": %1 hits, but the same SQL gives %2 people")
                                   .arg(hits.size())
                                   .arg(rawIds.size()));
    }

    Samples kith, rawSamples;
    QMap<QString, std::pair<Samples, Samples>> byKind;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const SearchCase& query = cases[i];
        auto& [kindKith, kindRaw] = byKind[query.kind];
        const auto [kithMs, rawMs] = timePair(
            std::size_t(i), [&] { search.find(query.text, kResultLimit); },
            [&] {
                QSet<QByteArray> ids;
                raw.run(rawQueries[std::size_t(i)], kResultLimit, ids);
            });
        kith.add(kithMs);
        rawSamples.add(rawMs);
        kindKith.add(kithMs);
        kindRaw.add(rawMs);
    }

    report.note(QStringLiteral("search: %1 queries (%2 kinds), limit %3; %4 index passes a "
                               "query on average (strict first, looser while too few)")
                    .arg(cases.size())
                    .arg(byKind.size())
                    .arg(kResultLimit)
                    .arg(figure(double(passesRun) / double(std::max<qsizetype>(1, cases.size())))));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        report.note(QStringLiteral("search %1: p50 %2 / p95 %3 ms, raw p50 %4 / p95 %5 ms")
                        .arg(it.key(), -13)
                        .arg(figure(it->first.p50()), figure(it->first.p95()),
                             figure(it->second.p50()), figure(it->second.p95())));
    }
    report.value("search_queries", QString::number(kith.size()));
    report.value("search_p50_ms", figure(kith.p50()));
    report.value("search_p95_ms", figure(kith.p95()));
    report.value("search_raw_p50_ms", figure(rawSamples.p50()));
    report.value("search_raw_p95_ms", figure(rawSamples.p95()));
    report.value("search_p95_ratio", figure(ratio(kith.p95(), rawSamples.p95()), 2));
    report.target("search_p95_ms", kith.p95(), kSearchP95TargetMs);
    report.target("search_p95_ratio", ratio(kith.p95(), rawSamples.p95()), kRatioTarget);
}

void benchOpen(Report& report, const FamilyStore& store, const RawDatabase& rawDb,
               const Options& options) {
    RawFamilyReader raw(rawDb);
    const QList<QString> ids = sampleFamilyIds(rawDb, options.seed, options.queries);
    std::vector<QByteArray> rawIds;
    for (const QString& id : ids)
        rawIds.push_back(id.toUtf8());

    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto record = store.loadFamily(ids[i]);
        const RawFamilyCounts counts = raw.load(rawIds[std::size_t(i)]);
        if (!record)
            report.fail(QStringLiteral("loadFamily(%1) found no family").arg(ids[i]));
        else if (!(RawFamilyCounts::of(*record) == counts))
            report.fail(QStringLiteral("loadFamily(%1) differs from the raw rows").arg(ids[i]));
    }

    Samples kith, rawSamples;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto [kithMs, rawMs] = timePair(
            std::size_t(i), [&] { store.loadFamily(ids[i]); },
            [&] { raw.load(rawIds[std::size_t(i)]); });
        kith.add(kithMs);
        rawSamples.add(rawMs);
    }
    report.value("open_family_count", QString::number(kith.size()));
    report.value("open_family_p50_ms", figure(kith.p50()));
    report.value("open_family_p95_ms", figure(kith.p95()));
    report.value("open_family_raw_p50_ms", figure(rawSamples.p50()));
    report.value("open_family_raw_p95_ms", figure(rawSamples.p95()));
    report.value("open_family_ratio", figure(ratio(kith.p50(), rawSamples.p50()), 2));
    report.target("open_family_ratio", ratio(kith.p50(), rawSamples.p50()), kRatioTarget);
}

// The first family of each side is read back through the other side: Kith must
// load (and find) what the raw floor wrote, so the floor wrote the same rows.
void checkInserted(Report& report, FamilyStore& store, const Database& database,
                   RawFamilyReader& rawReader, const FamilyRecord& family,
                   const QString& kithFamilyId, const QString& rawFamilyId) {
    const RawFamilyCounts expected = RawFamilyCounts::of(family);
    if (!(rawReader.load(kithFamilyId.toUtf8()) == expected))
        report.fail(QStringLiteral("the family createFamily stored does not read back"));
    const auto rawWritten = store.loadFamily(rawFamilyId);
    if (!rawWritten || !(RawFamilyCounts::of(*rawWritten) == expected)) {
        report.fail(QStringLiteral("the family the raw floor stored does not load in Kith"));
        return;
    }
    for (const Person& person : rawWritten->people) {
        if (person.nhsNumber.isEmpty())
            continue;
        const auto hits = search::PersonSearch(database.connection()).find(person.nhsNumber);
        if (!containsPerson(hits, person.id))
            report.fail(QStringLiteral("a person the raw floor indexed cannot be found"));
        break;
    }
}

void benchInsert(Report& report, FamilyStore& store, const Database& database,
                 const RawDatabase& rawDb, const Options& options) {
    const QString actor = QStringLiteral("benchmark");
    store.setActor(actor);
    RawFamilyWriter raw(rawDb, actor, database.deviceId());
    RawFamilyReader rawReader(rawDb);
    const demo::DemoDirectory directory = readDirectory(rawDb);
    if (directory.professionals.isEmpty())
        report.fail(QStringLiteral("the store has no professionals to involve"));
    // Another seed than the store's, so the new families are not copies of stored ones.
    demo::DemoGenerator generator(options.seed + 7919, kDemoToday);

    Samples kith, rawSamples;
    int people = 0;
    for (int round = 0; round < kInsertWarmUp + options.queries; ++round) {
        const FamilyRecord family = generator.nextFamily(directory);
        FamilyRecord forKith = withFreshIds(family);
        const RawFamilyRows forRaw =
            rawRowsOf(withFreshIds(family), QDateTime::currentDateTimeUtc(), actor);
        const bool warmUp = round < kInsertWarmUp;
        std::optional<Result<QString>> stored;
        const auto [kithMs, rawMs] = timePair(
            std::size_t(round), [&] { stored = store.createFamily(std::move(forKith)); },
            [&] { raw.write(forRaw); });
        if (!warmUp) {
            kith.add(kithMs);
            rawSamples.add(rawMs);
        }
        if (!*stored) {
            report.fail(QStringLiteral("createFamily failed: %1").arg(stored->error()));
            return;
        }
        if (round == 0)
            checkInserted(report, store, database, rawReader, family, stored->value(),
                          forRaw.familyId);
        if (!warmUp)
            people += static_cast<int>(family.people.size());
    }
    report.note(
        QStringLiteral("insert: %1 families per side, %2 people each on average, one "
                       "transaction per family (WAL, synchronous=FULL)")
            .arg(kith.size())
            .arg(figure(double(people) / double(std::max<std::size_t>(1, kith.size())), 1)));
    report.value("insert_family_count", QString::number(kith.size()));
    report.value("insert_family_p50_ms", figure(kith.p50()));
    report.value("insert_family_p95_ms", figure(kith.p95()));
    report.value("insert_family_raw_p50_ms", figure(rawSamples.p50()));
    report.value("insert_family_raw_p95_ms", figure(rawSamples.p95()));
    report.value("insert_family_ratio", figure(ratio(kith.p50(), rawSamples.p50()), 2));
    report.target("insert_family_ratio", ratio(kith.p50(), rawSamples.p50()), kRatioTarget);
}

// Copies a store (and its write-ahead log, which may hold committed pages) so that
// the inserts never change the file the run was pointed at.
bool copyStore(const QString& from, const QString& to) {
    if (!QFile::copy(from, to))
        return false;
    const QString wal = from + QStringLiteral("-wal");
    return !QFile::exists(wal) || QFile::copy(wal, to + QStringLiteral("-wal"));
}

int run(const Options& options) {
    Report report;
    QTemporaryDir directory;
    if (!directory.isValid()) {
        report.fail(QStringLiteral("cannot make a temporary folder"));
        return 1;
    }
    const QString path = directory.filePath(QStringLiteral("benchmark.kith"));
    if (!options.store.isEmpty() && !copyStore(options.store, path)) {
        report.fail(QStringLiteral("cannot copy %1").arg(options.store));
        return 1;
    }
    auto opened = Database::open(path);
    if (!opened) {
        report.fail(opened.message);
        return 1;
    }
    Database& database = *opened.database;
    FamilyStore store(database);
    if (options.store.isEmpty()) {
        std::optional<Result<demo::DemoSummary>> made;
        const double ms = timeMs(
            [&] { made = demo::populate(store, options.families, options.seed, kDemoToday); });
        if (!*made) {
            report.fail(QStringLiteral("demo generation failed: %1").arg(made->error()));
            return 1;
        }
        report.value("demo_generate_seconds", figure(ms / 1000, 1));
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    report.note(QStringLiteral("store: %1 families, %2 people, %3 MB (%4)")
                    .arg(store.familyCount())
                    .arg(store.personCount())
                    .arg(figure(double(bytes) / 1e6, 0),
                         options.store.isEmpty()
                             ? QStringLiteral("generated, seed %1").arg(options.seed)
                             : QStringLiteral("copy of %1").arg(options.store)));
    report.note(QStringLiteral("SQLite %1; timing on steady_clock, Kith and raw runs "
                               "interleaved in the same process on the same file")
                    .arg(QString::fromLatin1(sqlite3_libversion())));

    const RawDatabase raw(path);
    if (!options.saveStore.isEmpty() && options.store.isEmpty()) {
        RawStatement save = raw.prepare("VACUUM INTO ?");
        const QByteArray target = options.saveStore.toUtf8();
        save.bindText(1, target);
        save.run();
        report.note(QStringLiteral("saved a copy of the store to %1").arg(options.saveStore));
    }
    benchSearch(report, database, raw, options);
    benchOpen(report, store, raw, options);
    benchInsert(report, store, database, raw, options);
    report.value("failures", QString::number(report.failures()));
    return report.failures() == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const auto options = parseOptions(app);
    if (!options) {
        QTextStream(stderr) << "kith_store_benchmark: --families and --queries take a positive "
                               "number, --seed a non-negative one\n";
        return 2;
    }
    try {
        return run(*options);
    } catch (const RawError& error) {
        QTextStream(stdout) << "# FAIL raw SQLite: " << QString::fromStdString(error.what())
                            << "\nfailures: 1" << Qt::endl;
        return 1;
    }
}
