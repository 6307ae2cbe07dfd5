#pragma once

#include "genogram/genogram.h"

// Small genograms for tests, written out by hand so that each test can say what it means.
namespace kith::testing {

inline genogram::Person genogramPerson(const QString& id, genogram::Sex sex, int birthYear = 0) {
    genogram::Person person;
    person.id = id;
    person.name = QStringLiteral("Person ") + id;
    person.sex = sex;
    person.birthYear = birthYear;
    return person;
}

inline genogram::Union couple(const QString& id, const QString& a, const QString& b,
                              genogram::UnionKind kind = genogram::UnionKind::Married) {
    return {id, a, b, kind, 0, 0};
}

inline genogram::ChildLink childOf(const QString& id, const QString& child, const QString& a,
                                   const QString& b = {}) {
    genogram::ChildLink link;
    link.id = id;
    link.childId = child;
    link.parentA = a;
    link.parentB = b;
    return link;
}

// Grandparents G1+G2; their children A (1960) and B (1963), each with a partner
// (AP, BP); A's children A1 (1985) and A2 (1988); B's child B1 (1990).
inline genogram::Genogram threeGenerations() {
    using genogram::Sex;
    genogram::Genogram g;
    g.id = QStringLiteral("g");
    g.familyId = QStringLiteral("f");
    g.people = {genogramPerson(QStringLiteral("G1"), Sex::Male, 1935),
                genogramPerson(QStringLiteral("G2"), Sex::Female, 1937),
                genogramPerson(QStringLiteral("B"), Sex::Female, 1963),
                genogramPerson(QStringLiteral("A"), Sex::Male, 1960),
                genogramPerson(QStringLiteral("AP"), Sex::Female, 1961),
                genogramPerson(QStringLiteral("BP"), Sex::Male, 1962),
                genogramPerson(QStringLiteral("A2"), Sex::Male, 1988),
                genogramPerson(QStringLiteral("A1"), Sex::Female, 1985),
                genogramPerson(QStringLiteral("B1"), Sex::Male, 1990)};
    g.unions = {couple(QStringLiteral("u1"), QStringLiteral("G1"), QStringLiteral("G2")),
                couple(QStringLiteral("u2"), QStringLiteral("A"), QStringLiteral("AP")),
                couple(QStringLiteral("u3"), QStringLiteral("BP"), QStringLiteral("B"))};
    g.children = {childOf(QStringLiteral("c1"), QStringLiteral("A"), QStringLiteral("G1"),
                          QStringLiteral("G2")),
                  childOf(QStringLiteral("c2"), QStringLiteral("B"), QStringLiteral("G1"),
                          QStringLiteral("G2")),
                  childOf(QStringLiteral("c3"), QStringLiteral("A2"), QStringLiteral("A"),
                          QStringLiteral("AP")),
                  childOf(QStringLiteral("c4"), QStringLiteral("A1"), QStringLiteral("A"),
                          QStringLiteral("AP")),
                  childOf(QStringLiteral("c5"), QStringLiteral("B1"), QStringLiteral("B"),
                          QStringLiteral("BP"))};
    g.households = {{QStringLiteral("h"),
                     QStringLiteral("Lives together"),
                     {QStringLiteral("A"), QStringLiteral("AP"), QStringLiteral("A1")}}};
    g.relationships = {{QStringLiteral("r1"),
                        QStringLiteral("A1"),
                        QStringLiteral("G2"),
                        genogram::Bond::Close,
                        {}}};
    return g;
}

} // namespace kith::testing
