// ServerStore: synced rows, processed mutations, who made each change, and the directory.
#include "server/server_store_rows.h"
#include "store/sql_support.h"
#include "store/statement_cache.h"

#include <QJsonDocument>

namespace kith::server {

QString jsonObjectText(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObjectOf(const QVariant& text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

namespace {

QString normalName(const QJsonValue& value) {
    return value.toString().simplified().toLower();
}

QString normalPostcode(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString digitsOnly(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

} // namespace

namespace {

const QString kRecordColumns = QStringLiteral(
    "entity, entity_id, family_id, version, deleted, fields, field_versions, changed_by, "
    "changed_at, hlc, created_by_account, origin_device, created_seq");

StoredRecord readRecord(const QSqlQuery& query, int first = 0, bool forFeed = false) {
    StoredRecord record;
    record.entity = query.value(first).toString();
    record.id = query.value(first + 1).toString();
    record.familyId = query.value(first + 2).toString();
    record.version = query.value(first + 3).toLongLong();
    record.deleted = query.value(first + 4).toInt() != 0;
    if (forFeed) {
        record.fieldsText = query.value(first + 5).toString().toUtf8();
    } else {
        record.fields = jsonObjectOf(query.value(first + 5));
        record.fieldVersions = jsonObjectOf(query.value(first + 6));
    }
    record.changedBy = query.value(first + 7).toString();
    record.changedAt = sql::toDateTime(query.value(first + 8));
    record.hlc = query.value(first + 9).toString();
    record.createdByAccount = query.value(first + 10).toString();
    record.originDevice = query.value(first + 11).toString();
    record.createdSeq = query.value(first + 12).toLongLong(); // null (older rows): 0
    return record;
}

} // namespace

void bindStoredRecord(QSqlQuery& query, const StoredRecord& record) {
    query.addBindValue(record.entity);
    query.addBindValue(record.id);
    query.addBindValue(sql::fromText(record.familyId));
    query.addBindValue(record.version);
    query.addBindValue(record.deleted ? 1 : 0);
    query.addBindValue(jsonObjectText(record.fields));
    query.addBindValue(jsonObjectText(record.fieldVersions));
    query.addBindValue(sql::fromText(record.changedBy));
    query.addBindValue(sql::fromDateTime(record.changedAt));
    query.addBindValue(sql::fromText(record.hlc));
    query.addBindValue(sql::fromText(record.createdByAccount));
    query.addBindValue(sql::fromText(record.originDevice));
    query.addBindValue(record.createdSeq);
}

StoredRecord readStoredRecord(const QSqlQuery& query, int first, bool forFeed) {
    return readRecord(query, first, forFeed);
}
const QString& storedRecordColumns() {
    return kRecordColumns;
}

std::optional<StoredRecord> ServerStore::record(const QString& entity, const QString& id) const {
    QSqlQuery& query =
        statement(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND entity_id = ?")
                      .arg(kRecordColumns));
    query.addBindValue(entity);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readRecord(query);
}

QList<StoredRecord> ServerStore::familyRecords(const QString& familyId,
                                               const QStringList& entities) const {
    QStringList marks;
    for (qsizetype i = 0; i < entities.size(); ++i)
        marks << QStringLiteral("?");
    const QString filter = entities.isEmpty()
                               ? QString()
                               : QStringLiteral(" AND entity IN (%1)").arg(marks.join(u','));
    QSqlQuery& query =
        statement(QStringLiteral("SELECT %1 FROM records WHERE family_id = ?%2 ORDER BY version")
                      .arg(kRecordColumns, filter));
    query.addBindValue(familyId);
    for (const QString& entity : entities)
        query.addBindValue(entity);
    QList<StoredRecord> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(readRecord(query));
    return rows;
}

Status ServerStore::writeRecord(const StoredRecord& record, qint64 seq, const QString& accountId,
                                const std::optional<StoredRecord>& replaced) {
    QSqlQuery& upsert = statement(
        QStringLiteral(
            "INSERT INTO records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (entity, entity_id) DO UPDATE SET family_id = excluded.family_id, "
            "version = excluded.version, deleted = excluded.deleted, fields = excluded.fields, "
            "field_versions = excluded.field_versions, changed_by = excluded.changed_by, "
            "changed_at = excluded.changed_at, hlc = excluded.hlc, "
            "origin_device = excluded.origin_device")
            .arg(kRecordColumns));
    bindStoredRecord(upsert, record);
    if (Status done = sql::exec(upsert); !done)
        return done;

    // Who made a version is in the row until the row moves on; then it is kept in `changes`,
    // where a later conflict about a field last set at that version finds it.
    if (replaced && replaced->version != seq) {
        QSqlQuery& author = statement(QStringLiteral(
            "INSERT INTO changes (seq, account_id, changed_by, changed_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (seq) DO NOTHING"));
        author.addBindValue(replaced->version);
        author.addBindValue(sql::fromText(accountId));
        author.addBindValue(sql::fromText(replaced->changedBy));
        author.addBindValue(sql::fromDateTime(replaced->changedAt));
        if (Status done = sql::exec(author); !done)
            return done;
    }

    return indexForDirectory(record);
}

// The directory index follows person and address rows.
Status ServerStore::indexForDirectory(const StoredRecord& record) {
    if (record.entity == QLatin1String("person")) {
        if (record.deleted) {
            QSqlQuery& remove =
                statement(QStringLiteral("DELETE FROM person_index WHERE entity_id = ?"));
            remove.addBindValue(record.id);
            return sql::exec(remove);
        }
        QSqlQuery& index = statement(QStringLiteral(
            "INSERT INTO person_index (entity_id, family_id, given_name, family_name, "
            "date_of_birth, nhs_number) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity_id) DO "
            "UPDATE SET family_id = excluded.family_id, given_name = excluded.given_name, "
            "family_name = excluded.family_name, date_of_birth = excluded.date_of_birth, "
            "nhs_number = excluded.nhs_number"));
        index.addBindValue(record.id);
        index.addBindValue(record.familyId);
        index.addBindValue(
            sql::fromText(normalName(record.fields.value(QStringLiteral("given_name")))));
        index.addBindValue(
            sql::fromText(normalName(record.fields.value(QStringLiteral("family_name")))));
        index.addBindValue(
            sql::fromText(record.fields.value(QStringLiteral("date_of_birth")).toString()));
        index.addBindValue(sql::fromText(
            digitsOnly(record.fields.value(QStringLiteral("nhs_number")).toString())));
        return sql::exec(index);
    }
    if (record.entity == QLatin1String("address")) {
        if (record.deleted) {
            QSqlQuery& remove =
                statement(QStringLiteral("DELETE FROM address_index WHERE entity_id = ?"));
            remove.addBindValue(record.id);
            return sql::exec(remove);
        }
        QSqlQuery& index = statement(QStringLiteral(
            "INSERT INTO address_index (entity_id, family_id, postcode) VALUES (?, ?, ?) "
            "ON CONFLICT (entity_id) DO UPDATE SET family_id = excluded.family_id, "
            "postcode = excluded.postcode"));
        index.addBindValue(record.id);
        index.addBindValue(record.familyId);
        index.addBindValue(sql::fromText(
            normalPostcode(record.fields.value(QStringLiteral("postcode")).toString())));
        return sql::exec(index);
    }
    return okStatus();
}

std::optional<ChangeAuthor> ServerStore::changeAuthor(qint64 seq) const {
    for (const QString& sqlText :
         {QStringLiteral("SELECT changed_by, changed_at FROM changes WHERE seq = ?"),
          QStringLiteral("SELECT changed_by, changed_at FROM records WHERE version = ?")}) {
        QSqlQuery& query = statement(sqlText);
        query.addBindValue(seq);
        if (query.exec() && query.next())
            return ChangeAuthor{query.value(0).toString(), sql::toDateTime(query.value(1))};
    }
    return std::nullopt;
}

QStringList ServerStore::directoryFamilies(const DirectoryQuery& wanted) const {
    QStringList conditions;
    QVariantList values;
    const auto match = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            conditions << QStringLiteral("p.%1 = ?").arg(column);
            values << value;
        }
    };
    match(QStringLiteral("given_name"), wanted.givenName.simplified().toLower());
    match(QStringLiteral("family_name"), wanted.familyName.simplified().toLower());
    match(QStringLiteral("date_of_birth"), wanted.dateOfBirth.trimmed());
    match(QStringLiteral("nhs_number"), digitsOnly(wanted.nhsNumber));
    const QString postcode = normalPostcode(wanted.postcode);
    QString sqlText;
    if (conditions.isEmpty()) {
        sqlText =
            QStringLiteral("SELECT DISTINCT a.family_id FROM address_index a WHERE a.postcode = ?");
        values << postcode;
    } else {
        sqlText = QStringLiteral("SELECT DISTINCT p.family_id FROM person_index p WHERE %1")
                      .arg(conditions.join(QStringLiteral(" AND ")));
        if (!postcode.isEmpty()) {
            sqlText += QStringLiteral(" AND p.family_id IN (SELECT family_id FROM address_index "
                                      "WHERE postcode = ?)");
            values << postcode;
        }
    }
    // Families that were deleted are not known any more.
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT k.family_id FROM (%1) k WHERE EXISTS (SELECT 1 FROM records f WHERE "
                       "f.entity = 'family' AND f.entity_id = k.family_id AND f.deleted = 0) "
                       "ORDER BY k.family_id LIMIT 50")
            .arg(sqlText));
    for (const QVariant& value : values)
        query.addBindValue(value);
    QStringList families;
    if (query.exec()) {
        while (query.next())
            families << query.value(0).toString();
    }
    return families;
}

} // namespace kith::server
