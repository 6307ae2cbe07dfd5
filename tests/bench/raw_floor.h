#pragma once

// The raw floor: what each measured store operation costs when the same SQL runs
// straight through the SQLite C API, with statements prepared once and reused and
// every value computed before the clock starts. Kith's time over this is its own.

#include "model/family.h"
#include "raw_sqlite.h"

#include <QSet>
#include <map>
#include <optional>
#include <vector>

namespace kith::bench {

// --- Search -----------------------------------------------------------------

// The MATCH strings PersonSearch::find would bind for one typed query, in order.
struct RawQuery {
    std::vector<QByteArray> passes; // ParsedQuery::passes()
    static RawQuery of(const QString& text);
};

// PersonSearch::candidateSql() on the raw API, with find's rule: the next pass runs
// while fewer than `limit` different people have been found.
class RawSearch {
public:
    explicit RawSearch(const RawDatabase& db);
    // Returns the rows stepped over all passes run; `ids` collects the person ids.
    int run(const RawQuery& query, int limit, QSet<QByteArray>& ids);
    int passesInLastRun() const { return m_passesInLastRun; }

private:
    int pass(const QByteArray& match, QSet<QByteArray>& ids);
    RawStatement m_candidates;
    std::uint64_t m_checksum = 0;
    int m_passesInLastRun = 0;
};

// --- Open a family ----------------------------------------------------------

struct RawFamilyCounts {
    int families = 0, people = 0, otherNames = 0, addresses = 0, contacts = 0, involvements = 0,
        leads = 0, relationships = 0;
    bool operator==(const RawFamilyCounts&) const = default;
    static RawFamilyCounts of(const FamilyRecord& record);
};

// The eight SELECTs of FamilyStore::loadFamily, every column of every row read.
class RawFamilyReader {
public:
    explicit RawFamilyReader(const RawDatabase& db);
    RawFamilyCounts load(const QByteArray& familyId);

private:
    std::vector<RawStatement> m_statements;
    std::uint64_t m_checksum = 0;
};

// --- Insert a family --------------------------------------------------------

struct RawValue {
    enum class Kind { Null, Integer, Text } kind = Kind::Null;
    std::int64_t integer = 0;
    QByteArray text;
};

// One row FamilyStore::createFamily writes, with its change-log entry and, for a
// person, the person_search row.
struct RawRow {
    QByteArray insertSql; // the very statement RecordWriter builds for these columns
    std::vector<RawValue> values;
    QByteArray table, id, mutationId, changedAt;
    struct IndexTexts {
        QByteArray names, sounds, dob, postcode, nhs;
    };
    std::optional<IndexTexts> index;
};

struct RawFamilyRows {
    QString familyId;
    std::vector<RawRow> rows; // in the order the store writes them
};

// Turns a family into the rows the store would write at `now`, doing what
// FamilyStore::writeFamily does first: ids, family ids, mothers before babies.
RawFamilyRows rawRowsOf(FamilyRecord record, const QDateTime& now, const QString& actor);

// Writes prepared rows in one BEGIN IMMEDIATE ... COMMIT, as createFamily does.
class RawFamilyWriter {
public:
    RawFamilyWriter(const RawDatabase& db, const QString& actor, const QString& deviceId);
    void write(const RawFamilyRows& family);

private:
    void writeRows(const RawFamilyRows& family);
    void writeIndex(std::int64_t rowId, const RawRow::IndexTexts& texts);
    RawStatement& statement(const QByteArray& sql);
    const RawDatabase& m_db;
    QByteArray m_actor;
    QByteArray m_deviceId;
    std::map<QByteArray, RawStatement> m_inserts;
    RawStatement m_begin, m_commit, m_rollback, m_log, m_indexInsert;
};

} // namespace kith::bench
