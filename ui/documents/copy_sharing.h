#pragma once

// Decides, item by item, what a copy printed for one reader may show (consent::FamilySharing
// answers each question), remembers what it left out, and says so in general terms.
//
// Each item is of a consent category ("health", "school"... from consent_category in a
// form definition) or general (no category), and is about one person or the whole family:
//  - an item of a category asks mayShare({category, person}) as it is;
//  - a general item about one person (a child's own entry) asks about everything about that
//    person, so any restriction about them keeps it out;
//  - a general item about the whole family (the family story) is kept out when nothing
//    may be shared with the reader (no consent, withdrawn, not agreed) or a restriction on
//    everything about the family applies. A restriction of one category or about one
//    person does not hide the whole story: such details belong in the sections and
//    per-child entries that carry that category or person.

#include "consent/consent_rules.h"
#include "documents/copy_reader.h"

#include <QCoreApplication>

namespace kith::consent {
class ConsentStore;
}

namespace kith::documents {

class CopySharing {
    Q_DECLARE_TR_FUNCTIONS(kith::documents::CopySharing)

public:
    CopySharing(const consent::FamilySharing& family, CopyReader reader);

    // Whether the item may be shown; a refusal is remembered for the note and the log.
    bool mayShow(const QString& categoryCode, const QString& aboutPersonId = {});
    consent::Decision decide(const QString& categoryCode, const QString& aboutPersonId = {}) const;

    // Nothing about the family may be shared with the reader at all.
    bool nothingMayBeShown() const { return !m_whole.allowed; }
    // What was left out, one entry a distinct reason (restriction, withdrawal...).
    const QList<consent::Withholding>& leftOut() const { return m_leftOut; }
    // The note for the top of the copy, in general terms; empty when nothing was left out.
    QString note() const;

    // Logs the sharing (Caldicott: what, with whom, why) unless the reader is the family:
    // the copy as a whole, and each distinct reason something was left out.
    Status log(consent::ConsentStore& store, const QString& purpose) const;

    const CopyReader& reader() const { return m_reader; }

private:
    consent::Decision generalForFamily() const;
    void remember(const consent::Information& what, const consent::Decision& decision);

    const consent::FamilySharing& m_family;
    CopyReader m_reader;
    consent::Decision m_whole; // general information about the whole family
    QList<consent::Withholding> m_leftOut;
};

} // namespace kith::documents
