#pragma once

// The family's consent to record, store and share their information, the things they have
// asked not to be shared, and the safeguarding decisions that override those wishes
// (DOMAIN.md "Consent and information sharing"; seed 000 "Agreement and information
// sharing"). Every record here is append-only history except a restriction, which can be
// lifted (the lift is recorded on it, never deleted). The current state is derived from the
// history by ConsentState; whether something may be shared is answered by ConsentRules.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kith::consent {

// What a consent record says happened.
enum class ConsentEvent {
    Given,     // consent given (again, after a withdrawal, or with new choices)
    Confirmed, // the family (or young person) says their consent still stands, unchanged
    Withdrawn, // consent withdrawn: sharing stops from that day
};

enum class ConsentMethod { Written, Verbal };

// A kind of information the family can ask to keep from someone. A specific person's
// details are any category together with that person (Restriction::aboutPersonId).
enum class Category {
    Everything,
    Health,        // physical and mental health, pregnancy, disability
    Address,       // where the family lives and how to contact them
    School,        // school or setting, attendance, SEN support
    Relationships, // family relationships, history, domestic abuse
    Finances,      // money, benefits, debt, housing costs
};

// Who information could be shown or sent to.
enum class AudienceKind {
    Agency,          // one of the hub's named agencies (HubAgencies key)
    Professional,    // a professional in this store (professional.id)
    Person,          // a member of the family (person.id)
    ParentsAndCarers // every parent and carer in the family: a young person's private things
};

QString eventCode(ConsentEvent event);
std::optional<ConsentEvent> eventFromCode(const QString& code);
QString methodCode(ConsentMethod method);
std::optional<ConsentMethod> methodFromCode(const QString& code);
QString categoryCode(Category category);
std::optional<Category> categoryFromCode(const QString& code);
QString audienceKindCode(AudienceKind kind);
std::optional<AudienceKind> audienceKindFromCode(const QString& code);

QList<Category> allCategories();

struct ConsentLabels {
    Q_DECLARE_TR_FUNCTIONS(kith::consent::ConsentLabels)

public:
    static QString event(ConsentEvent event);
    static QString method(ConsentMethod method);
    static QString category(Category category); // "health", "their address", ...
};

// The family's answer for one of the hub's named agencies.
struct AgencyChoice {
    QString agencyKey;  // HubAgencies key, e.g. "family-lives"
    QString agencyName; // the name shown to the family when they chose
    bool share = false;
    bool operator==(const AgencyChoice&) const = default;
};

// One entry in the history of a family's (or a young person's own) consent.
struct ConsentRecord {
    QString id;
    QString familyId;
    ConsentEvent event = ConsentEvent::Given;
    // Empty: consent for the whole family, given by a parent or carer. Otherwise the young
    // person (12 or over) consenting for themselves; givenByPersonId is then the same person.
    QString subjectPersonId;
    QString givenByPersonId; // the family member who gave, confirmed or withdrew it
    QString obtainedById;    // the practitioner (professional.id)
    QDate givenOn;           // the day it was given, confirmed or withdrawn
    ConsentMethod method = ConsentMethod::Written;
    bool toRecord = true;
    bool toStore = true;
    QList<AgencyChoice> agencies; // empty for a withdrawal; copied forward on a confirmation
    // For a young person aged 12 to 16: why the practitioner judged them able to understand.
    QString competenceNote;
    QString signature; // Signature::encode(); required for written consent
    QString note;
    QDateTime recordedAt;
    QString recordedBy;

    bool isForFamily() const { return subjectPersonId.isEmpty(); }
    bool sharesWith(const QString& agencyKey) const;
};

// "Do not share <category> (about <person>) with <audience>", in the family's own words.
struct Restriction {
    QString id;
    QString familyId;
    Category category = Category::Everything;
    QString aboutPersonId; // empty: the category for everyone in the family
    AudienceKind audienceKind = AudienceKind::Agency;
    QString audienceId;   // agency key, professional id or person id; empty for ParentsAndCarers
    QString audienceName; // as it was when recorded, for reading the history
    QString familyWords;  // what the family said, as they said it
    QString requestedByPersonId;
    QDate recordedOn;
    QString recordedBy;
    QDate liftedOn; // empty while in force
    QString liftedBy;
    QString liftReason;

    bool inForceOn(const QDate& day) const {
        return recordedOn <= day && (!liftedOn.isValid() || day < liftedOn);
    }
};

// A safeguarding decision to share despite the family's wishes (a restriction, a refusal or
// a withdrawal). It names who it lets see what, why, and who decided.
struct SafeguardingOverride {
    QString id;
    QString familyId;
    QString restrictionId; // the restriction it was made against, when there is one
    Category category = Category::Everything;
    QString aboutPersonId;
    AudienceKind audienceKind = AudienceKind::Agency;
    QString audienceId;
    QString audienceName;
    QString reason;      // the safeguarding concern, for the record
    QString decidedById; // the professional who made the decision
    QDate decidedOn;
    QDate endsOn; // empty: until someone ends it
    QDateTime recordedAt;
    QString recordedBy;

    bool inForceOn(const QDate& day) const {
        return decidedOn <= day && (!endsOn.isValid() || day <= endsOn);
    }
};

// One entry in the sharing-decision log (Caldicott): what was or was not shared, with
// whom, why, and on what basis.
struct SharingDecisionEntry {
    QString id;
    QString familyId;
    Category category = Category::Everything;
    QString aboutPersonId;
    AudienceKind audienceKind = AudienceKind::Agency;
    QString audienceId;
    QString audienceName;
    bool shared = false;
    QString basis;   // Decision::basisCode()
    QString reason;  // the decision's reason, as shown to the practitioner
    QString purpose; // why it was being shared: "Family Plan sent after the TAF meeting"
    QString overrideId;
    QString restrictionId;
    QDateTime decidedAt;
    QString decidedBy;
};

// Everything recorded about one family's consent, oldest first.
struct ConsentHistory {
    QList<ConsentRecord> records;
    QList<Restriction> restrictions;
    QList<SafeguardingOverride> overrides;
};

} // namespace kith::consent
