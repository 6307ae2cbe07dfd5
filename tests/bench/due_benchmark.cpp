// The "what is due" benchmark: the due list for one practitioner's caseload of 60
// families, and for every family in a store of 50,000 demo families (with their journeys).
// Prints `name: value` lines; it measures, it does not pass or fail.
#include "demo/demo_generator.h"
#include "due/due_report.h"
#include "journey/journey_store.h"
#include "store/database.h"
#include "store/family_store.h"
#include "timing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kith;

namespace {

constexpr int kCaseload = 60;
constexpr double kCaseloadTargetMs = 20;
constexpr double kAllTargetMs = 2000;

void print(const QString& name, const QString& value) {
    QTextStream(stdout) << name << ": " << value << Qt::endl;
}

// A new practitioner who takes over 60 open episodes: the caseload measured.
QString makeCaseload(Database& database, FamilyStore& families) {
    const QString me = families
                           .saveProfessional({{},
                                              {},
                                              QStringLiteral("Benchmark Practitioner"),
                                              QStringLiteral("Family practitioner"),
                                              {},
                                              {}})
                           .value();
    QStringList episodes;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id FROM episode WHERE closed_at IS NULL AND "
                              "lead_professional_id IS NOT NULL ORDER BY rowid LIMIT %1")
                   .arg(kCaseload));
    while (query.next())
        episodes.append(query.value(0).toString());
    journey::JourneyStore journeys(database);
    for (const QString& episode : std::as_const(episodes))
        journeys.allocate(episode, me, database.clock().nowUtc().addSecs(-3600));
    return me;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("What-is-due benchmark"));
    parser.addHelpOption();
    const QCommandLineOption familiesOption(QStringLiteral("families"),
                                            QStringLiteral("Demo families to make."),
                                            QStringLiteral("count"), QStringLiteral("50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs of the caseload list."),
                                        QStringLiteral("count"), QStringLiteral("50"));
    parser.addOptions({familiesOption, runsOption});
    parser.process(app);
    const int familyCount = parser.value(familiesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    // A fixed "now" so the figures do not depend on the day the benchmark runs.
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    auto opened = Database::open(dir.filePath(QStringLiteral("due.sqlite")), clock);
    if (!opened) {
        QTextStream(stderr) << opened.message << Qt::endl;
        return 1;
    }
    Database& database = *opened.database;
    FamilyStore families(database);
    double demoMs = 0;
    Result<demo::DemoSummary> made = Result<demo::DemoSummary>::fail({});
    demoMs = bench::timeMs(
        [&] { made = demo::populate(families, familyCount, 20261125, clock.today()); });
    if (!made) {
        QTextStream(stderr) << made.error() << Qt::endl;
        return 1;
    }
    print(QStringLiteral("due_demo_families"), QString::number(familyCount));
    print(QStringLiteral("due_demo_with_journeys_s"), bench::figure(demoMs / 1000.0, 1));
    const QString me = makeCaseload(database, families);

    bench::Samples caseload;
    qsizetype caseloadEpisodes = 0;
    for (int i = 0; i < runs; ++i) {
        caseload.add(bench::timeMs([&] {
            caseloadEpisodes =
                due::DueReports::build(database, {me, {}, {}}).value().episodes.size();
        }));
    }
    print(QStringLiteral("due_caseload_families"), QString::number(caseloadEpisodes));
    print(QStringLiteral("due_caseload_p50_ms"), bench::figure(caseload.p50()));
    print(QStringLiteral("due_caseload_p95_ms"), bench::figure(caseload.p95()));
    print(QStringLiteral("due_caseload_target_ms"), bench::figure(kCaseloadTargetMs, 0));

    bench::Samples all;
    qsizetype episodes = 0, items = 0;
    for (int i = 0; i < 3; ++i) {
        all.add(bench::timeMs([&] {
            const due::DueReport report = due::DueReports::build(database, {}).value();
            episodes = report.episodes.size();
            items = report.items.size();
        }));
    }
    print(QStringLiteral("due_all_open_episodes"), QString::number(episodes));
    print(QStringLiteral("due_all_items"), QString::number(items));
    print(QStringLiteral("due_all_p50_ms"), bench::figure(all.p50(), 1));
    print(QStringLiteral("due_all_target_ms"), bench::figure(kAllTargetMs, 0));
    return 0;
}
