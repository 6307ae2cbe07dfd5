#pragma once

#include "genogram/genogram.h"
#include "model/family.h"

namespace kith::genogram {

// Links people on a genogram (made elsewhere, e.g. read from GEDCOM) to the people of
// the family record they are: the same name (ignoring case, accents are kept) and the
// same date of birth, or the same year when only a year is known. Each record person is
// linked at most once. Returns how many were linked.
int linkToFamilyRecord(Genogram& genogram, const FamilyRecord& record);

} // namespace kith::genogram
