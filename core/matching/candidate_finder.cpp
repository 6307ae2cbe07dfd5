#include "matching/candidate_finder.h"

#include "matching/name_variants.h"
#include "search/name_keys.h"
#include "store/sql_support.h"

#include <QSet>
#include <QSqlQuery>

namespace kith::match {
namespace {

QString quoted(const QString& word) {
    return u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// One name word: as the start of a name (its first three letters, so that a typo later
// in the word still finds it), by sound, or as a known variant.
QStringList wordAlternatives(const QString& word, bool given) {
    QStringList alternatives;
    const QString start = word.size() > 3 ? word.left(3) : word;
    alternatives.append(QStringLiteral("names : %1*").arg(quoted(start)));
    if (const QString key = search::soundKey(word); !key.isEmpty())
        alternatives.append(QStringLiteral("sounds : %1").arg(quoted(key)));
    if (given) {
        for (const QString& variant : givenNameVariants(word))
            alternatives.append(QStringLiteral("names : %1").arg(quoted(variant)));
    }
    return alternatives;
}

// Any word of the name matching: a double-barrelled name is found by either part.
QString nameExpression(const QString& folded, bool given) {
    QStringList alternatives;
    for (const QString& word : folded.split(u' ', Qt::SkipEmptyParts)) {
        for (const QString& alternative : wordAlternatives(word, given)) {
            if (!alternatives.contains(alternative))
                alternatives.append(alternative);
        }
    }
    return alternatives.isEmpty() ? QString()
                                  : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

QString dateToken(const QDate& date) {
    return u'd' + date.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

CandidateFinder::CandidateFinder(QSqlDatabase db)
    : m_db(db)
    , m_statements(db) {}

QStringList CandidateFinder::passes(const PersonFacts& query) {
    QStringList expressions;
    if (!query.nhsNumber.isEmpty())
        expressions.append(QStringLiteral("nhs : %1").arg(quoted(query.nhsNumber)));
    if (query.dateOfBirth.isValid()) {
        QStringList dates{quoted(dateToken(query.dateOfBirth))};
        const QDate swapped(query.dateOfBirth.year(), query.dateOfBirth.day(),
                            query.dateOfBirth.month());
        if (swapped.isValid() && swapped != query.dateOfBirth)
            dates.append(quoted(dateToken(swapped)));
        expressions.append(QStringLiteral("dob : (%1)").arg(dates.join(QStringLiteral(" OR "))));
    }
    QStringList names;
    if (const QString given = nameExpression(query.givenNames.value(0), true); !given.isEmpty())
        names.append(given);
    if (const QString family = nameExpression(query.familyNames.value(0), false); !family.isEmpty())
        names.append(family);
    if (names.isEmpty())
        return expressions;
    QStringList context;
    if (query.dateOfBirth.isValid())
        context.append(QStringLiteral("dob : %1")
                           .arg(quoted(QStringLiteral("y%1").arg(query.dateOfBirth.year()))));
    if (const QString area = search::postcodeOutward(query.postcode); !area.isEmpty())
        context.append(QStringLiteral("postcode : %1").arg(quoted(area.toLower())));
    QString expression = names.join(QStringLiteral(" AND "));
    if (!context.isEmpty())
        expression += QStringLiteral(" AND (%1)").arg(context.join(QStringLiteral(" OR ")));
    expressions.append(expression);
    return expressions;
}

QList<qint64> CandidateFinder::candidateIds(const PersonFacts& query) {
    QList<qint64> ids;
    QSet<qint64> seen;
    auto take = [&](qint64 id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    QSqlQuery& search = m_statements.get(
        QStringLiteral("SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT %1")
            .arg(kPassLimit));
    for (const QString& expression : passes(query)) {
        search.bindValue(0, expression);
        if (!search.exec())
            continue; // a malformed expression finds nobody; the other passes still run
        while (search.next())
            take(search.value(0).toLongLong());
        search.finish();
    }
    if (query.postcode.contains(u' ')) {
        for (qint64 id : peopleAtPostcode(query.postcode))
            take(id);
    }
    return ids;
}

QList<qint64> CandidateFinder::peopleAtPostcode(const QString& postcode) {
    QList<qint64> ids;
    QSqlQuery& query = m_statements.get(
        QStringLiteral("SELECT DISTINCT p.local_id FROM address a JOIN person p ON "
                       "p.family_id = a.family_id WHERE a.postcode = ? LIMIT %1")
            .arg(kPassLimit));
    query.bindValue(0, postcode);
    if (!query.exec())
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    return ids;
}

QList<StoredPerson> CandidateFinder::load(const QList<qint64>& localIds) {
    if (localIds.isEmpty())
        return {};
    // The ids are integers read from the index, so listing them in the statement is safe;
    // one statement for all candidates costs far less than one per candidate.
    QStringList list;
    list.reserve(localIds.size());
    for (qint64 id : localIds)
        list.append(QString::number(id));
    return loadWhere(QStringLiteral("p.local_id IN (%1)").arg(list.join(u',')));
}

QList<StoredPerson> CandidateFinder::loadEveryone() {
    return loadWhere(QStringLiteral("p.family_id IN (SELECT id FROM family WHERE merged_into "
                                    "IS NULL)"));
}

QList<StoredPerson> CandidateFinder::loadWhere(const QString& condition) {
    QList<StoredPerson> people;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString statement =
        QStringLiteral(
            "SELECT p.local_id, p.id, p.family_id, p.given_name, p.preferred_name, p.family_name, "
            " p.date_of_birth, p.nhs_number, "
            " (SELECT group_concat(n.kind || '|' || coalesce(n.given_name, '') || '|' || "
            "  coalesce(n.family_name, ''), char(31)) FROM person_name n WHERE n.person_id = "
            "p.id), "
            " (SELECT group_concat(coalesce(a.postcode, '') || '|' || (a.to_date IS NULL), "
            "  char(31)) FROM address a WHERE a.family_id = p.family_id) "
            "FROM person p WHERE %1")
            .arg(condition);
    if (!query.exec(statement))
        return people;
    while (query.next()) {
        StoredPerson person;
        person.localId = query.value(0).toLongLong();
        person.personId = query.value(1).toString();
        person.familyId = query.value(2).toString();
        PersonFacts& facts = person.facts;
        auto addGiven = [&](const QString& text) {
            if (const QString folded = search::foldName(text);
                !folded.isEmpty() && !facts.givenNames.contains(folded))
                facts.givenNames.append(folded);
        };
        addGiven(query.value(3).toString());
        addGiven(query.value(4).toString());
        if (const QString family = search::foldName(query.value(5).toString()); !family.isEmpty())
            facts.familyNames.append(family);
        facts.displayGiven = query.value(3).toString();
        facts.displayFamily = query.value(5).toString();
        facts.dateOfBirth = sql::toDate(query.value(6));
        facts.nhsNumber = query.value(7).toString();
        for (const QString& name : query.value(8).toString().split(QChar(31), Qt::SkipEmptyParts)) {
            const QStringList parts = name.split(u'|');
            if (parts.size() != 3)
                continue;
            addGiven(parts.at(1));
            const QString family = search::foldName(parts.at(2));
            if (family.isEmpty())
                continue;
            // An alias counts as a name in use; a former name as a former one.
            QStringList& into =
                parts.at(0) == QLatin1String("alias") ? facts.familyNames : facts.formerFamilyNames;
            if (!into.contains(family))
                into.append(family);
        }
        for (const QString& address :
             query.value(9).toString().split(QChar(31), Qt::SkipEmptyParts)) {
            const QStringList parts = address.split(u'|');
            const QString postcode = search::normalisePostcode(parts.value(0));
            if (postcode.isEmpty())
                continue;
            if (parts.value(1) == QLatin1String("1"))
                facts.postcode = postcode;
            else if (!facts.formerPostcodes.contains(postcode))
                facts.formerPostcodes.append(postcode);
        }
        people.append(person);
    }
    return people;
}

} // namespace kith::match
