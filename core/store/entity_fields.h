#pragma once

#include "model/family.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
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
inline const QString relationshipToChild = QStringLiteral("relationship_to_child");
} // namespace table

// One result row, read by column name. Made from a record, or (cheaper, for many rows)
// from a query positioned on a row and its column names read once.
// Readers take columns mostly in table order, so a lookup first tries the column after the
// one found last: a whole row is read with one name comparison per column, not a search.
class Row {
public:
    explicit Row(const QSqlRecord& record)
        : m_record(&record) {}
    Row(const QSqlQuery& query, const QStringList& columns)
        : m_query(&query)
        , m_columns(&columns) {}
    QVariant value(const char* column) const;
    QString text(const char* column) const { return value(column).toString(); }
    QDate date(const char* column) const;
    QDateTime moment(const char* column) const;
    bool flag(const char* column) const { return value(column).toInt() != 0; }
    QVariant at(int index) const {
        return m_record ? m_record->value(index) : m_query->value(index);
    }

private:
    int indexOf(const char* column) const;

    const QSqlRecord* m_record = nullptr;
    const QSqlQuery* m_query = nullptr;
    const QStringList* m_columns = nullptr;
    mutable qsizetype m_next = 0; // where the next lookup starts
};

QStringList columnNames(const QSqlQuery& query);

QVariantMap fieldsOf(const Family& family);
QVariantMap fieldsOf(const Person& person);
QVariantMap fieldsOf(const PersonName& name);
QVariantMap fieldsOf(const Address& address);
QVariantMap fieldsOf(const ContactDetail& contact);
QVariantMap fieldsOf(const Agency& agency);
QVariantMap fieldsOf(const Professional& professional);
QVariantMap fieldsOf(const Involvement& involvement);
QVariantMap fieldsOf(const LeadProfessionalAssignment& assignment);
QVariantMap fieldsOf(const RelationshipToChild& relationship);

Family familyFrom(const Row& row);
Person personFrom(const Row& row);
PersonName personNameFrom(const Row& row);
Address addressFrom(const Row& row);
ContactDetail contactFrom(const Row& row);
Agency agencyFrom(const Row& row);
Professional professionalFrom(const Row& row);
Involvement involvementFrom(const Row& row);
LeadProfessionalAssignment leadAssignmentFrom(const Row& row);
RelationshipToChild relationshipFrom(const Row& row);

// The fields of `after` whose values differ from `before` (both from fieldsOf).
QVariantMap changedFields(const QVariantMap& before, const QVariantMap& after);

} // namespace kith::store
