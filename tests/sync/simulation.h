#pragma once

#include <QString>

namespace kith::testing {

// One run of the seeded sync simulation (simulation.cpp): a server and several replicas
// making random edits, inserts and removals, with faults, then syncing until nothing moves.
// Returns an empty string when every check held, else what went wrong (for the seed).
struct SimulationSummary {
    QString problem;
    int replicas = 0;
    int edits = 0;
    int syncs = 0;
    int failedSyncs = 0;
    int conflicts = 0;
};

SimulationSummary runSimulation(quint64 seed);

} // namespace kith::testing
