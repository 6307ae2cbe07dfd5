// kith_match_benchmark: how fast "is this family already known?" answers on a large demo
// store (50,000 families, about 200,000 people), beside the floor: the same FTS5 MATCH
// passes run through the raw SQLite C API, stepping over the same rows.
//
// Prints "name: value" lines and "#" context lines. Slowness never fails the run; a
// query that does not find the person it was made from is counted and printed.

#include "demo/demo_generator.h"
#include "matching/candidate_finder.h"
#include "matching/matcher.h"
#include "raw_sqlite.h"
#include "store/family_store.h"
#include "timing.h"
#include "workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

using namespace kith;
using namespace kith::bench;

constexpr double kTargetMs = 50;
const QDate kDemoToday(2026, 11, 25);

struct Options {
    int families = 50000;
    std::uint64_t seed = 1;
    QString store;
    int queries = 300;
};

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}
void value(const char* name, const QString& text) {
    out() << name << ": " << text << Qt::endl;
}
void note(const QString& text) {
    out() << "# " << text << Qt::endl;
}

struct Case {
    QString kind;
    match::MatchQuery query;
    QString personId;
};

// People drawn at random from the store, each asked about with one front-desk error.
QList<Case> buildCases(const RawDatabase& db, std::uint64_t seed, int count) {
    const auto maxId = static_cast<int>(db.scalar("SELECT max(local_id) FROM person"));
    RawStatement person = db.prepare(
        "SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.nhs_number, "
        " (SELECT a.postcode FROM address a WHERE a.family_id = p.family_id AND a.to_date IS "
        "  NULL ORDER BY a.from_date DESC LIMIT 1) "
        "FROM person p WHERE p.local_id = ? AND p.given_name IS NOT NULL AND "
        "p.date_of_birth IS NOT NULL");
    demo::DemoRandom random(seed ^ 0x3A7C4);
    static const char* const kKinds[] = {"exact",   "sound_alike", "swapped_date", "no_postcode",
                                         "no_date", "nhs_only",    "typing_name"};
    QList<Case> cases;
    for (int attempt = 0; cases.size() < count && attempt < count * 50; ++attempt) {
        person.bindInt(1, 1 + random.below(std::max(1, maxId)));
        if (!person.step()) {
            person.reset();
            continue;
        }
        Case c;
        c.personId = QString::fromUtf8(person.columnText(0));
        const QString given = QString::fromUtf8(person.columnText(1));
        const QString family = QString::fromUtf8(person.columnText(2));
        const QDate dob = QDate::fromString(QString::fromUtf8(person.columnText(3)), Qt::ISODate);
        const QString nhs = QString::fromUtf8(person.columnText(4));
        const QString postcode = QString::fromUtf8(person.columnText(5));
        person.reset();
        c.kind = QString::fromLatin1(kKinds[cases.size() % std::size(kKinds)]);
        c.query = {given, family, dob, postcode, {}};
        if (c.kind == QLatin1String("sound_alike")) {
            c.query.givenName = soundAlike(given);
            c.query.familyName = soundAlike(family);
        } else if (c.kind == QLatin1String("swapped_date")) {
            const QDate swapped(dob.year(), dob.day(), dob.month());
            if (swapped.isValid())
                c.query.dateOfBirth = swapped;
        } else if (c.kind == QLatin1String("no_postcode")) {
            c.query.postcode.clear();
        } else if (c.kind == QLatin1String("no_date")) {
            c.query.dateOfBirth = {};
        } else if (c.kind == QLatin1String("nhs_only")) {
            c.query = {{}, {}, {}, {}, nhs};
        } else if (c.kind == QLatin1String("typing_name")) {
            // The panel asks as the clerk types: three letters of each name, nothing else.
            c.query = {given.left(3), family.left(3), {}, {}, {}};
            c.personId.clear(); // too little to pick one person out
        }
        cases.append(c);
    }
    return cases;
}

// The floor: each FTS5 pass of the query through the raw API, every rowid stepped over.
class RawPasses {
public:
    explicit RawPasses(const RawDatabase& db)
        : m_statement(db.prepare(QStringLiteral("SELECT rowid FROM person_search WHERE "
                                                "person_search MATCH ? LIMIT %1")
                                     .arg(match::CandidateFinder::kPassLimit)
                                     .toUtf8())) {}
    void run(const std::vector<QByteArray>& passes) {
        for (const QByteArray& pass : passes) {
            m_statement.bindText(1, pass);
            while (m_statement.step())
                m_checksum += std::uint64_t(m_statement.columnInt(0));
            m_statement.reset();
        }
    }

private:
    RawStatement m_statement;
    std::uint64_t m_checksum = 0;
};

