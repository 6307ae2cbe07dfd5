#pragma once

#include "consent/consent_model.h"
#include "consent/hub_agencies.h"
#include "store/database.h"
#include "store/record_writer.h"
#include "store/write_scope.h"
#include "util/result.h"

#include <QCoreApplication>
#include <functional>

namespace kith::consent {

class FamilyPeople;

// Records a family's consent, their restrictions, safeguarding overrides and the
// sharing-decision log. Every write is checked first (a refusal names the field and the
// fix and stores nothing) and goes through the RecordWriter in one transaction, so it
// reaches the change log and the audit log with it. Nothing here is ever deleted: a change
// of mind is a new record, and lifting a restriction fills in its lift.
class ConsentStore {
    Q_DECLARE_TR_FUNCTIONS(kith::consent::ConsentStore)

public:
    ConsentStore(const Database& database, HubAgencies agencies);

    void setActor(const QString& actor) { m_writer.setActor(actor); }
    const HubAgencies& agencies() const { return m_agencies; }

    // Runs `work` (several writes) in one transaction: for imports and demo data.
    Status inOneTransaction(const std::function<Status()>& work);

    // Records consent given, confirmed or withdrawn (record.event).
    // - Given: for the family by a parent or carer, or by a young person for themselves
    //   (subjectPersonId = givenByPersonId) who is 12 or over on the day; aged 12 to 16 the
    //   practitioner's competence note is required. Agency choices must name the hub's
    //   agencies; names are filled in from the hub's list.
    // - Confirmed: "consent is still given"; the choices in force are carried forward.
    // - Withdrawn: sharing stops from that day; the history stays.
    // Written consent needs the signature (Signature::encode()).
    Result<QString> record(ConsentRecord record);

    // "Do not share <category> with <audience>" in the family's words. A young person's
    // wish to keep something from their parents (ParentsAndCarers) needs the young person's
    // own consent to be in force.
    Result<QString> addRestriction(Restriction restriction);
    Status liftRestriction(const QString& restrictionId, const QDate& liftedOn,
                           const QString& reason);
    // A safeguarding decision to share despite the family's wishes. With a restrictionId,
    // its category, person and audience are taken from that restriction.
    Result<QString> recordOverride(SafeguardingOverride decision);
    // Appends to the sharing-decision log (ConsentRules::logEntry makes the entry).
    Result<QString> logDecision(SharingDecisionEntry entry);

    ConsentHistory history(const QString& familyId) const;
    QList<SharingDecisionEntry> decisionsOf(const QString& familyId) const; // newest first

    // The display name of an audience: a hub agency, a professional, a family member.
    QString audienceName(const FamilyPeople& people, AudienceKind kind, const QString& id) const;

private:
    template <typename Work>
    Status write(Work&& work);
    Status checkGiver(const FamilyPeople& people, ConsentRecord& record) const;
    Status checkAgainstCurrent(ConsentRecord& record) const;
    Status checkAudience(const FamilyPeople& people, AudienceKind kind, QString& id,
                         QString& name) const;
    Status checkDay(const QDate& day, const QString& field) const;
    bool professionalExists(const QString& id) const;

    const Database& m_database;
    HubAgencies m_agencies;
    store::RecordWriter m_writer;
    store::WriteScope m_writes{m_database, m_writer};
};

// A family's consent history straight from the store (what ConsentStore::history() reads).
ConsentHistory readConsentHistory(const QSqlDatabase& db, const QString& familyId);

} // namespace kith::consent
