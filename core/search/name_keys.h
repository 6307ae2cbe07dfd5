#pragma once

#include <QString>
#include <QStringList>

namespace kith::search {

// Lower case, accents removed, apostrophes dropped ("O'Brien" -> "obrien"), every
// other non-letter a word break. The same folding is used when indexing and when
// searching, so both sides agree.
QString foldName(const QString& text);
QStringList nameWords(const QString& text);

// A sound-alike key for one name word, tuned for names met at a UK front desk:
// spelling variants and transliterations fold together ("Mohammed", "Muhammad",
// "Mohamed" -> "mhmd"; "Smith", "Smyth" -> "smt"; "Catherine", "Kathryn" -> "ktrn").
// Vowels after the first letter are dropped, letters that sound alike are merged
// and doubled letters collapse. Returns an empty string for words under two letters.
QString soundKey(const QString& word);

// "tq14ab" and "TQ1 4AB" both become "TQ1 4AB". Returns an empty string when the
// text is not shaped like a full UK postcode.
QString normalisePostcode(const QString& text);
// The outward code ("TQ1") of a full postcode, or of an outward code on its own.
QString postcodeOutward(const QString& text);
bool looksLikeOutwardCode(const QString& text);

} // namespace kith::search
