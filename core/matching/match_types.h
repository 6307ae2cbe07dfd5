#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kith::match {

// What the front desk knows about one person so far. Every field is optional; the
// matcher uses whatever is there.
struct MatchQuery {
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString postcode;  // as typed; normalised by the matcher
    QString nhsNumber; // as typed; spaces and dashes allowed

    bool isEmpty() const {
        return givenName.trimmed().isEmpty() && familyName.trimmed().isEmpty() &&
               !dateOfBirth.isValid() && postcode.trimmed().isEmpty() &&
               nhsNumber.trimmed().isEmpty();
    }
    bool operator==(const MatchQuery&) const = default;
};

// Who to contact about a family that is already known. Only these details are shown
// to someone who may not see the family itself.
struct LeadContact {
    QString name;
    QString agency;
    QString phone;
};

// One person already in the store who may be the person asked about.
struct MatchCandidate {
    QString personId;
    QString familyId;
    double score = 0;    // 0 to 1: how likely this is the same person
    QStringList reasons; // short, translated: "Same NHS number", "Name sounds alike"
    std::optional<LeadContact> leadProfessional;
};

// At or above this score a candidate is a likely duplicate: registration must not go on
// until the clerk says "add to this family" or "this is a different family".
inline constexpr double kLikelyMatchScore = 0.6;

} // namespace kith::match
