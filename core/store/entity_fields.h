#pragma once

#include "model/family.h"

#include <QSqlRecord>
#include <QVariantMap>

// How each record maps to its table's columns. The same maps are written to the
// change log, so the outbox carries exactly what the row holds.
namespace kith::store {

namespace table {
inline const QString family = QStringLiteral("family");
inline const QString person = QStringLiteral("person");
inline const QString personName = QStringLiteral("person_name");
inline const QString address = QStringLiteral("address");
inline const QString contactDetail = QStringLiteral("contact_detail");
inline const QString agency = QStringLiteral("agency");
inline const QString professional = QStringLiteral("professional");
inline const QString involvement = QStringLiteral("involvement");
inline const QString leadProfessional = QStringLiteral("lead_professional");
} // namespace table

QVariantMap fieldsOf(const Family& family);
QVariantMap fieldsOf(const Person& person);
QVariantMap fieldsOf(const PersonName& name);
QVariantMap fieldsOf(const Address& address);
QVariantMap fieldsOf(const ContactDetail& contact);
QVariantMap fieldsOf(const Agency& agency);
QVariantMap fieldsOf(const Professional& professional);
QVariantMap fieldsOf(const Involvement& involvement);
QVariantMap fieldsOf(const LeadProfessionalAssignment& assignment);

Family familyFrom(const QSqlRecord& row);
Person personFrom(const QSqlRecord& row);
PersonName personNameFrom(const QSqlRecord& row);
Address addressFrom(const QSqlRecord& row);
ContactDetail contactFrom(const QSqlRecord& row);
Agency agencyFrom(const QSqlRecord& row);
Professional professionalFrom(const QSqlRecord& row);
Involvement involvementFrom(const QSqlRecord& row);
LeadProfessionalAssignment leadAssignmentFrom(const QSqlRecord& row);

// The fields of `after` whose values differ from `before` (both from fieldsOf).
QVariantMap changedFields(const QVariantMap& before, const QVariantMap& after);

} // namespace kith::store
