// Figures, not a test: how long the service takes to take in and hand out many families.
// Hidden from the normal run ("[.]"); run with: kith_server_tests "[.figures]"
#include "service_fixture.h"

#include <QElapsedTimer>
#include <iostream>

using namespace kith;
using namespace kith::testing;

TEST_CASE("Push and pull figures for many small families", "[.figures]") {
    ServiceFixture f;
    f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
    f.addAccount(QStringLiteral("alex"), QStringLiteral("manager"));
    const QString sam = f.tokenFor(QStringLiteral("sam"));
    const QString alex = f.tokenFor(QStringLiteral("alex"));
    const int families = qEnvironmentVariableIntValue("KITH_FIGURES_FAMILIES") > 0
                             ? qEnvironmentVariableIntValue("KITH_FIGURES_FAMILIES")
                             : 1000;
    constexpr int kRowsPerFamily = 20;
    QJsonArray batch;
    QElapsedTimer timer;
    qint64 serviceMs = 0;
    const auto flush = [&] {
        timer.restart();
        f.push(sam, batch);
        serviceMs += timer.elapsed();
        batch = QJsonArray();
    };
    for (int i = 0; i < families; ++i) {
        const QString familyId = newId();
        batch.append(familyInsert(familyId));
        for (int r = 1; r < kRowsPerFamily; ++r) {
            const QString id = newId();
            batch.append(change(QStringLiteral("insert"), QStringLiteral("person"), id, familyId,
                                {{QStringLiteral("id"), id},
                                 {QStringLiteral("family_id"), familyId},
                                 {QStringLiteral("given_name"), QStringLiteral("Child %1").arg(r)},
                                 {QStringLiteral("family_name"), QStringLiteral("Khan")},
                                 {QStringLiteral("date_of_birth"), QStringLiteral("2015-03-01")}}));
        }
        if (batch.size() >= 480)
            flush();
    }
    if (!batch.isEmpty())
        flush();
    timer.restart();
    qint64 cursor = 0;
    const qsizetype pulled = f.pullAll(alex, cursor, 2000).size();
    const qint64 pullMs = timer.elapsed();
    const int rows = families * kRowsPerFamily;
    std::cout << (f.store->isPostgres() ? "PostgreSQL" : "SQLite") << ": push " << rows
              << " rows in " << serviceMs << " ms (" << (serviceMs * 1000.0 / rows)
              << " us/row); pull " << pulled << " rows in " << pullMs << " ms ("
              << (pullMs * 1000.0 / std::max<qsizetype>(1, pulled)) << " us/row)" << std::endl;
    CHECK(pulled == rows);
}
