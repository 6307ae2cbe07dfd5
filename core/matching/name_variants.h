#pragma once

#include <QString>
#include <QStringList>

namespace kith::match {

// Given names that stand for each other at a UK front desk: nicknames ("Bill" for
// "William", "Peggy" for "Margaret") and transliterations that the sound-alike key does
// not already fold together ("Ioana"/"Joanna", "Mihai"/"Michael"). All folded with
// search::foldName. A name may belong to several groups ("Alex": Alexander, Alexandra).

// The other names `foldedName` may stand for, without itself; empty when it has none.
QStringList givenNameVariants(const QString& foldedName);

enum class NameVariant {
    None,      // not known to stand for each other (or the same name)
    Nickname,  // "Bill" and "William"
    OtherForm, // a transliteration or another language's form: "Mihai" and "Michael"
};
// How two different folded names are related, if they are.
NameVariant givenNameVariant(const QString& a, const QString& b);

} // namespace kith::match
