#include "consent/consent_rules.h"

#include "consent/consent_store.h"
#include "store/database.h"
#include "util/code_table.h"

namespace kith::consent {
namespace {

constexpr CodeTable<Decision::Basis, 9> kBasisCodes{{
    {Decision::Basis::Consent, "consent"},
    {Decision::Basis::LeadProfessional, "lead_professional"},
    {Decision::Basis::WorkingWithFamily, "working_with_family"},
    {Decision::Basis::FamilyMember, "family_member"},
    {Decision::Basis::SafeguardingOverride, "safeguarding_override"},
    {Decision::Basis::NoConsent, "no_consent"},
    {Decision::Basis::Withdrawn, "withdrawn"},
    {Decision::Basis::NotAgreed, "not_agreed"},
    {Decision::Basis::Restriction, "restriction"},
}};

Decision allow(Decision::Basis basis, QString reason) {
    return {true, basis, std::move(reason), {}, {}};
}

Decision refuse(Decision::Basis basis, QString reason) {
    return {false, basis, std::move(reason), {}, {}};
}

bool overlaps(Category a, Category b) {
    return a == Category::Everything || b == Category::Everything || a == b;
}

bool overlaps(const QString& personA, const QString& personB) {
    return personA.isEmpty() || personB.isEmpty() || personA == personB;
}

QString isoDate(const QDate& day) {
    return day.toString(Qt::ISODate);
}

} // namespace

QString Decision::basisCode() const {
    return codeOf(kBasisCodes, basis);
}

ConsentRules::ConsentRules(const Database& database, HubAgencies agencies)
    : m_database(database)
    , m_agencies(std::make_shared<const HubAgencies>(std::move(agencies))) {}

FamilySharing ConsentRules::forFamily(const QString& familyId) const {
    FamilySharing family;
    family.m_familyId = familyId;
    family.m_today = m_database.clock().today();
    family.m_db = m_database.connection();
    family.m_agencies = m_agencies;
    family.m_history = readConsentHistory(family.m_db, familyId);
    family.m_state = ConsentState::derive(family.m_history);
    family.m_people = FamilyPeople::load(family.m_db, familyId);
    return family;
}

QString FamilySharing::hubAgencyOf(const QString& professionalId) const {
    const auto cached = m_agencyOfProfessional.constFind(professionalId);
    if (cached != m_agencyOfProfessional.constEnd())
        return *cached;
    QString key;
    if (const auto found = loadProfessional(m_db, professionalId)) {
        if (const HubAgency* agency = m_agencies->find(found->agencyName))
            key = agency->key;
    }
    m_agencyOfProfessional.insert(professionalId, key);
    return key;
}

QString FamilySharing::audienceName(const Audience& with) const {
    switch (with.kind) {
    case AudienceKind::Agency:
        if (const HubAgency* agency = m_agencies->find(with.id))
            return agency->name;
        break;
    case AudienceKind::Professional:
        if (const auto found = loadProfessional(m_db, with.id))
            return found->professional.name;
        break;
    case AudienceKind::Person:
        if (const Person* person = m_people.person(with.id))
            return person->fullName();
        break;
    case AudienceKind::ParentsAndCarers:
        return tr("the parents and carers");
    }
    return with.id;
}

bool FamilySharing::audienceMatches(AudienceKind kind, const QString& id,
                                    const Audience& with) const {
    switch (kind) {
    case AudienceKind::Agency:
        if (with.kind == AudienceKind::Agency) {
            const HubAgency* agency = m_agencies->find(with.id);
            return agency && agency->key == id;
        }
        return with.kind == AudienceKind::Professional && hubAgencyOf(with.id) == id;
    case AudienceKind::Professional:
    case AudienceKind::Person:
        return with.kind == kind && with.id == id;
    case AudienceKind::ParentsAndCarers:
        return with.kind == AudienceKind::ParentsAndCarers ||
               (with.kind == AudienceKind::Person && m_people.isParentOrCarer(with.id));
    }
    return false;
}

Decision FamilySharing::consentDecision(const Information& what, const Audience& with) const {
    using Basis = Decision::Basis;
    if (with.kind == AudienceKind::Person || with.kind == AudienceKind::ParentsAndCarers) {
        if (with.kind == AudienceKind::Person && !m_people.person(with.id))
            return refuse(Basis::NotAgreed, tr("%1 is not a member of this family.").arg(with.id));
        return allow(Basis::FamilyMember,
                     tr("%1: the family's own information.").arg(audienceName(with)));
    }
    const SubjectConsent& consent = m_state.covering(what.aboutPersonId);
    if (!consent.current)
        return refuse(Basis::NoConsent, tr("no consent to share has been recorded"));
    if (consent.withdrawal)
        return refuse(Basis::Withdrawn,
                      tr("consent withdrawn on %1").arg(isoDate(consent.withdrawal->givenOn)));
    const QString given = isoDate(consent.current->givenOn);
    auto agencyDecision = [&](const QString& key) {
        const HubAgency* agency = m_agencies->find(key);
        if (!agency)
            return refuse(Basis::NotAgreed,
                          tr("%1 is not one of the hub's named agencies").arg(key));
        if (consent.current->sharesWith(agency->key))
            return allow(Basis::Consent,
                         tr("consent to share with %1 (last given or confirmed on %2)")
                             .arg(agency->name, given));
        return refuse(Basis::NotAgreed,
                      tr("the family did not agree to share with %1").arg(agency->name));
    };
    if (with.kind == AudienceKind::Agency)
        return agencyDecision(with.id);
    if (m_people.isLeadProfessional(with.id))
        return allow(Basis::LeadProfessional,
                     tr("%1 is the family's lead professional").arg(audienceName(with)));
    if (const QString key = hubAgencyOf(with.id); !key.isEmpty())
        return agencyDecision(key);
    if (m_people.isWorkingWithFamily(with.id))
        return allow(Basis::WorkingWithFamily,
                     tr("%1 is working with the family, with consent given on %2")
                         .arg(audienceName(with), given));
    return refuse(Basis::NotAgreed, tr("%1 is not working with the family and their agency is not "
                                       "one the family agreed to share with")
                                        .arg(audienceName(with)));
}

const Restriction* FamilySharing::blockingRestriction(const Information& what,
                                                      const Audience& with) const {
    for (const Restriction& restriction : m_history.restrictions) {
        if (restriction.inForceOn(m_today) && overlaps(restriction.category, what.category) &&
            overlaps(restriction.aboutPersonId, what.aboutPersonId) &&
            audienceMatches(restriction.audienceKind, restriction.audienceId, with))
            return &restriction;
    }
    return nullptr;
}

const SafeguardingOverride* FamilySharing::overrideFor(const Information& what,
                                                       const Audience& with,
                                                       const QString& restrictionId) const {
    for (const SafeguardingOverride& decision : m_history.overrides) {
        if (!decision.inForceOn(m_today) ||
            !audienceMatches(decision.audienceKind, decision.audienceId, with))
            continue;
        const bool againstBlock =
            !restrictionId.isEmpty() && decision.restrictionId == restrictionId;
        const bool covers =
            (decision.category == Category::Everything || decision.category == what.category) &&
            (decision.aboutPersonId.isEmpty() || decision.aboutPersonId == what.aboutPersonId);
        if (againstBlock || covers)
            return &decision;
    }
    return nullptr;
}

Decision FamilySharing::mayShare(const Information& what, const Audience& with) const {
    Decision decision = consentDecision(what, with);
    if (decision.allowed) {
        if (const Restriction* restriction = blockingRestriction(what, with)) {
            const Person* about = m_people.person(restriction->aboutPersonId);
            decision =
                refuse(Decision::Basis::Restriction,
                       tr("the family asked that %1%2 is not shared with %3: \u201c%4\u201d")
                           .arg(ConsentLabels::category(restriction->category),
                                about ? tr(" about %1").arg(about->fullName()) : QString(),
                                restriction->audienceName.isEmpty() ? audienceName(with)
                                                                    : restriction->audienceName,
                                restriction->familyWords));
            decision.restrictionId = restriction->id;
        }
    }
    if (decision.allowed)
        return decision;
    if (const SafeguardingOverride* overriding = overrideFor(what, with, decision.restrictionId)) {
        const auto decider = loadProfessional(m_db, overriding->decidedById);
        Decision overridden =
            allow(Decision::Basis::SafeguardingOverride,
                  tr("shared under a safeguarding override by %1 on %2 (%3), although %4")
                      .arg(decider ? decider->professional.name : overriding->decidedById,
                           isoDate(overriding->decidedOn), overriding->reason, decision.reason));
        overridden.restrictionId = decision.restrictionId;
        overridden.overrideId = overriding->id;
        return overridden;
    }
    return decision;
}

QList<Withholding> FamilySharing::withheldFrom(const Audience& with) const {
    QList<Withholding> withheld;
    const Information everything;
    const Decision whole = consentDecision(everything, with);
    if (!whole.allowed && !overrideFor(everything, with, {}))
        return {{everything, whole}};
    // Young people who decide for themselves may have withdrawn while the family has not.
    for (const SubjectConsent& own : m_state.youngPeople()) {
        const Information theirs{Category::Everything, own.subjectPersonId};
        if (const Decision decision = mayShare(theirs, with); !decision.allowed)
            withheld.append({theirs, decision});
    }
    for (const Restriction& restriction : m_history.restrictions) {
        if (!restriction.inForceOn(m_today) ||
            !audienceMatches(restriction.audienceKind, restriction.audienceId, with))
            continue;
        const Information what{restriction.category, restriction.aboutPersonId};
        if (const Decision decision = mayShare(what, with); !decision.allowed)
            withheld.append({what, decision});
    }
    return withheld;
}

SharingDecisionEntry FamilySharing::logEntry(const Information& what, const Audience& with,
                                             const Decision& decision,
                                             const QString& purpose) const {
    SharingDecisionEntry entry;
    entry.familyId = m_familyId;
    entry.category = what.category;
    entry.aboutPersonId = what.aboutPersonId;
    entry.audienceKind = with.kind;
    const HubAgency* agency =
        with.kind == AudienceKind::Agency ? m_agencies->find(with.id) : nullptr;
    entry.audienceId = agency ? agency->key : with.id;
    entry.audienceName = audienceName(with);
    entry.shared = decision.allowed;
    entry.basis = decision.basisCode();
    entry.reason = decision.reason;
    entry.purpose = purpose;
    entry.overrideId = decision.overrideId;
    entry.restrictionId = decision.restrictionId;
    return entry;
}

} // namespace kith::consent
