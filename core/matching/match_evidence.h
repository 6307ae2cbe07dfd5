#pragma once

#include "matching/match_types.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace kith::match {

// What is known about one person, in the folded forms the comparisons use. Made from a
// query or from a stored person (with every name and postcode they have had).
struct PersonFacts {
    QStringList givenNames;  // folded; the first is the main one, then preferred and aliases
    QStringList familyNames; // folded, whole ("smith jones"); the first is the current one
    QStringList formerFamilyNames;
    QDate dateOfBirth;
    QString nhsNumber;           // ten digits, or empty
    QString postcode;            // current, normalised ("TQ1 4AB")
    QStringList formerPostcodes; // normalised
    QString displayGiven;        // as written, for reasons ("Bill for William")
    QString displayFamily;

    static PersonFacts ofQuery(const MatchQuery& query);
};

// How strongly two people's details say they are one person. `weight` adds up evidence
// for (positive) and against (negative) in log-odds style; `score` maps it onto 0 to 1.
struct MatchEvidence {
    double weight = 0;
    double score = 0;
    QStringList reasons; // for and against, strongest first
};

// Compares what was asked (`query`) with what is stored (`stored`). Fields missing on
// either side count neither way.
MatchEvidence compare(const PersonFacts& query, const PersonFacts& stored);

// True for ten digits whose modulus 11 check digit is right.
bool isValidNhsNumber(const QString& digits);
// Digits only: "943 476 5919" -> "9434765919".
QString nhsDigits(const QString& text);

// Optimal string alignment distance (a swap of two neighbouring letters counts as one),
// giving up and returning `limit + 1` once the distance must exceed `limit`.
int editDistance(const QString& a, const QString& b, int limit = 3);

class MatchReasons {
    Q_DECLARE_TR_FUNCTIONS(kith::match::MatchReasons)
};

} // namespace kith::match
