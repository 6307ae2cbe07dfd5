#pragma once

// The whole-family plan made with the family at a Team Around the Family meeting
// (DOMAIN.md; seed 003 "Early Help Plans", seed 000 "Developing a good Family Plan").
// Needs come from the assessment; each need leads to an outcome under one of the ten
// Supporting Families headings; each outcome has SMART actions. The plan agreed at a
// meeting is frozen as a version; the draft goes on being written until the next one.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kith::plan {

// The ten national Supporting Families outcome headings, in the order they are offered.
enum class OutcomeHeading {
    Education,           // "education": getting a good education
    EarlyYears,          // "early_years": good early years development
    Health,              // "health": improved mental and physical health
    SubstanceUse,        // "substance_use": promoting recovery and reducing harm
    FamilyRelationships, // "family_relationships": improved family relationships
    SafeFromAbuse,       // "safe_from_abuse": children safe from abuse and exploitation
    Crime,               // "crime": crime prevention and tackling crime
    DomesticAbuse,       // "domestic_abuse": safe from domestic abuse
    Housing,             // "housing": secure housing
    FinancialStability,  // "financial_stability": financial stability
};

enum class OwnerKind { FamilyMember, Professional };

enum class ActionStatus { NotStarted, InProgress, Done, NotDone, NoLongerNeeded };

enum class PlanStatus {
    Draft,  // being written; never agreed, or changed since the last agreed version
    Agreed, // exactly as agreed at the last meeting (nothing changed since)
};

// Stable codes (stored, exported, synced). The *FromCode functions return nullopt for
// an unknown code.
QList<OutcomeHeading> allHeadings();
QString headingCode(OutcomeHeading heading);
std::optional<OutcomeHeading> headingFromCode(const QString& code);
QString ownerKindCode(OwnerKind kind); // "family_member", "professional"
std::optional<OwnerKind> ownerKindFromCode(const QString& code);
// "not_started", "in_progress", "done", "not_done", "no_longer_needed"
QString actionStatusCode(ActionStatus status);
std::optional<ActionStatus> actionStatusFromCode(const QString& code);
QString planStatusCode(PlanStatus status); // "draft", "agreed"
std::optional<PlanStatus> planStatusFromCode(const QString& code);

// Titles a person reads (tr(), en_GB).
struct PlanLabels {
    Q_DECLARE_TR_FUNCTIONS(kith::plan::PlanLabels)

public:
    static QString heading(OutcomeHeading heading); // "Getting a good education"
    static QString ownerKind(OwnerKind kind);
    static QString actionStatus(ActionStatus status); // "Not started", ...
    static QString planStatus(PlanStatus status);
};

// Something the family needs help with, usually from the assessment's worries or the
// support the family said would help (sourcePath is that answer's path, e.g.
// "worries/worries"; empty when written at the meeting).
struct PlanNeed {
    QString id;
    QString text;
    QString sourcePath;
    bool confidential = false; // never projected, left out of the family copy
    // The member of the family it is about (e.g. the child a worry is about); empty for the
    // whole family. Consent restrictions about that person apply to it.
    QString aboutPersonId;
};

// What will be different, under one heading, for one need.
struct PlanOutcome {
    QString id;
    QString needId;
    OutcomeHeading heading = OutcomeHeading::FamilyRelationships;
    QString text;
    bool confidential = false;
};

// Who does an action: a member of the family (personId) or a professional
// (professionalId), always with the name people know them by.
struct ActionOwner {
    OwnerKind kind = OwnerKind::FamilyMember;
    QString personId;       // when kind is FamilyMember
    QString professionalId; // when kind is Professional
    QString name;           // display name, e.g. "Amira (Mum)" or "Jo Smith, school nurse"

    bool isEmpty() const { return name.trimmed().isEmpty(); }
    QString id() const { return kind == OwnerKind::FamilyMember ? personId : professionalId; }
};

struct PlanAction {
    QString id;
    QString outcomeId;
    QString what;          // what will be done
    ActionOwner owner;     // who does it
    QDate dueOn;           // by when (null: not set)
    QString howWeWillKnow; // how we will know it is done
    QString support;       // the support given to do it
    ActionStatus status = ActionStatus::NotStarted;
    bool confidential = false;
    QString aboutPersonId; // as PlanNeed::aboutPersonId
};

// One child's views, recorded even when the child was not at the meeting: then
// howGathered says how they were heard (e.g. "Drew a picture with her nurse at school").
struct ChildView {
    QString id;
    QString childId;
    QString childName; // display name, filled in on load
    QString words;     // the child's own words, or what was seen for a young child
    bool present = false;
    QString howGathered;
    bool confidential = false;
};

// How confident someone is that the plan will help: 0 (not at all) to 10 (completely).
struct ConfidenceScore {
    QString id;
    int score = 0;
    QString byName;   // who gave it, as they are known
    QString personId; // a family member's person id when it was one of the family
};

struct Plan {
    QString id;
    QString familyId;
    QString assessmentId; // the assessment the needs came from (may be empty)
    PlanStatus status = PlanStatus::Draft;
    // The last agreed version number (0 before the first meeting agrees it).
    int version = 0;
    QList<PlanNeed> needs;       // in the order written
    QList<PlanOutcome> outcomes; // in the order written
    QList<PlanAction> actions;   // in the order written
    QString familyViews;         // the family's views, in their words
    QList<ChildView> childViews;
    QList<ConfidenceScore> confidence;
    QString ifNothingChanges; // what happens if things do not change
    QDateTime createdAt;
    QDateTime updatedAt;

    const PlanNeed* need(const QString& needId) const;
    const PlanOutcome* outcome(const QString& outcomeId) const;
    const PlanAction* action(const QString& actionId) const;
    QList<PlanAction> actionsOf(const QString& outcomeId) const;
};

// An agreed version: the plan as it was agreed, kept for good.
struct PlanVersion {
    QString id;
    QString planId;
    int version = 1;
    QString meetingId; // the meeting that agreed it (may be empty)
    Plan plan;         // the frozen snapshot
    QString agreedBy;
    QDateTime agreedAt;
};

} // namespace kith::plan
