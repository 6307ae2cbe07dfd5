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
    QStringList soundKeys;    // of each name word; empty for a word too short to have one
    QList<QDate> dates;       // full dates of birth or expected delivery
    QList<int> years;         // a year on its own: "2016"
    QStringList postcodes;    // full postcodes, folded without the space: "tq14ab"
    QStringList outwardCodes; // "tq1"
    QStringList nhsNumbers;   // ten digits
    bool isEmpty() const;

    static ParsedQuery parse(const QString& text);

    // How name words may match, from the strictest to the loosest.
    enum class NameMatch {
        ExactWords,     // every word exactly as typed
        Prefixes,       // every word as the start of a name (still being typed)
        SoundAlike,     // every word as a prefix or by sound
        AnyWordLoosely, // at least one word, by prefix or sound (a typo elsewhere)
    };
    // The FTS5 MATCH expression for the query. Dates, postcodes and NHS numbers are
    // always required.
    QString matchExpression(NameMatch names) const;
    // The expressions find() tries in turn, stopping as soon as it has enough people:
    // strict passes are cheap and find the best matches; looser ones fill the list.
    QStringList passes() const;
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

// Best first: score, then people already born before unborn babies, then by name.
bool rankedBefore(const PersonHit& a, const PersonHit& b);

// Finds people by any mix of names, former names, date of birth, postcode and NHS
// number, tolerant of spelling variants and of an unfinished last word.
class PersonSearch {
public:
    explicit PersonSearch(QSqlDatabase db);

    QList<PersonHit> find(const QString& text, int limit = 20) const;

    // The SQL that runs for each pass, and how many columns it returns; the benchmark
    // runs the same SQL through the raw SQLite API to measure what Kith adds.
    static QString candidateSql();
    static constexpr int kCandidateColumns = 9;
    // Each pass takes at most this many people from the index, unranked: ranking
    // every match with bm25 costs ~2 us a row, and a family name alone can match
    // tens of thousands. The strict passes make sure the best matches come first.
    static constexpr int kCandidateLimit = 200;

private:
    QList<PersonHit> candidates(const ParsedQuery& query, const QString& expression) const;
    QSqlDatabase m_db;
};

} // namespace kith::search
