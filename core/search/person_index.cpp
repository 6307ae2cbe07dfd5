#include "search/person_index.h"

#include "search/name_keys.h"
#include "store/entity_fields.h"
#include "store/multi_row.h"
#include "store/sql_support.h"

#include <QSet>
#include <QSqlRecord>

namespace kith::search {
namespace {

void addWords(QStringList& words, const QString& text) {
    for (const QString& word : nameWords(text)) {
        if (!words.contains(word))
            words.append(word);
    }
}

QString dateToken(QChar prefix, const QDate& date) {
    return prefix + date.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

IndexEntry IndexEntry::of(qint64 localId, const Person& person, const QList<PersonName>& otherNames,
                          const QString& postcode) {
    QStringList words;
    addWords(words, person.givenName);
    addWords(words, person.preferredName);
    addWords(words, person.familyName);
    for (const PersonName& name : otherNames) {
        addWords(words, name.givenName);
        addWords(words, name.familyName);
    }
    QStringList sounds;
    for (const QString& word : words) {
        const QString key = soundKey(word);
        if (!key.isEmpty() && !sounds.contains(key))
            sounds.append(key);
    }
    QStringList dates;
    if (person.dateOfBirth.isValid()) {
        dates << dateToken(u'd', person.dateOfBirth)
              << QStringLiteral("y%1").arg(person.dateOfBirth.year());
    }
    if (person.unborn && person.expectedDeliveryDate.isValid())
        dates << dateToken(u'e', person.expectedDeliveryDate);
    QStringList postcodes;
    if (const QString full = normalisePostcode(postcode); !full.isEmpty())
        postcodes << foldName(full).remove(u' ') << foldName(postcodeOutward(full));

    IndexEntry entry;
    entry.localId = localId;
    entry.names = words.join(u' ');
    entry.sounds = sounds.join(u' ');
    entry.dob = dates.join(u' ');
    entry.postcode = postcodes.join(u' ');
    entry.nhs = person.nhsNumber;
    return entry;
}

PersonIndex::PersonIndex(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(m_db)
    , m_delete(m_db) {
    m_insert.prepare(QStringLiteral("INSERT INTO person_search(rowid, names, sounds, dob, "
                                    "postcode, nhs) VALUES (?, ?, ?, ?, ?, ?)"));
    m_delete.prepare(QStringLiteral("DELETE FROM person_search WHERE rowid = ?"));
}

Status PersonIndex::remove(qint64 localId) {
    m_delete.bindValue(0, localId);
    return sql::exec(m_delete);
}

Status PersonIndex::write(const IndexEntry& entry) {
    if (Status removed = remove(entry.localId); !removed)
        return removed;
    return insert(entry);
}

Status PersonIndex::insert(const IndexEntry& entry) {
    m_insert.bindValue(0, entry.localId);
    m_insert.bindValue(1, entry.names);
    m_insert.bindValue(2, entry.sounds);
    m_insert.bindValue(3, entry.dob);
    m_insert.bindValue(4, entry.postcode);
    m_insert.bindValue(5, entry.nhs);
    return sql::exec(m_insert);
}

Status PersonIndex::reindexPerson(const QString& personId) {
    return reindexWhere(QStringLiteral("p.id = ?"), {personId});
}

Status PersonIndex::reindexFamily(const QString& familyId) {
    return reindexWhere(QStringLiteral("p.family_id = ?"), {familyId});
}

Status PersonIndex::reindex(const QStringList& personIds, const QStringList& familyIds) {
    // A person named twice (by id and by family) is indexed twice, which changes nothing.
    const auto inChunks = [this](const QStringList& ids, const QString& column) {
        for (qsizetype start = 0; start < ids.size(); start += store::kMaxInList) {
            const QStringList chunk = ids.mid(start, store::kMaxInList);
            QVariantList values;
            const int padded = store::paddedInListSize(chunk.size());
            for (int i = 0; i < padded; ++i)
                values.append(chunk.at(std::min<qsizetype>(i, chunk.size() - 1)));
            const QString condition =
                QStringLiteral("%1 IN (%2)").arg(column, store::placeholders(padded));
            if (Status done = reindexWhere(condition, values); !done)
                return done;
        }
        return okStatus();
    };
    if (Status families = inChunks(familyIds, QStringLiteral("p.family_id")); !families)
        return families;
    return inChunks(personIds, QStringLiteral("p.id"));
}

Status PersonIndex::rebuildAll() {
    if (Status cleared = sql::exec(m_db, QStringLiteral("DELETE FROM person_search")); !cleared)
        return cleared;
    return reindexWhere(QStringLiteral("1 = 1"), {});
}

Status PersonIndex::reindexWhere(const QString& condition, const QVariantList& values) {
    QSqlQuery people(m_db);
    people.setForwardOnly(true);
    people.prepare(
        QStringLiteral("SELECT p.*, (SELECT a.postcode FROM address a WHERE a.family_id = "
                       "p.family_id AND a.to_date IS NULL ORDER BY a.from_date DESC LIMIT 1) "
                       "AS current_postcode FROM person p WHERE %1")
            .arg(condition));
    for (const QVariant& value : values)
        people.addBindValue(value);
    if (Status ran = sql::exec(people); !ran)
        return ran;
    QSqlQuery names(m_db);
    names.prepare(QStringLiteral("SELECT * FROM person_name WHERE person_id = ?"));
    QList<IndexEntry> entries;
    while (people.next()) {
        const QSqlRecord row = people.record();
        const Person person = store::personFrom(store::Row(row));
        names.bindValue(0, person.id);
        if (Status ran = sql::exec(names); !ran)
            return ran;
        QList<PersonName> otherNames;
        while (names.next())
            otherNames.append(store::personNameFrom(store::Row(names.record())));
        entries.append(IndexEntry::of(row.value(QStringLiteral("local_id")).toLongLong(), person,
                                      otherNames,
                                      row.value(QStringLiteral("current_postcode")).toString()));
    }
    people.finish();
    for (const IndexEntry& entry : entries) {
        if (Status written = write(entry); !written)
            return written;
    }
    return okStatus();
}

} // namespace kith::search
