#include "timing.h"

#include <algorithm>
#include <cmath>

namespace kith::bench {

double Samples::percentile(double p) const {
    if (m_values.empty())
        return 0;
    std::vector<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double ratio(double kith, double raw) {
    return raw > 0 ? kith / raw : 0;
}

QString figure(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

} // namespace kith::bench
