// The genogram benchmark: automatic layout of a 150-person genogram (target under 20 ms)
// and loading it from the store, beside reading the same rows with plain queries.
// Prints `name: value` lines; it measures, it does not pass or fail.
#include "genogram/genogram_layout.h"
#include "genogram/genogram_store.h"
#include "genogram/genogram_synthetic.h"
#include "store/database.h"
#include "store/family_store.h"
#include "timing.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kith;
using namespace kith::genogram;

namespace {

constexpr int kPeople = 150;
constexpr int kRuns = 200;
constexpr double kLayoutTargetMs = 20;

void print(const QString& name, const QString& value) {
    QTextStream(stdout) << name << ": " << value << Qt::endl;
}

// The rows load() reads, fetched and dropped: what loading costs before any model is made.
void readRows(const Database& database, const QString& familyId) {
    for (const char* table :
         {"genogram_person", "genogram_pin", "genogram_union", "genogram_child",
          "genogram_relationship", "genogram_household", "genogram_household_member", "person"}) {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT * FROM %1 WHERE family_id = ?").arg(QLatin1String(table)));
        query.addBindValue(familyId);
        query.exec();
        while (query.next())
            query.value(0);
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const Genogram big = syntheticGenogram(kPeople, 150);

    bench::Samples layout;
    double lastWidth = 0;
    for (int run = 0; run < kRuns; ++run)
        layout.add(bench::timeMs([&] { lastWidth = layoutGenogram(big).bounds.width(); }));
    bench::Samples copy;
    for (int run = 0; run < kRuns; ++run)
        copy.add(bench::timeMs([&] {
            Genogram same = big;
            same.people.detach();
        }));
    print(QStringLiteral("people"), QString::number(big.people.size()));
    print(QStringLiteral("layout_ms_p50"), bench::figure(layout.p50()));
    print(QStringLiteral("layout_ms_p95"), bench::figure(layout.p95()));
    print(QStringLiteral("layout_target_ms"), bench::figure(kLayoutTargetMs));
    print(QStringLiteral("layout_within_target"),
          layout.p95() < kLayoutTargetMs ? QStringLiteral("yes") : QStringLiteral("no"));
    print(QStringLiteral("layout_width_units"), bench::figure(lastWidth, 0));

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        QTextStream(stderr) << opened.message << Qt::endl;
        return 1;
    }
    FamilyStore families(*opened.database);
    FamilyRecord record;
    record.family.name = QStringLiteral("Benchmark family");
    const QString familyId = families.createFamily(record).value();
    GenogramStore store(*opened.database);
    Genogram stored = big;
    stored.familyId = familyId;
    if (Status saved = store.replace(stored); !saved) {
        QTextStream(stderr) << saved.error() << Qt::endl;
        return 1;
    }
    bench::Samples load;
    bench::Samples floor;
    for (int run = 0; run < kRuns; ++run) {
        load.add(bench::timeMs([&] { store.load(familyId); }));
        floor.add(bench::timeMs([&] { readRows(*opened.database, familyId); }));
    }
    print(QStringLiteral("load_ms_p50"), bench::figure(load.p50()));
    print(QStringLiteral("load_ms_p95"), bench::figure(load.p95()));
    print(QStringLiteral("load_floor_ms_p50"), bench::figure(floor.p50()));
    print(QStringLiteral("load_vs_plain_queries"),
          bench::figure(bench::ratio(load.p50(), floor.p50()), 2));
    print(QStringLiteral("layout_vs_copying_the_model"),
          bench::figure(bench::ratio(layout.p50(), copy.p50()), 1));
    return 0;
}
