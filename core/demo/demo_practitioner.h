#pragma once

#include "store/database.h"
#include "util/result.h"

namespace kith::demo {

// Makes the demo store's user ("me" on the start screen) the practitioner who leads the
// most open episodes, so that a newcomer's first screen shows a real week of work.
Status chooseDemoPractitioner(const Database& database);

} // namespace kith::demo
