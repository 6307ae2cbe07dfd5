#include "open_store.h"

namespace kithctl {

std::unique_ptr<kith::Database> openStore(const Invocation& invocation) {
    auto opened = kith::Database::open(invocation.dbPath());
    if (!opened)
        invocation.fail(opened.message);
    return std::move(opened.database);
}

} // namespace kithctl
