#pragma once

#include "consent/consent_model.h"
#include "store/entity_fields.h"

#include <QVariantMap>

// How each consent record maps to its table's columns (as store/entity_fields does for
// families): the same maps go to the RecordWriter, so the change log names these columns.
namespace kith::consent {

namespace table {
inline const QString record = QStringLiteral("consent_record");
inline const QString restriction = QStringLiteral("sharing_restriction");
inline const QString override_ = QStringLiteral("safeguarding_override");
inline const QString decision = QStringLiteral("sharing_decision");
} // namespace table

QVariantMap fieldsOf(const ConsentRecord& record);
QVariantMap fieldsOf(const Restriction& restriction);
QVariantMap fieldsOf(const SafeguardingOverride& decision);
QVariantMap fieldsOf(const SharingDecisionEntry& entry);

ConsentRecord consentRecordFrom(const store::Row& row);
Restriction restrictionFrom(const store::Row& row);
SafeguardingOverride overrideFrom(const store::Row& row);
SharingDecisionEntry decisionFrom(const store::Row& row);

// The per-agency choices as stored: [{"agency":"family-lives","name":"Family Lives","share":true}]
QString encodeChoices(const QList<AgencyChoice>& choices);
QList<AgencyChoice> decodeChoices(const QString& text);

} // namespace kith::consent
