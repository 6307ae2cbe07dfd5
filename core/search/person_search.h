#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kith::search {

// What the front desk typed, sorted into the kinds of thing it can be.
struct ParsedQuery {
    QStringList nameWords;    // folded
    QList<QDate> dates;       // full dates of birth or expected delivery
    QList<int> years;         // a year on its own: "2016"
    QStringList postcodes;    // full postcodes, folded without the space: "tq14ab"
    QStringList outwardCodes; // "tq1"
    QStringList nhsNumbers;   // ten digits
    bool isEmpty() const;

    static ParsedQuery parse(const QString& text);
    // The FTS5 MATCH expression for the query. `everyName` requires every name word
    // to match; without it any one is enough (the second, looser pass).
    QString matchExpression(bool everyName) const;
};

struct PersonHit {
    QString personId;
    QString familyId;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    bool unborn = false;
    QString postcode;
    double score = 0; // 0 to 1: how much of the query this person matches, and how exactly
};

// Finds people by any mix of names, former names, date of birth, postcode and NHS
// number, tolerant of spelling variants and of an unfinished last word.
class PersonSearch {
public:
    explicit PersonSearch(QSqlDatabase db);

    QList<PersonHit> find(const QString& text, int limit = 20) const;

    // The SQL that runs for each pass; the benchmark runs the same SQL through the
    // raw SQLite API to measure what Kith adds.
    static QString candidateSql();
    static constexpr int kCandidateLimit = 200;

private:
    QList<PersonHit> candidates(const ParsedQuery& query, bool everyName) const;
    QSqlDatabase m_db;
};

} // namespace kith::search
