#pragma once

// Safe to project: what of a family's plan may be drawn on the projector at a TAF meeting,
// where everyone in the room reads it. An item is left out when it is marked confidential,
// when the item it belongs to is left out, or when consent::FamilySharing::mayShare refuses
// what it is about (projection/plan_subject.h) for ANY person present: each family member
// present as Audience::person, each professional present as Audience::professional.
//
// Plan-wide words that are not about one person (the family's views, confidence scores,
// "if nothing changes") are left out when nothing may be shared with someone present at
// all, or a restriction about the whole family applies to them; a restriction about one
// person does not hide them (they are the family's own words, said in the room).
// Others present (an interpreter, an advocate) come at the family's invitation: consent
// records cannot name them, so they add no restriction of their own.
//
// The chair's own screen shows everything, with a "not shown on the projector" marker from
// `hidden`; the presentation window is only ever given `safe`.

#include "consent/consent_rules.h"
#include "meeting/meeting_model.h"
#include "plan/plan_model.h"
#include "projection/projected_plan.h"

#include <QCoreApplication>
#include <QHash>

namespace kith::projection {

// Ids in Projection::hidden for the plan-wide items that have no id of their own.
inline const QString kFamilyViewsItem = QStringLiteral("family_views");
inline const QString kIfNothingChangesItem = QStringLiteral("if_nothing_changes");

struct Projection {
    SafePlan safe;                  // for the projector
    QHash<QString, QString> hidden; // item id -> why it is not projected (for the chair)

    bool isHidden(const QString& itemId) const { return hidden.contains(itemId); }
};

// The audiences that must all be allowed to see an item: the attendees present.
QList<consent::Audience> audiencesPresent(const QList<meeting::Attendee>& attendees);

class SafeToProject {
    Q_DECLARE_TR_FUNCTIONS(kith::projection::SafeToProject)

public:
    SafeToProject(const consent::FamilySharing& family, QList<consent::Audience> present);

    Projection project(const plan::Plan& plan) const;

private:
    // Why `subject` may not be shown with someone present; empty when it may.
    QString refusal(const QList<consent::Information>& subject) const;
    QString planWideRefusal() const;

    const consent::FamilySharing& m_family;
    QList<consent::Audience> m_present;
};

} // namespace kith::projection
