#include "raw_floor.h"

#include "search/person_index.h"
#include "search/person_search.h"
#include "store/entity_fields.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace kith::bench {
namespace {

QByteArray utf8(const QString& text) {
    return text.toUtf8();
}

RawValue rawValue(const QVariant& value) {
    RawValue raw;
    if (value.isNull())
        return raw;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        raw.kind = RawValue::Kind::Integer;
        raw.integer = value.toLongLong();
        break;
    default:
        raw.kind = RawValue::Kind::Text;
        raw.text = utf8(value.toString());
    }
    return raw;
}

// RecordWriter::insert: columns in the map's (sorted) order, one ? each.
RawRow rowOf(const QString& table, const QVariantMap& fields, const QDateTime& now) {
    RawRow row;
    const QStringList columns = fields.keys();
    row.insertSql = utf8(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, columns.join(u','),
                                  QStringList(columns.size(), QStringLiteral("?")).join(u',')));
    for (const QVariant& value : fields)
        row.values.push_back(rawValue(value));
    row.table = utf8(table);
    row.id = utf8(fields.value(QStringLiteral("id")).toString());
    row.mutationId = utf8(newId());
    row.changedAt = utf8(sql::fromDateTime(now).toString());
    return row;
}

void bind(RawStatement& statement, int index, const RawValue& value) {
    switch (value.kind) {
    case RawValue::Kind::Null:
        statement.bindNull(index);
        break;
    case RawValue::Kind::Integer:
        statement.bindInt(index, value.integer);
        break;
    case RawValue::Kind::Text:
        statement.bindText(index, value.text);
        break;
    }
}

template <typename T>
void ensureId(T& record) {
    if (record.id.isEmpty())
        record.id = newId();
}

} // namespace

// --- Search -----------------------------------------------------------------

RawQuery RawQuery::of(const QString& text) {
    RawQuery query;
    for (const QString& expression : search::ParsedQuery::parse(text).passes())
        query.passes.push_back(utf8(expression));
    return query;
}

RawSearch::RawSearch(const RawDatabase& db)
    : m_candidates(db.prepare(utf8(search::PersonSearch::candidateSql()))) {}

int RawSearch::run(const RawQuery& query, int limit, QSet<QByteArray>& ids) {
    int rows = 0;
    m_passesInLastRun = 0;
    for (const QByteArray& match : query.passes) {
        if (ids.size() >= limit)
            break;
        rows += pass(match, ids);
        ++m_passesInLastRun;
    }
    return rows;
}

int RawSearch::pass(const QByteArray& match, QSet<QByteArray>& ids) {
    m_candidates.bindText(1, match);
    int rows = 0;
    while (m_candidates.step()) {
        ++rows;
        for (int column = 0; column < search::PersonSearch::kCandidateColumns; ++column)
            m_checksum += m_candidates.touchColumn(column);
        ids.insert(m_candidates.columnText(0));
    }
    m_candidates.reset();
    return rows;
}

// --- Open a family ----------------------------------------------------------

RawFamilyCounts RawFamilyCounts::of(const FamilyRecord& record) {
    auto count = [](const auto& list) {
        return static_cast<int>(list.size());
    };
    return {1,
            count(record.people),
            count(record.otherNames),
            count(record.addresses),
            count(record.contacts),
            count(record.involvements),
            count(record.leadHistory),
            count(record.relationships)};
}

RawFamilyReader::RawFamilyReader(const RawDatabase& db) {
    // Verbatim from family_store_reads.cpp (FamilyStore::loadFamily), in its order.
    const char* const statements[] = {
        "SELECT * FROM family WHERE id = ?",
        "SELECT * FROM person WHERE family_id = ? ORDER BY unborn, "
        "role IN ('child','young_person'), date_of_birth, given_name",
        "SELECT n.* FROM person_name n JOIN person p ON p.id = n.person_id WHERE p.family_id = ?",
        "SELECT * FROM address WHERE family_id = ? ORDER BY to_date IS NOT NULL, from_date DESC",
        "SELECT * FROM contact_detail WHERE family_id = ? ORDER BY preferred DESC, kind DESC, "
        "label",
        "SELECT * FROM involvement WHERE family_id = ? ORDER BY ended_on IS NOT NULL, started_on "
        "DESC",
        "SELECT * FROM lead_professional WHERE family_id = ? ORDER BY started_on",
        "SELECT * FROM relationship_to_child WHERE family_id = ?",
    };
    m_statements.reserve(std::size(statements));
    for (const char* sql : statements)
        m_statements.push_back(db.prepare(QByteArray(sql)));
}

RawFamilyCounts RawFamilyReader::load(const QByteArray& familyId) {
    int counts[8] = {};
    for (std::size_t i = 0; i < m_statements.size(); ++i) {
        RawStatement& statement = m_statements[i];
        statement.bindText(1, familyId);
        while (statement.step()) {
            ++counts[i];
            for (int column = 0; column < statement.columnCount(); ++column)
                m_checksum += statement.touchColumn(column);
        }
        statement.reset();
        // loadFamily stops when there is no such family; so does the floor.
        if (i == 0 && counts[0] == 0)
            break;
    }
    return {counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]};
}

// --- Insert a family --------------------------------------------------------

