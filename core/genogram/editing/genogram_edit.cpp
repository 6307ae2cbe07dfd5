#include "genogram/editing/genogram_edit.h"

namespace kith::genogram {

bool GenogramEdit::absorb(const GenogramEdit& later) {
    if (later.m_steps.size() != m_steps.size())
        return false;
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        const bool same = std::visit(
            [&](const auto& mine) {
                using Step = std::decay_t<decltype(mine)>;
                const auto* theirs = std::get_if<Step>(&later.m_steps[i]);
                // Only replacements merge: an insert or removal is its own step.
                return theirs && theirs->id == mine.id && mine.before && mine.after &&
                       theirs->before && theirs->after;
            },
            m_steps[i]);
        if (!same)
            return false;
    }
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        std::visit(
            [&](auto& mine) {
                using Step = std::decay_t<decltype(mine)>;
                mine.after = std::get<Step>(later.m_steps[i]).after;
            },
            m_steps[i]);
    }
    return true;
}

} // namespace kith::genogram
