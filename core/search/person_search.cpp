#include "search/person_search.h"

#include "search/name_keys.h"
#include "store/sql_support.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace kith::search {
namespace {

const QRegularExpression& datePattern() {
    // 04/03/2015, 4-3-2015, 04.03.2015 (day first, as in the UK) or 2015-03-04.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))$)"));
    return pattern;
}

QDate parseDate(const QString& word) {
    const auto match = datePattern().match(word);
    if (!match.hasMatch())
        return {};
    if (!match.captured(1).isEmpty())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    return QDate(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
}

QString quoted(const QString& word) {
    return u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// How well one typed name word matches a person's name words: exactly, as the start
// of a name (typing is not finished), or only by sound.
double wordMatch(const QString& typed, const QStringList& names) {
    double best = 0;
    const QString typedKey = soundKey(typed);
    for (const QString& name : names) {
        if (name == typed)
            return 1.0;
        if (name.startsWith(typed))
            best = std::max(best, 0.85);
        else if (!typedKey.isEmpty() && soundKey(name) == typedKey)
            best = std::max(best, 0.7);
    }
    return best;
}

} // namespace

bool ParsedQuery::isEmpty() const {
    return nameWords.isEmpty() && dates.isEmpty() && years.isEmpty() && postcodes.isEmpty() &&
           outwardCodes.isEmpty() && nhsNumbers.isEmpty();
}

ParsedQuery ParsedQuery::parse(const QString& text) {
    ParsedQuery query;
    // NHS numbers are often written 943 476 5919; join the groups before splitting.
    QString prepared = text;
    prepared.replace(QRegularExpression(QStringLiteral(R"(\b(\d{3})[ -](\d{3})[ -](\d{4})\b)")),
                     QStringLiteral("\\1\\2\\3"));
    // A full postcode typed with its space: "TQ1 4AB" -> "TQ14AB".
    prepared.replace(
        QRegularExpression(QStringLiteral(R"(\b([A-Za-z]{1,2}\d[A-Za-z\d]?) (\d[A-Za-z]{2})\b)")),
        QStringLiteral("\\1\\2"));
    const QStringList words =
        prepared.split(QRegularExpression(QStringLiteral(R"([\s,]+)")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (const QDate date = parseDate(word); date.isValid()) {
            query.dates.append(date);
        } else if (QRegularExpression(QStringLiteral(R"(^\d{10}$)")).match(word).hasMatch()) {
            query.nhsNumbers.append(word);
        } else if (QRegularExpression(QStringLiteral(R"(^(19|20)\d\d$)")).match(word).hasMatch()) {
            query.years.append(word.toInt());
        } else if (const QString postcode = normalisePostcode(word); !postcode.isEmpty()) {
            query.postcodes.append(foldName(postcode).remove(u' '));
        } else if (looksLikeOutwardCode(word) &&
                   word.contains(QRegularExpression(QStringLiteral("\\d")))) {
            query.outwardCodes.append(word.toLower());
        } else {
            for (const QString& name : search::nameWords(word)) {
                if (!name.front().isDigit())
                    query.nameWords.append(name);
            }
        }
    }
    return query;
}

QString ParsedQuery::matchExpression(bool everyName) const {
    QStringList required;
    QStringList names;
    for (const QString& word : nameWords) {
        QStringList alternatives{QStringLiteral("names : %1*").arg(quoted(word))};
        if (const QString key = soundKey(word); !key.isEmpty())
            alternatives.append(QStringLiteral("sounds : %1").arg(quoted(key)));
        names.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    if (!names.isEmpty())
        required.append(everyName ? names.join(QStringLiteral(" AND "))
                                  : u'(' + names.join(QStringLiteral(" OR ")) + u')');
    for (const QDate& date : dates) {
        const QString day = date.toString(QStringLiteral("yyyyMMdd"));
        required.append(
            QStringLiteral("dob : (%1 OR %2)").arg(quoted(u'd' + day), quoted(u'e' + day)));
    }
    for (int year : years)
        required.append(QStringLiteral("dob : %1").arg(quoted(QStringLiteral("y%1").arg(year))));
    for (const QString& postcode : postcodes)
        required.append(QStringLiteral("postcode : %1").arg(quoted(postcode)));
    for (const QString& outward : outwardCodes)
        required.append(QStringLiteral("postcode : %1").arg(quoted(outward)));
    for (const QString& nhs : nhsNumbers)
        required.append(QStringLiteral("nhs : %1").arg(quoted(nhs)));
    return required.join(QStringLiteral(" AND "));
}

PersonSearch::PersonSearch(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString PersonSearch::candidateSql() {
    return QStringLiteral(
               "SELECT p.id, p.family_id, p.given_name, p.family_name, p.date_of_birth, p.unborn, "
               " s.names, (SELECT a.postcode FROM address a WHERE a.family_id = p.family_id "
               "  AND a.to_date IS NULL ORDER BY a.from_date DESC LIMIT 1) "
               "FROM person_search s JOIN person p ON p.local_id = s.rowid "
               "WHERE person_search MATCH ? ORDER BY rank LIMIT %1")
        .arg(kCandidateLimit);
}

QList<PersonHit> PersonSearch::candidates(const ParsedQuery& parsed, bool everyName) const {
    QList<PersonHit> hits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(candidateSql());
    query.addBindValue(parsed.matchExpression(everyName));
    if (!query.exec())
        return hits;
    const double identifierCount = parsed.dates.size() + parsed.years.size() +
                                   parsed.postcodes.size() + parsed.outwardCodes.size() +
                                   parsed.nhsNumbers.size();
    const double parts = identifierCount + parsed.nameWords.size();
    while (query.next()) {
        PersonHit hit;
        hit.personId = query.value(0).toString();
        hit.familyId = query.value(1).toString();
        hit.givenName = query.value(2).toString();
        hit.familyName = query.value(3).toString();
        hit.dateOfBirth = sql::toDate(query.value(4));
        hit.unborn = query.value(5).toInt() != 0;
        const QStringList names = query.value(6).toString().split(u' ', Qt::SkipEmptyParts);
        hit.postcode = query.value(7).toString();
        // Identifiers in the query were required by the MATCH, so each counts in full.
        double matched = identifierCount;
        for (const QString& word : parsed.nameWords)
            matched += wordMatch(word, names);
        hit.score = parts > 0 ? matched / parts : 0;
        hits.append(hit);
    }
    return hits;
}

QList<PersonHit> PersonSearch::find(const QString& text, int limit) const {
    const ParsedQuery parsed = ParsedQuery::parse(text);
    if (parsed.isEmpty())
        return {};
    QList<PersonHit> hits = candidates(parsed, true);
    // With too few people matching every word, let one name word miss (a typo, a
    // name the family no longer uses); such people rank below the full matches.
    if (hits.size() < limit && parsed.nameWords.size() > 1) {
        QSet<QString> seen;
        for (const PersonHit& hit : std::as_const(hits))
            seen.insert(hit.personId);
        for (const PersonHit& hit : candidates(parsed, false)) {
            if (!seen.contains(hit.personId))
                hits.append(hit);
        }
    }
    // Stable, so equal scores keep FTS5's bm25 order; people already born come before
    // unborn babies, whom the front desk rarely looks for by name.
    std::stable_sort(hits.begin(), hits.end(), [](const PersonHit& a, const PersonHit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return !a.unborn && b.unborn;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace kith::search
