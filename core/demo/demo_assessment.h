#pragma once

#include "store/database.h"
#include "util/result.h"

#include <QDate>
#include <cstdint>

namespace kith::demo {

// Gives demo families whose open episode has reached the assessment an Early Help
// Assessment on the Torbay form: being written (partly answered) while the episode is
// being assessed, now and then sent for sign-off or returned with the manager's comments;
// signed off once the episode has moved on, with the family's agreement (mostly agreeing,
// some partly, a few not), and for some reviewed families a second version under way with
// a new scaling score. Families without consent in force stay at a draft.
//
// Draws from its own sequence made from `seed`; written straight through the RecordWriter
// in batches (the answers are valid by construction), so 50,000 families stay quick.
Status addDemoAssessments(const Database& database, std::uint64_t seed, const QDate& today);

} // namespace kith::demo
