#pragma once

// What a plan item is about, in the consent rules' terms: which kinds of information
// (from the Supporting Families outcome heading) and whom (a person, or the whole family).
// The projector asks consent::FamilySharing::mayShare with these.

#include "consent/consent_rules.h"
#include "plan/plan_model.h"

namespace kith::projection {

// The consent categories an outcome heading touches. Headings with no category of their
// own (crime) count as "everything": the projector then assumes the worst.
//   education, early years            -> school
//   health, substance use             -> health
//   family relationships, safe from
//   abuse, domestic abuse             -> relationships
//   housing                           -> address and finances
//   financial stability               -> finances
//   crime                             -> everything
QList<consent::Category> categoriesOf(plan::OutcomeHeading heading);

// Everything a need touches: the categories of all its outcomes (none yet: everything),
// about the person the need is about (empty: the whole family).
QList<consent::Information> subjectOf(const plan::Plan& plan, const plan::PlanNeed& need);
QList<consent::Information> subjectOf(const plan::Plan& plan, const plan::PlanOutcome& outcome);
// An action about someone in particular (PlanAction::aboutPersonId) is about them under its
// outcome's categories; otherwise it is about what its outcome is about.
QList<consent::Information> subjectOf(const plan::Plan& plan, const plan::PlanAction& action);

} // namespace kith::projection
