#pragma once

#include "matching/match_types.h"

#include <QList>
#include <QSqlDatabase>

namespace kith::match {

// Two families in the store that look like one family registered twice.
struct DuplicatePair {
    QString familyId;       // the older of the two (created first): the one to keep
    QString otherFamilyId;  // the likely duplicate
    double score = 0;       // the best score of any person in one against one in the other
    int matchingPeople = 0; // people in the duplicate with a likely match in the other
    QStringList reasons;    // of the best-scoring pair of people
};

// Looks for families already in the store that are probably the same family: pairs of
// people in different families who share a date of birth or an NHS number and whose
// details score at least `threshold`. People are compared in groups of the same date of
// birth (or NHS number), so the work grows with the store, not with its square.
// Best first.
QList<DuplicatePair> findDuplicateFamilies(const QSqlDatabase& db,
                                           double threshold = kLikelyMatchScore);

} // namespace kith::match
