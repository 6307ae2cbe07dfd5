#pragma once

#include <QDate>
#include <QString>

// Kith's GEDCOM extension tags (documented in docs/genogram-gedcom.md) and the date
// forms both directions share.
namespace kith::genogram::gedcom {

// Where the extension tags are defined; declared in HEAD.SCHMA as GEDCOM 7 requires.
// One constant, so that it can follow the project when it has a public address.
inline const QString kSchemaBase = QStringLiteral("https://kith.invalid/gedcom/v1/");

inline constexpr const char* kExtensionTags[] = {
    "_KITH_BOND",       // INDI: an emotional relationship to another INDI (TYPE, NOTE)
    "_KITH_UNION",      // FAM: the kind of couple (married, living_together, separated...)
    "_KITH_FROM",       // under _KITH_UNION: year the couple began
    "_KITH_TO",         // under _KITH_UNION: year it ended
    "_KITH_NOT_COUPLE", // FAM: the two parents were never a couple (no couple line)
    "_KITH_CHILD",      // INDI.FAMC: step or kinship care (PEDI cannot say either)
    "_KITH_TWIN",       // INDI.FAMC: twin group
    "_KITH_IDENTICAL",  // INDI.FAMC: identical twins (Y)
    "_KITH_INDEX",      // INDI: the index child (Y)
    "_KITH_PREGNANCY",  // INDI: pregnant, miscarriage, termination, stillbirth
    "_KITH_PIN",        // INDI: "x y", where the person was placed by hand
    "_KITH_HOUSEHOLD",  // record: who lives together
    "_KITH_LABEL",      // _KITH_HOUSEHOLD: its label
    "_KITH_MEMBER",     // _KITH_HOUSEHOLD: pointer to a member INDI
};

// A GEDCOM date: a full date when it is exact ("2 JUN 1994"), otherwise the first year
// it names ("ABT 1950", "BET 1901 AND 1905", "1998"); nothing when there is no year.
struct GedcomDate {
    QDate date;
    int year = 0;
};
GedcomDate parseDate(const QString& value);
QString formatDate(const QDate& date);

} // namespace kith::genogram::gedcom
