#include "documents/copy_sharing.h"

#include "consent/consent_store.h"

namespace kith::documents {

using namespace consent;

CopySharing::CopySharing(const FamilySharing& family, CopyReader reader)
    : m_family(family)
    , m_reader(std::move(reader)) {
    m_whole = generalForFamily();
    if (!m_whole.allowed)
        remember(Information{}, m_whole);
}

// General information about the whole family is shown when some kind of information may
// be shared with the reader: a restriction of one category does not hide it, a restriction
// on everything (or no consent) blocks every category and so hides it too.
Decision CopySharing::generalForFamily() const {
    const Decision everything = m_family.mayShare(Information{}, m_reader.audience);
    if (everything.allowed || everything.basis != Decision::Basis::Restriction)
        return everything;
    for (Category category : allCategories()) {
        if (category == Category::Everything)
            continue;
        if (const Decision decision = m_family.mayShare({category, {}}, m_reader.audience))
            return decision;
    }
    return everything;
}

Decision CopySharing::decide(const QString& categoryCode, const QString& aboutPersonId) const {
    if (!m_whole.allowed)
        return m_whole;
    if (categoryCode.isEmpty() && aboutPersonId.isEmpty())
        return m_whole;
    const Category category = categoryFromCode(categoryCode).value_or(Category::Everything);
    return m_family.mayShare({category, aboutPersonId}, m_reader.audience);
}

bool CopySharing::mayShow(const QString& categoryCode, const QString& aboutPersonId) {
    const Decision decision = decide(categoryCode, aboutPersonId);
    if (!decision.allowed) {
        const Category category = categoryFromCode(categoryCode).value_or(Category::Everything);
        remember({category, aboutPersonId}, decision);
    }
    return decision.allowed;
}

void CopySharing::remember(const Information& what, const Decision& decision) {
    for (const Withholding& known : std::as_const(m_leftOut)) {
        if (known.decision.basis == decision.basis &&
            known.decision.restrictionId == decision.restrictionId &&
            known.what.aboutPersonId == what.aboutPersonId)
            return;
    }
    m_leftOut.append({what, decision});
}

QString CopySharing::note() const {
    if (m_leftOut.isEmpty())
        return {};
    using Basis = Decision::Basis;
    QStringList reasons;
    auto add = [&reasons](const QString& reason) {
        if (!reasons.contains(reason))
            reasons.append(reason);
    };
    for (const Withholding& withheld : m_leftOut) {
        switch (withheld.decision.basis) {
        case Basis::Restriction:
            add(tr("someone in the family asked for it not to be shared with %1")
                    .arg(m_reader.name));
            break;
        case Basis::Withdrawn:
            add(tr("consent to share it has been withdrawn"));
            break;
        case Basis::NotAgreed:
            add(tr("the family has not agreed to share it with %1").arg(m_reader.name));
            break;
        default:
            add(tr("the family has not given consent to share it"));
        }
    }
    const QString why = reasons.join(tr(", and because "));
    if (!m_whole.allowed)
        return tr("The assessment is not shown in this copy because %1. Please speak to the "
                  "family's lead professional if you need to know more.")
            .arg(why);
    return tr("Some information is not shown in this copy because %1. This is how the family's "
              "wishes about their information are respected. Please speak to the family's lead "
              "professional if you have questions.")
        .arg(why);
}

Status CopySharing::log(ConsentStore& store, const QString& purpose) const {
    if (m_reader.isFamily())
        return okStatus();
    const auto copy = store.logDecision(m_family.logEntry({}, m_reader.audience, m_whole, purpose));
    if (!copy)
        return Status::fail(copy.error());
    for (const Withholding& withheld : m_leftOut) {
        if (!m_whole.allowed)
            break; // the copy's own entry says why nothing was shared
        const auto entry = store.logDecision(
            m_family.logEntry(withheld.what, m_reader.audience, withheld.decision, purpose));
        if (!entry)
            return Status::fail(entry.error());
    }
    return okStatus();
}

} // namespace kith::documents
