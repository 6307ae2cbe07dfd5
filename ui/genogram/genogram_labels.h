#pragma once

#include "genogram/genogram.h"

#include <QCoreApplication>

namespace kith::ui {

// Words for the genogram's kinds, for the key, the side panel and the tools.
class GenogramLabels {
    Q_DECLARE_TR_FUNCTIONS(kith::ui::GenogramLabels)

public:
    static QString sex(genogram::Sex sex);
    static QString pregnancy(genogram::Pregnancy pregnancy);
    static QString unionKind(genogram::UnionKind kind);
    static QString childKind(genogram::ChildKind kind);
    static QString bond(genogram::Bond bond);
    // Short text on a couple line: "m. 2015", "div. 2019"... one part to a line.
    static QStringList unionYears(const genogram::Union& couple);
    // Under a symbol: the name, then years ("b. 1994", "1950-2024").
    static QStringList personLines(const genogram::Person& person);
    // The age to show inside a living person's symbol, or -1.
    static int age(const genogram::Person& person, const QDate& today);

    static QList<genogram::Sex> allSexes();
    static QList<genogram::Pregnancy> allPregnancies();
    static QList<genogram::UnionKind> allUnionKinds();
    static QList<genogram::ChildKind> allChildKinds();
    static QList<genogram::Bond> allBonds();
};

} // namespace kith::ui
