#pragma once

#include "consent/consent_model.h"

#include <QHash>
#include <optional>

namespace kith::consent {

// Where the consent of the family (or of one young person for themselves) stands now,
// derived from its history: the latest record decides.
struct SubjectConsent {
    QString subjectPersonId; // empty for the family
    // The latest record that gave or confirmed consent; its choices are the ones in force
    // unless consent has since been withdrawn.
    std::optional<ConsentRecord> current;
    std::optional<ConsentRecord> withdrawal; // set when the latest record is a withdrawal
    QDate lastConfirmed;                     // the day it was last given or confirmed
    int recordCount = 0;

    bool isInForce() const { return current.has_value() && !withdrawal.has_value(); }
    // The day by which the family should be asked again whether consent still stands.
    QDate reviewDueOn(int reviewMonths) const {
        return lastConfirmed.isValid() ? lastConfirmed.addMonths(reviewMonths) : QDate();
    }
    bool reviewOverdue(const QDate& today, int reviewMonths) const {
        return isInForce() && reviewDueOn(reviewMonths) < today;
    }
};

class ConsentState {
public:
    // `history` in any order; records are taken by day given, then by when recorded.
    static ConsentState derive(const ConsentHistory& history);

    // Always present, with no records when the family has never been asked.
    const SubjectConsent& family() const { return m_family; }
    // A young person's consent for themselves; nullptr when they have never given it.
    const SubjectConsent* ownConsentOf(const QString& personId) const;
    QList<SubjectConsent> youngPeople() const { return m_people.values(); }
    // The consent that covers information about `personId`: their own when they have ever
    // consented for themselves (a competent young person decides about their own
    // information), otherwise the family's.
    const SubjectConsent& covering(const QString& personId) const;

private:
    SubjectConsent m_family;
    QHash<QString, SubjectConsent> m_people;
};

} // namespace kith::consent
