#pragma once

// How meetings map to their tables (schema 11); used by the store and the demo generator.

#include "meeting/meeting_model.h"
#include "store/entity_fields.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace kith::meeting::rows {

inline const QString kMeeting = QStringLiteral("meeting");
inline const QString kAttendee = QStringLiteral("meeting_attendee");
inline const QString kActionReview = QStringLiteral("meeting_action_review");
inline const QString kNote = QStringLiteral("meeting_note");
inline const QString kLeadChange = QStringLiteral("meeting_lead_change");
inline const QString kCirculation = QStringLiteral("meeting_circulation");

QVariantMap fieldsOf(const Meeting& meeting); // the meeting row only
QVariantMap fieldsOf(const Attendee& attendee, const Meeting& meeting);
QVariantMap fieldsOf(const AgendaNote& note, const Meeting& meeting);
QVariantMap fieldsOf(const LeadChange& change);
QVariantMap fieldsOf(const Circulation& circulation, const QString& familyId);

Meeting meetingFrom(const store::Row& row);
Attendee attendeeFrom(const store::Row& row);
AgendaNote noteFrom(const store::Row& row);
LeadChange leadChangeFrom(const store::Row& row);
Circulation circulationFrom(const store::Row& row);

// Whether a row with this id exists (`table` comes from code, never from input).
bool exists(const QSqlDatabase& db, const QString& table, const QString& id);
// Whether the person is a member of the family.
bool isFamilyMember(const QSqlDatabase& db, const QString& familyId, const QString& personId);

} // namespace kith::meeting::rows
