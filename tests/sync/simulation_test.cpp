// The deterministic, seeded sync simulation (simulation.cpp): 2,000 seeds in four test cases
// of 500 (so that CTest can run them side by side and each stays well inside its time
// limit). KITH_SIM_SEED=N replays one seed; KITH_SIM_SEEDS=N runs N seeds a test case.
#include "simulation.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>
#include <iostream>

using namespace kith::testing;

namespace {

void runSeeds(quint64 first, quint64 count) {
    if (qEnvironmentVariableIsSet("KITH_SIM_SEEDS"))
        count = qEnvironmentVariable("KITH_SIM_SEEDS").toULongLong();
    if (qEnvironmentVariableIsSet("KITH_SIM_SEED")) {
        first = qEnvironmentVariable("KITH_SIM_SEED").toULongLong();
        count = 1;
    }
    QElapsedTimer timer;
    timer.start();
    SimulationSummary total;
    for (quint64 seed = first; seed < first + count; ++seed) {
        const SimulationSummary summary = runSimulation(seed);
        if (!summary.problem.isEmpty()) {
            std::cerr << "sync simulation failed with seed " << seed
                      << "; replay with KITH_SIM_SEED=" << seed << "\n";
            INFO("seed " << seed << " (replay with KITH_SIM_SEED=" << seed
                         << ", add KITH_SIM_TRACE=1 to see each step): "
                         << summary.problem.toStdString());
            FAIL();
        }
        total.edits += summary.edits;
        total.syncs += summary.syncs;
        total.failedSyncs += summary.failedSyncs;
        total.conflicts += summary.conflicts;
    }
    std::cout << "sync simulation: seeds " << first << " to " << first + count - 1 << ": "
              << total.edits << " edits, " << total.syncs << " syncs (" << total.failedSyncs
              << " failed by injected faults), " << total.conflicts << " conflicts, "
              << timer.elapsed() << " ms\n";
    CHECK(total.edits > 0);
    CHECK(total.syncs > static_cast<int>(count));
}

} // namespace

TEST_CASE("Simulated replicas end equal to the server with nothing lost: seeds 1-500",
          "[sync-sim]") {
    runSeeds(1, 500);
}

TEST_CASE("Simulated replicas end equal to the server with nothing lost: seeds 501-1000",
          "[sync-sim]") {
    runSeeds(501, 500);
}

TEST_CASE("Simulated replicas end equal to the server with nothing lost: seeds 1001-1500",
          "[sync-sim]") {
    runSeeds(1001, 500);
}

TEST_CASE("Simulated replicas end equal to the server with nothing lost: seeds 1501-2000",
          "[sync-sim]") {
    runSeeds(1501, 500);
}
