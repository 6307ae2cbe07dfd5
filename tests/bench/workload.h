#pragma once

// What the benchmark asks of the store, drawn from the store's own data so that
// every query has a person it must find. Deterministic for a given store and seed.

#include "demo/demo_generator.h"
#include "model/family.h"
#include "raw_sqlite.h"

#include <QList>

namespace kith::bench {

// One front-desk query and the person it was made from.
struct SearchCase {
    QString kind; // full_name, family_name, given_prefix, sound_alike, name_dob, postcode, nhs
    QString text; // as typed
    QString personId;
    // Whether the person must be among the hits even when the list is full: true for
    // queries that pick out a handful of people (NHS number, name with date of birth).
    bool alwaysFound = false;
};

// `count` queries, seven kinds per sampled person, in a fixed order.
QList<SearchCase> buildQueryMix(const RawDatabase& db, std::uint64_t seed, int count);

// `count` family ids picked at random (with repeats) from the store.
QList<QString> sampleFamilyIds(const RawDatabase& db, std::uint64_t seed, int count);

// The agencies and professionals already in the store, so that new demo families
// refer to professionals the foreign keys accept.
demo::DemoDirectory readDirectory(const RawDatabase& db);

// The same family with every id of its own replaced by a new one, references kept.
FamilyRecord withFreshIds(FamilyRecord record);

// A spelling of `name` with the same sound-alike key ("Mohammed" -> "Muhammad",
// "Smith" -> "Smyth"), or `name` itself when no variant is found.
QString soundAlike(const QString& name);

} // namespace kith::bench
