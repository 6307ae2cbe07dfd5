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

bool containsDigit(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

QString quoted(const QString& word) {
    return u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// How well one typed name word matches a person's name words: exactly, as the start
// of a name (typing is not finished), or only by sound.
double wordMatch(const QString& typed, const QString& typedKey, const QStringList& names,
                 const QStringList& sounds) {
    double best = 0;
    for (const QString& name : names) {
        if (name == typed)
            return 1.0;
        if (name.startsWith(typed))
            best = 0.85;
    }
    if (best == 0 && !typedKey.isEmpty() && sounds.contains(typedKey))
        best = 0.7;
    return best;
}

} // namespace

bool ParsedQuery::isEmpty() const {
    return nameWords.isEmpty() && dates.isEmpty() && years.isEmpty() && postcodes.isEmpty() &&
           outwardCodes.isEmpty() && nhsNumbers.isEmpty();
}

ParsedQuery ParsedQuery::parse(const QString& text) {
    static const QRegularExpression nhsGroups(
        QStringLiteral(R"(\b(\d{3})[ -](\d{3})[ -](\d{4})\b)"));
    static const QRegularExpression spacedPostcode(
        QStringLiteral(R"(\b([A-Za-z]{1,2}\d[A-Za-z\d]?) (\d[A-Za-z]{2})\b)"));
    static const QRegularExpression separators(QStringLiteral(R"([\s,]+)"));
    ParsedQuery query;
    // NHS numbers are often written 943 476 5919, postcodes with their space; join
    // them before splitting into words.
    QString prepared = text;
    prepared.replace(nhsGroups, QStringLiteral("\\1\\2\\3"));
    prepared.replace(spacedPostcode, QStringLiteral("\\1\\2"));
    for (const QString& word : prepared.split(separators, Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const qlonglong number = word.toLongLong(&isNumber);
        if (const QDate date = parseDate(word); date.isValid()) {
            query.dates.append(date);
        } else if (isNumber && word.size() == 10) {
            query.nhsNumbers.append(word);
        } else if (isNumber && word.size() == 4 && number >= 1900 && number < 2100) {
            query.years.append(static_cast<int>(number));
        } else if (const QString postcode = normalisePostcode(word); !postcode.isEmpty()) {
            query.postcodes.append(foldName(postcode).remove(u' '));
        } else if (looksLikeOutwardCode(word) && containsDigit(word)) {
            query.outwardCodes.append(word.toLower());
        } else {
            for (const QString& name : search::nameWords(word)) {
                if (!name.front().isDigit()) {
                    query.nameWords.append(name);
                    query.soundKeys.append(soundKey(name));
                }
            }
        }
    }
    return query;
}

QString ParsedQuery::matchExpression(NameMatch how) const {
    QStringList required;
    QStringList names;
    for (qsizetype i = 0; i < nameWords.size(); ++i) {
        const QString word = quoted(nameWords.at(i));
        if (how == NameMatch::ExactWords) {
            names.append(QStringLiteral("names : %1").arg(word));
            continue;
        }
        QString alternatives = QStringLiteral("names : %1*").arg(word);
        if (how != NameMatch::Prefixes && !soundKeys.at(i).isEmpty())
            alternatives += QStringLiteral(" OR sounds : %1").arg(quoted(soundKeys.at(i)));
        names.append(u'(' + alternatives + u')');
    }
    if (!names.isEmpty()) {
        required.append(how == NameMatch::AnyWordLoosely
                            ? u'(' + names.join(QStringLiteral(" OR ")) + u')'
                            : names.join(QStringLiteral(" AND ")));
    }
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

QStringList ParsedQuery::passes() const {
    QStringList expressions;
    auto add = [&](NameMatch how) {
        const QString expression = matchExpression(how);
        if (!expression.isEmpty() && !expressions.contains(expression))
            expressions.append(expression);
    };
    add(NameMatch::ExactWords);
    add(NameMatch::Prefixes);
    add(NameMatch::SoundAlike);
    if (nameWords.size() > 1)
        add(NameMatch::AnyWordLoosely);
    return expressions;
}

bool rankedBefore(const PersonHit& a, const PersonHit& b) {
    if (a.score != b.score)
        return a.score > b.score;
    if (a.unborn != b.unborn)
        return !a.unborn;
    if (const int byFamily = a.familyName.compare(b.familyName, Qt::CaseInsensitive); byFamily)
        return byFamily < 0;
    if (const int byGiven = a.givenName.compare(b.givenName, Qt::CaseInsensitive); byGiven)
        return byGiven < 0;
    return a.personId < b.personId;
}

PersonSearch::PersonSearch(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString PersonSearch::candidateSql() {
    // The index is asked for at most kCandidateLimit people first, so that the joins
    // and the address look-up run only for those.
    return QStringLiteral(
               "SELECT p.id, p.family_id, p.given_name, p.family_name, p.date_of_birth, "
               " p.unborn, s.names, s.sounds, (SELECT a.postcode FROM address a WHERE "
               " a.family_id = p.family_id AND a.to_date IS NULL ORDER BY a.from_date DESC "
               " LIMIT 1) "
               "FROM (SELECT rowid, names, sounds FROM person_search WHERE person_search "
               " MATCH ? LIMIT %1) s JOIN person p ON p.local_id = s.rowid")
        .arg(kCandidateLimit);
}

QList<PersonHit> PersonSearch::candidates(const ParsedQuery& parsed,
                                          const QString& expression) const {
    QList<PersonHit> hits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(candidateSql());
    query.addBindValue(expression);
    if (!query.exec())
        return hits;
    const double identifierCount =
        static_cast<double>(parsed.dates.size() + parsed.years.size() + parsed.postcodes.size() +
                            parsed.outwardCodes.size() + parsed.nhsNumbers.size());
    const double parts = identifierCount + static_cast<double>(parsed.nameWords.size());
    while (query.next()) {
        PersonHit hit;
        hit.personId = query.value(0).toString();
        hit.familyId = query.value(1).toString();
        hit.givenName = query.value(2).toString();
        hit.familyName = query.value(3).toString();
        hit.dateOfBirth = sql::toDate(query.value(4));
        hit.unborn = query.value(5).toInt() != 0;
        const QStringList names = query.value(6).toString().split(u' ', Qt::SkipEmptyParts);
        const QStringList sounds = query.value(7).toString().split(u' ', Qt::SkipEmptyParts);
        hit.postcode = query.value(8).toString();
        // Identifiers in the query were required by the MATCH, so each counts in full.
        double matched = identifierCount;
        for (qsizetype i = 0; i < parsed.nameWords.size(); ++i)
            matched += wordMatch(parsed.nameWords.at(i), parsed.soundKeys.at(i), names, sounds);
        hit.score = parts > 0 ? matched / parts : 0;
        hits.append(hit);
    }
    return hits;
}

QList<PersonHit> PersonSearch::find(const QString& text, int limit) const {
    const ParsedQuery parsed = ParsedQuery::parse(text);
    QList<PersonHit> hits;
    QSet<QString> seen;
    for (const QString& expression : parsed.passes()) {
        if (hits.size() >= limit)
            break;
        for (const PersonHit& hit : candidates(parsed, expression)) {
            if (!seen.contains(hit.personId)) {
                seen.insert(hit.personId);
                hits.append(hit);
            }
        }
    }
    std::sort(hits.begin(), hits.end(), rankedBefore);
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace kith::search
