#pragma once

#include "cli.h"
#include "store/database.h"

#include <memory>

namespace kithctl {

// Opens the --db store, or says on stderr why it was refused and returns null.
std::unique_ptr<kith::Database> openStore(const Invocation& invocation);

} // namespace kithctl
