#pragma once

// THE question every screen and export asks before it shows or sends anything about a
// family to someone: "may I share this with them?". The EHA PDF, the plan export, the
// projected TAF screen, kithctl and the server all call this, so the family's wishes are
// honoured in one place.
//
//   consent::ConsentRules rules(database, hubAgencies);
//   const consent::FamilySharing family = rules.forFamily(familyId);  // reads once
//   const consent::Decision d = family.mayShare({Category::Health, childId},
//                                               Audience::agency(QStringLiteral("family-lives")));
//   if (!d) leaveOut(d.reason);                      // "consent withdrawn on 2026-10-01"
//   store.logDecision(family.logEntry(what, audience, d, purpose)); // when actually sharing
//
// How a decision is made, in order:
//  1. A family member (Audience::person) may see the family's information unless a
//     restriction says otherwise (a young person's private things kept from their parents).
//  2. Anyone else needs consent in force: the young person's own consent for information
//     about a young person who has consented for themselves, otherwise the family's. None
//     recorded → "no consent"; withdrawn → "consent withdrawn on <date>".
//  3. An agency must be one the family agreed to share with. A professional is covered when
//     they are the lead professional, when their agency is one of the hub's agencies the
//     family agreed to (or not), or when they are recorded as working with the family.
//  4. A restriction in force beats consent: "do not share <category> (about <person>) with
//     <audience>". It applies when what is asked and what is restricted overlap: either is
//     "everything" or they are the same category, and either is about the whole family or
//     both are about the same person. A restriction on an agency covers its professionals;
//     one on "parents and carers" covers every parent and carer in the family.
//  5. A safeguarding override in force for that audience beats all of the above when it
//     covers what is asked (its category is "everything" or the same, its person is none or
//     the same) or was made against the restriction that blocks. The decision says so.
//
// mayShare() never writes. Record a decision with ConsentStore::logDecision() when
// information is actually shared or withheld (Caldicott: what, with whom, why).

#include "consent/consent_model.h"
#include "consent/consent_state.h"
#include "consent/family_people.h"
#include "consent/hub_agencies.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>

namespace kith {
class Database;
}

namespace kith::consent {

// What is to be shared: a category of information, about one person or the whole family.
struct Information {
    Category category = Category::Everything;
    QString aboutPersonId; // empty: the family as a whole
};

// Who it would be shared with.
struct Audience {
    AudienceKind kind = AudienceKind::Agency;
    QString id; // hub agency key, professional id, person id; empty for ParentsAndCarers

    static Audience agency(const QString& key) { return {AudienceKind::Agency, key}; }
    static Audience professional(const QString& id) { return {AudienceKind::Professional, id}; }
    static Audience person(const QString& id) { return {AudienceKind::Person, id}; }
};

struct Decision {
    enum class Basis {
        Consent,              // the family agreed to share with them
        LeadProfessional,     // the family's lead professional holds the record
        WorkingWithFamily,    // a professional recorded as working with the family
        FamilyMember,         // the family's own information, shown to the family
        SafeguardingOverride, // shared despite the family's wishes; see overrideId
        NoConsent,            // no consent recorded
        Withdrawn,            // consent withdrawn
        NotAgreed,            // the family did not agree to share with this agency
        Restriction,          // the family asked for this not to be shared; see restrictionId
    };
    bool allowed = false;
    Basis basis = Basis::NoConsent;
    QString reason; // for the practitioner, e.g. "consent withdrawn on 2026-10-01"
    QString restrictionId;
    QString overrideId;

    explicit operator bool() const { return allowed; }
    QString basisCode() const; // "consent", "restriction", "safeguarding_override", ...
};

// Something to leave out when sharing with an audience.
struct Withholding {
    Information what;
    Decision decision;
};

// One family's consent, restrictions and overrides, read once; decisions are answered
// from memory (an export asks many questions).
class FamilySharing {
    Q_DECLARE_TR_FUNCTIONS(kith::consent::FamilySharing)

public:
    Decision mayShare(const Information& what, const Audience& with) const;
    // What must be left out when sharing with `with`: one "everything" entry when nothing
    // may be shared at all, otherwise one entry per restriction in force for them.
    QList<Withholding> withheldFrom(const Audience& with) const;

    // A sharing-decision log entry for ConsentStore::logDecision().
    SharingDecisionEntry logEntry(const Information& what, const Audience& with,
                                  const Decision& decision, const QString& purpose) const;

    const QString& familyId() const { return m_familyId; }
    const ConsentState& state() const { return m_state; }
    const ConsentHistory& history() const { return m_history; }
    const FamilyPeople& people() const { return m_people; }
    QString audienceName(const Audience& with) const;

private:
    friend class ConsentRules;
    Decision consentDecision(const Information& what, const Audience& with) const;
    const Restriction* blockingRestriction(const Information& what, const Audience& with) const;
    const SafeguardingOverride* overrideFor(const Information& what, const Audience& with,
                                            const QString& restrictionId) const;
    bool audienceMatches(AudienceKind kind, const QString& id, const Audience& with) const;
    QString hubAgencyOf(const QString& professionalId) const;

    QString m_familyId;
    QDate m_today;
    QSqlDatabase m_db;
    std::shared_ptr<const HubAgencies> m_agencies;
    ConsentHistory m_history;
    ConsentState m_state;
    FamilyPeople m_people;
    mutable QHash<QString, QString> m_agencyOfProfessional; // professional id -> hub key
};

class ConsentRules {
public:
    ConsentRules(const Database& database, HubAgencies agencies);

    // Reads the family's consent as it stands today by the store's clock.
    FamilySharing forFamily(const QString& familyId) const;
    // One-off questions; for many, use forFamily().
    Decision mayShare(const QString& familyId, const Information& what,
                      const Audience& with) const {
        return forFamily(familyId).mayShare(what, with);
    }
    QList<Withholding> withheldFrom(const QString& familyId, const Audience& with) const {
        return forFamily(familyId).withheldFrom(with);
    }

    const HubAgencies& agencies() const { return *m_agencies; }

private:
    const Database& m_database;
    std::shared_ptr<const HubAgencies> m_agencies;
};

} // namespace kith::consent
