#include "genogram/genogram_synthetic.h"

#include <QRandomGenerator>

namespace kith::genogram {

Genogram syntheticGenogram(int people, quint32 seed) {
    QRandomGenerator random(seed);
    Genogram genogram;
    genogram.id = QStringLiteral("synthetic");
    int next = 0;
    auto add = [&](Sex sex, int birthYear) {
        Person person;
        person.id = QStringLiteral("p%1").arg(next++, 4, 10, QLatin1Char('0'));
        person.name = QStringLiteral("Person %1").arg(next);
        person.sex = sex;
        person.birthYear = birthYear;
        person.deceased = birthYear < 1945 && random.bounded(2) == 0;
        genogram.people.append(person);
        return genogram.people.size() - 1;
    };
    auto marry = [&](qsizetype a, qsizetype b, UnionKind kind) {
        Union couple;
        couple.id = QStringLiteral("u%1").arg(genogram.unions.size());
        couple.partnerA = genogram.people.at(a).id;
        couple.partnerB = genogram.people.at(b).id;
        couple.kind = kind;
        genogram.unions.append(couple);
    };
    // Couples waiting for children: (partner A, partner B).
    QList<QPair<qsizetype, qsizetype>> couples;
    const qsizetype founder = add(Sex::Male, 1930);
    const qsizetype founderWife = add(Sex::Female, 1932);
    marry(founder, founderWife, UnionKind::Married);
    couples.append({founder, founderWife});
    auto addChild = [&](qsizetype c, int k, const QString& twinGroup) {
        const auto [a, b] = couples.at(c);
        const int parentYear =
            std::max(genogram.people.at(a).birthYear, genogram.people.at(b).birthYear);
        const bool twin = !twinGroup.isEmpty() && k < 2;
        const int year = parentYear + 22 + (twin ? 0 : k * 2);
        const qsizetype child = add(random.bounded(2) ? Sex::Female : Sex::Male, year);
        ChildLink link;
        link.id = QStringLiteral("c%1").arg(genogram.children.size());
        link.childId = genogram.people.at(child).id;
        link.parentA = genogram.people.at(a).id;
        link.parentB = genogram.people.at(b).id;
        link.twinGroup = twin ? twinGroup : QString();
        genogram.children.append(link);
        return child;
    };
    for (qsizetype c = 0; c < couples.size() && next < people; ++c) {
        const int count = 2 + static_cast<int>(random.bounded(3));
        const QString twinGroup = random.bounded(6) == 0 ? QStringLiteral("t%1").arg(c) : QString();
        for (int k = 0; k < count && next < people; ++k) {
            const qsizetype child = addChild(c, k, twinGroup);
            if (genogram.people.at(child).birthYear > 2000 || next >= people)
                continue; // too young for a partner of their own
            const Sex other = genogram.people.at(child).sex == Sex::Male ? Sex::Female : Sex::Male;
            const int year = genogram.people.at(child).birthYear;
            if (random.bounded(5) == 0) { // an earlier partner, then the current one
                const qsizetype first = add(other, year + 1);
                marry(child, first, UnionKind::Divorced);
                couples.append({child, first});
            }
            if (next < people) {
                const qsizetype partner = add(other, year - 1);
                marry(child, partner, UnionKind::Married);
                couples.append({child, partner});
            }
        }
    }
    // Younger brothers and sisters until the family is as large as asked.
    for (qsizetype c = couples.size() - 1; next<people; c = c> 0 ? c - 1 : couples.size() - 1)
        addChild(c, 4, {});
    Household home;
    home.id = QStringLiteral("h0");
    home.label = QStringLiteral("Lives together");
    for (qsizetype i = std::max<qsizetype>(0, genogram.people.size() - 4);
         i < genogram.people.size(); ++i)
        home.members.append(genogram.people.at(i).id);
    genogram.households.append(home);
    for (int r = 0; r < genogram.people.size() / 10; ++r) {
        Relationship line;
        line.id = QStringLiteral("r%1").arg(r);
        line.from = genogram.people.at(random.bounded(static_cast<int>(genogram.people.size()))).id;
        line.to = genogram.people.at(random.bounded(static_cast<int>(genogram.people.size()))).id;
        line.bond = static_cast<Bond>(random.bounded(11));
        if (line.from != line.to)
            genogram.relationships.append(line);
    }
    return genogram;
}

} // namespace kith::genogram
