#include "projection/projected_plan.h"

namespace kith::projection {

int SafePlan::actionCount() const {
    int count = 0;
    for (const ProjectedNeed& need : needs) {
        for (const ProjectedOutcome& outcome : need.outcomes)
            count += static_cast<int>(outcome.actions.size());
    }
    return count;
}

} // namespace kith::projection
