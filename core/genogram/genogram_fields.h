#pragma once

#include "genogram/genogram.h"
#include "store/entity_fields.h"

#include <QVariantMap>

// How each genogram record maps to its table's columns (schema 7). The same maps go to
// the change log, so the outbox carries exactly what the row holds.
namespace kith::genogram {

namespace table {
inline const QString genogram = QStringLiteral("genogram");
inline const QString person = QStringLiteral("genogram_person");
inline const QString pin = QStringLiteral("genogram_pin");
inline const QString couple = QStringLiteral("genogram_union");
inline const QString child = QStringLiteral("genogram_child");
inline const QString relationship = QStringLiteral("genogram_relationship");
inline const QString household = QStringLiteral("genogram_household");
inline const QString member = QStringLiteral("genogram_household_member");
} // namespace table

// A linked person's row leaves name, sex and date of birth empty: those live in `person`.
QVariantMap fieldsOf(const QString& familyId, const Person& person);
QVariantMap fieldsOf(const QString& familyId, const Union& couple);
QVariantMap fieldsOf(const QString& familyId, const ChildLink& link);
QVariantMap fieldsOf(const QString& familyId, const Relationship& relationship);
QVariantMap householdFields(const QString& familyId, const Household& household);

Person personFrom(const store::Row& row);
Union unionFrom(const store::Row& row);
ChildLink childLinkFrom(const store::Row& row);
Relationship relationshipFrom(const store::Row& row);

} // namespace kith::genogram
