// Opening a 150-person genogram and drawing its first frame: read it from the store, lay
// it out, build the editor's scene and paint it into an image the size of a laptop
// screen. Target: under 200 ms. The floor is painting the same layout straight onto the
// image with the shared symbols (no store, no scene), measured in the same run.
#include "demo/demo_generator.h"
#include "genogram/editing/genogram_document.h"
#include "genogram/genogram_picture.h"
#include "genogram/genogram_scene.h"
#include "genogram/genogram_store.h"
#include "genogram/genogram_synthetic.h"
#include "store/database.h"
#include "store/family_store.h"
#include "timing.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <cstdio>

using namespace kith;
using namespace kith::genogram;

namespace {

constexpr int kPeople = 150;
constexpr int kRuns = 20;
const QSize kScreen(1366, 768);

void print(const char* what, const bench::Samples& samples) {
    std::printf("%-44s p50 %8s ms   p95 %8s ms\n", what, qPrintable(bench::figure(samples.p50())),
                qPrintable(bench::figure(samples.p95())));
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir folder;
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC));
    auto opened = Database::open(folder.filePath(QStringLiteral("bench.sqlite")), clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    FamilyStore families(*opened.database);
    if (auto made = demo::populate(families, 1, 7, QDate(2026, 11, 25)); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error()));
        return 1;
    }
    const QString familyId = families.listFamilies(1).value(0).id;
    GenogramStore store(*opened.database);
    Genogram big = syntheticGenogram(kPeople, 42);
    big.familyId = familyId;
    if (Status stored = store.replace(big); !stored) {
        std::fprintf(stderr, "%s\n", qPrintable(stored.error()));
        return 1;
    }

    bench::Samples load, layout, scene, paint, total, floor;
    qsizetype drawnPeople = 0;
    for (int run = 0; run < kRuns; ++run) {
        Genogram loaded;
        const double loadMs = bench::timeMs([&] { loaded = store.load(familyId).value(); });
        Layout placed;
        const double layoutMs = bench::timeMs([&] { placed = layoutGenogram(loaded); });
        GenogramDocument document(loaded);
        std::unique_ptr<ui::GenogramScene> canvas;
        // The scene lays the genogram out itself, as the editor does.
        const double sceneMs =
            bench::timeMs([&] { canvas = std::make_unique<ui::GenogramScene>(&document); });
        QImage frame(kScreen, QImage::Format_ARGB32_Premultiplied);
        const double paintMs = bench::timeMs([&] {
            frame.fill(Qt::white);
            QPainter painter(&frame);
            painter.setRenderHint(QPainter::Antialiasing);
            canvas->render(&painter, QRectF(QPointF(0, 0), kScreen), canvas->itemsBoundingRect());
        });
        drawnPeople = canvas->personItems().size();
        load.add(loadMs);
        layout.add(layoutMs);
        scene.add(sceneMs);
        paint.add(paintMs);
        total.add(loadMs + sceneMs + paintMs);

        QImage direct(kScreen, QImage::Format_ARGB32_Premultiplied);
        floor.add(bench::timeMs([&] {
            direct.fill(Qt::white);
            QPainter painter(&direct);
            painter.setRenderHint(QPainter::Antialiasing);
            const ui::GenogramPicture picture(loaded, placed);
            picture.paintFitted(painter, QRectF(QPointF(0, 0), kScreen));
        }));
    }
    std::printf("Genogram of %d people (%lld drawn), %d runs, frame %dx%d\n", kPeople,
                static_cast<long long>(drawnPeople), kRuns, kScreen.width(), kScreen.height());
    print("load from the store", load);
    print("layout alone (target < 20 ms)", layout);
    print("scene: layout and items", scene);
    print("first frame painted", paint);
    print("open and draw, total (target < 200 ms)", total);
    print("floor: paint the layout directly", floor);
    std::printf("ratio total / floor (p50): %s\n",
                qPrintable(bench::figure(bench::ratio(total.p50(), floor.p50()), 2)));
    return 0; // it measures; it does not pass or fail on speed
}