RawFamilyRows rawRowsOf(FamilyRecord record, const QDateTime& now, const QString& actor) {
    using store::fieldsOf;
    namespace table = store::table;
    ensureId(record.family);
    record.family.createdAt = now;
    record.family.updatedAt = now;
    const QString familyId = record.family.id;
    RawFamilyRows out;
    out.familyId = familyId;
    out.rows.push_back(rowOf(table::family, fieldsOf(record.family), now));

    for (Person& person : record.people) {
        ensureId(person);
        person.familyId = familyId;
    }
    std::stable_partition(record.people.begin(), record.people.end(),
                          [](const Person& person) { return person.motherId.isEmpty(); });
    const auto current = record.currentAddress();
    const QString postcode = current ? current->postcode : QString();
    for (const Person& person : std::as_const(record.people)) {
        out.rows.push_back(rowOf(table::person, fieldsOf(person), now));
        const qsizetype personRow = static_cast<qsizetype>(out.rows.size()) - 1;
        QList<PersonName> names;
        for (PersonName& name : record.otherNames) {
            if (name.personId != person.id)
                continue;
            ensureId(name);
            names.append(name);
            out.rows.push_back(rowOf(table::personName, fieldsOf(name), now));
        }
        // The rowid is only known once the person row is in; it is bound then.
        const auto entry = search::IndexEntry::of(0, person, names, postcode);
        out.rows[static_cast<std::size_t>(personRow)].index =
            RawRow::IndexTexts{utf8(entry.names), utf8(entry.sounds), utf8(entry.dob),
                               utf8(entry.postcode), utf8(entry.nhs)};
    }
    for (Address& address : record.addresses) {
        ensureId(address);
        address.familyId = familyId;
        out.rows.push_back(rowOf(table::address, fieldsOf(address), now));
    }
    for (ContactDetail& contact : record.contacts) {
        ensureId(contact);
        contact.familyId = familyId;
        out.rows.push_back(rowOf(table::contactDetail, fieldsOf(contact), now));
    }
    for (Involvement& involvement : record.involvements) {
        ensureId(involvement);
        involvement.familyId = familyId;
        out.rows.push_back(rowOf(table::involvement, fieldsOf(involvement), now));
    }
    for (LeadProfessionalAssignment& assignment : record.leadHistory) {
        ensureId(assignment);
        assignment.familyId = familyId;
        if (assignment.recordedBy.isEmpty())
            assignment.recordedBy = actor;
        if (!assignment.recordedAt.isValid())
            assignment.recordedAt = now;
        out.rows.push_back(rowOf(table::leadProfessional, fieldsOf(assignment), now));
    }
    return out;
}

RawFamilyWriter::RawFamilyWriter(const RawDatabase& db, const QString& actor,
                                 const QString& deviceId)
    : m_db(db)
    , m_actor(utf8(actor))
    , m_deviceId(utf8(deviceId))
    , m_begin(db.prepare("BEGIN IMMEDIATE"))
    , m_commit(db.prepare("COMMIT"))
    , m_rollback(db.prepare("ROLLBACK"))
    // An insert's change-log entry names no fields: the sync engine sends the whole row.
    , m_log(db.prepare("INSERT INTO change_log (mutation_id, entity, entity_id, operation, "
                       "fields, changed_at, changed_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?)"))
    , m_indexInsert(db.prepare("INSERT INTO person_search(rowid, names, sounds, dob, postcode, "
                               "nhs) VALUES (?, ?, ?, ?, ?, ?)")) {}

RawStatement& RawFamilyWriter::statement(const QByteArray& sql) {
    auto found = m_inserts.find(sql);
    if (found == m_inserts.end())
        found = m_inserts.emplace(sql, m_db.prepare(sql)).first;
    return found->second;
}

void RawFamilyWriter::write(const RawFamilyRows& family) {
    m_begin.run();
    try {
        writeRows(family);
        m_commit.run();
    } catch (const RawError&) {
        m_rollback.run();
        throw;
    }
}

void RawFamilyWriter::writeIndex(std::int64_t rowId, const RawRow::IndexTexts& texts) {
    m_indexInsert.bindInt(1, rowId);
    m_indexInsert.bindText(2, texts.names);
    m_indexInsert.bindText(3, texts.sounds);
    m_indexInsert.bindText(4, texts.dob);
    m_indexInsert.bindText(5, texts.postcode);
    m_indexInsert.bindText(6, texts.nhs);
    m_indexInsert.run();
}

void RawFamilyWriter::writeRows(const RawFamilyRows& family) {
    static const QByteArray insert("insert");
    static const QByteArray personName("person_name");
    // As in FamilyStore::writeFamilyParts, a person's index row follows their other names.
    const RawRow* pendingIndex = nullptr;
    std::int64_t pendingRowId = 0;
    for (const RawRow& row : family.rows) {
        if (pendingIndex && row.table != personName) {
            writeIndex(pendingRowId, *pendingIndex->index);
            pendingIndex = nullptr;
        }
        RawStatement& statement = this->statement(row.insertSql);
        for (std::size_t i = 0; i < row.values.size(); ++i)
            bind(statement, static_cast<int>(i) + 1, row.values[i]);
        statement.run();
        if (row.index) {
            pendingIndex = &row;
            pendingRowId = m_db.lastInsertRowId();
        }

        m_log.bindText(1, row.mutationId);
        m_log.bindText(2, row.table);
        m_log.bindText(3, row.id);
        m_log.bindText(4, insert);
        m_log.bindNull(5);
        m_log.bindText(6, row.changedAt);
        m_log.bindText(7, m_actor);
        m_log.bindText(8, m_deviceId);
        m_log.run();
    }
    if (pendingIndex)
        writeIndex(pendingRowId, *pendingIndex->index);
}

} // namespace kith::bench
