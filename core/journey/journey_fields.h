#pragma once

#include "journey/journey_model.h"
#include "store/entity_fields.h"

#include <QVariantMap>

// How each journey record maps to its table's columns (as store/entity_fields does for
// families): the same maps go to the RecordWriter, so the change log names these columns.
namespace kith::journey {

namespace table {
inline const QString episode = QStringLiteral("episode");
inline const QString event = QStringLiteral("journey_event");
inline const QString contact = QStringLiteral("contact_record");
inline const QString contactChild = QStringLiteral("contact_child");
inline const QString caseNote = QStringLiteral("case_note");
inline const QString chronology = QStringLiteral("chronology_entry");
inline const QString supervision = QStringLiteral("supervision_record");
} // namespace table

QVariantMap fieldsOf(const Episode& episode);
QVariantMap fieldsOf(const JourneyEvent& event);
QVariantMap fieldsOf(const ContactRecord& contact); // without its children
QVariantMap fieldsOf(const ChildSeen& child);
QVariantMap fieldsOf(const CaseNote& note);
QVariantMap fieldsOf(const ChronologyEntry& entry);
QVariantMap fieldsOf(const SupervisionRecord& record);

Episode episodeFrom(const store::Row& row);
JourneyEvent eventFrom(const store::Row& row);
ContactRecord contactFrom(const store::Row& row);
ChildSeen childSeenFrom(const store::Row& row);
CaseNote noteFrom(const store::Row& row);
ChronologyEntry chronologyFrom(const store::Row& row);
SupervisionRecord supervisionFrom(const store::Row& row);

} // namespace kith::journey