std::optional<Options> parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kith matcher benchmark"));
    parser.addHelpOption();
    const QCommandLineOption families(QStringLiteral("families"),
                                      QStringLiteral("Demo families to generate (50000)."),
                                      QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Use a copy of this store instead."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption queries(QStringLiteral("queries"),
                                     QStringLiteral("Timed queries (300)."), QStringLiteral("N"),
                                     QStringLiteral("300"));
    parser.addOptions({families, seed, store, queries});
    parser.process(app);
    Options options;
    bool a = false, b = false, c = false;
    options.families = parser.value(families).toInt(&a);
    options.seed = parser.value(seed).toULongLong(&b);
    options.queries = parser.value(queries).toInt(&c);
    options.store = parser.value(store);
    if (!a || !b || !c || options.families < 1 || options.queries < 1)
        return std::nullopt;
    return options;
}

int run(const Options& options) {
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("match-benchmark.kith"));
    if (!options.store.isEmpty() && !QFile::copy(options.store, path)) {
        note(QStringLiteral("FAIL cannot copy %1").arg(options.store));
        return 1;
    }
    auto opened = Database::open(path);
    if (!opened) {
        note(QStringLiteral("FAIL ") + opened.message);
        return 1;
    }
    FamilyStore store(*opened.database);
    if (options.store.isEmpty()) {
        std::optional<Result<demo::DemoSummary>> made;
        const double ms = timeMs(
            [&] { made = demo::populate(store, options.families, options.seed, kDemoToday); });
        if (!*made) {
            note(QStringLiteral("FAIL demo generation: ") + made->error());
            return 1;
        }
        value("demo_generate_seconds", figure(ms / 1000, 1));
    }
    note(QStringLiteral("store: %1 families, %2 people")
             .arg(store.familyCount())
             .arg(store.personCount()));

    const RawDatabase raw(path);
    RawPasses floor(raw);
    const match::Matcher matcher(store);
    match::CandidateFinder finder(opened.database->connection());
    const QList<Case> cases = buildCases(raw, options.seed, options.queries);
    std::vector<std::vector<QByteArray>> passes;
    for (const Case& c : cases) {
        std::vector<QByteArray> list;
        for (const QString& pass :
             match::CandidateFinder::passes(match::PersonFacts::ofQuery(c.query)))
            list.push_back(pass.toUtf8());
        passes.push_back(list);
    }

    // The checking pass is also the warm-up.
    int missed = 0, checked = 0;
    for (const Case& c : cases) {
        const auto found = matcher.find(c.query, 10);
        if (c.personId.isEmpty())
            continue;
        ++checked;
        if (found.isEmpty() || found.front().personId != c.personId)
            ++missed;
    }

    Samples full, candidates, rawSamples;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        const auto facts = match::PersonFacts::ofQuery(c.query);
        // Interleaved, the order turned each round, so no side always meets a cold cache.
        if (i % 2 == 0) {
            full.add(timeMs([&] { matcher.find(c.query, 10); }));
            rawSamples.add(timeMs([&] { floor.run(passes[std::size_t(i)]); }));
        } else {
            rawSamples.add(timeMs([&] { floor.run(passes[std::size_t(i)]); }));
            full.add(timeMs([&] { matcher.find(c.query, 10); }));
        }
        candidates.add(timeMs([&] { finder.load(finder.candidateIds(facts)); }));
    }
    note(QStringLiteral("%1 queries of %2 kinds; the floor is the same FTS5 passes through the "
                        "raw SQLite API (no scoring, no person rows read)")
             .arg(cases.size())
             .arg(7));
    value("match_queries", QString::number(full.size()));
    value("match_p50_ms", figure(full.p50()));
    value("match_p95_ms", figure(full.p95()));
    value("match_candidates_p50_ms", figure(candidates.p50()));
    value("match_candidates_p95_ms", figure(candidates.p95()));
    value("match_fts_floor_p50_ms", figure(rawSamples.p50()));
    value("match_fts_floor_p95_ms", figure(rawSamples.p95()));
    value("match_p95_ratio", figure(ratio(full.p95(), rawSamples.p95()), 2));
    value("match_top_candidate_misses", QStringLiteral("%1 of %2").arg(missed).arg(checked));
    note(QStringLiteral("target match_p95_ms < %1: %2")
             .arg(kTargetMs)
             .arg(full.p95() < kTargetMs ? QStringLiteral("met") : QStringLiteral("MISSED")));
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const auto options = parseOptions(app);
    if (!options) {
        QTextStream(stderr) << "kith_match_benchmark: --families and --queries take a positive "
                               "number, --seed a non-negative one\n";
        return 2;
    }
    try {
        return run(*options);
    } catch (const RawError& error) {
        QTextStream(stdout) << "# FAIL raw SQLite: " << QString::fromStdString(error.what())
                            << Qt::endl;
        return 1;
    }
}
