#include "protocol/append_only_entities.h"

namespace kith::sync {

const QStringList& appendOnlyEntities() {
    static const QStringList entities{
        // Schema 3 and 4: the audit log and the journey's narrative records.
        QStringLiteral("audit_event"),
        QStringLiteral("journey_event"),
        QStringLiteral("contact_record"),
        QStringLiteral("contact_child"),
        QStringLiteral("case_note"),
        QStringLiteral("chronology_entry"),
        QStringLiteral("supervision_record"),
        // Schema 6: consent, overrides and the sharing-decision log (a restriction may be
        // lifted, so it is not here).
        QStringLiteral("consent_record"),
        QStringLiteral("safeguarding_override"),
        QStringLiteral("sharing_decision"),
        // Schema 9: what people wrote into and decided about an assessment.
        QStringLiteral("assessment_contribution"),
        QStringLiteral("assessment_version"),
        QStringLiteral("assessment_review"),
        QStringLiteral("family_agreement"),
        // Schema 10: the plans agreed at meetings.
        QStringLiteral("plan_version"),
        // Schema 11: meeting notes, lead professional changes and who was sent the plan.
        QStringLiteral("meeting_note"),
        QStringLiteral("meeting_lead_change"),
        QStringLiteral("meeting_circulation"),
    };
    return entities;
}

} // namespace kith::sync
