#pragma once

#include <QString>
#include <chrono>
#include <vector>

namespace kith::bench {

// Latency samples in milliseconds.
class Samples {
public:
    void add(double milliseconds) { m_values.push_back(milliseconds); }
    std::size_t size() const { return m_values.size(); }
    // Nearest-rank percentile (0 < p <= 100); 0 when there are no samples.
    double percentile(double p) const;
    double p50() const { return percentile(50); }
    double p95() const { return percentile(95); }

private:
    std::vector<double> m_values;
};

// Milliseconds that `work` takes, on the monotonic clock.
template <typename Work>
double timeMs(Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const auto end = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(end - start).count();
}

// Seconds of CPU (user and system) this process has used so far; with `pid`, another
// process's (read from /proc; 0 when it cannot be read). On a busy machine the wall clock
// measures the neighbours too, CPU time much less so.
double cpuSeconds();
double cpuSeconds(qint64 pid);

// A ratio safe against a zero floor (a timer too coarse to see the raw run).
double ratio(double kith, double raw);

// "0.812": the fixed precision every figure is printed with.
QString figure(double value, int decimals = 3);

} // namespace kith::bench
