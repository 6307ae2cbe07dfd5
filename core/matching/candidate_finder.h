#pragma once

#include "matching/match_evidence.h"
#include "store/statement_cache.h"

#include <QList>
#include <QSqlDatabase>

namespace kith::match {

// A stored person with everything the comparison needs.
struct StoredPerson {
    qint64 localId = 0;
    QString personId;
    QString familyId;
    PersonFacts facts;
};

// Finds the few hundred people at most who could be the person asked about, through the
// person_search FTS5 index and the address table, and reads their details. Each pass
// is a "block" that a real match survives even with one kind of error: the NHS number;
// the date of birth (as typed or with day and month swapped); the names (by prefix,
// sound, nickname or other form) with the year of birth or the postcode area; and
// everyone who lives or lived at the postcode.
class CandidateFinder {
public:
    explicit CandidateFinder(QSqlDatabase db);

    // The FTS5 MATCH expressions for a query, in the order they run.
    static QStringList passes(const PersonFacts& query);
    // Each pass takes at most this many people (unranked; see PersonSearch).
    static constexpr int kPassLimit = 200;

    QList<qint64> candidateIds(const PersonFacts& query);
    QList<StoredPerson> load(const QList<qint64>& localIds);
    // Everyone in families not merged into another, for the duplicate search.
    QList<StoredPerson> loadEveryone();
    // People whose family has (or had) this normalised postcode.
    QList<qint64> peopleAtPostcode(const QString& postcode);

private:
    QList<StoredPerson> loadWhere(const QString& condition);
    QSqlDatabase m_db;
    store::StatementCache m_statements;
};

} // namespace kith::match
