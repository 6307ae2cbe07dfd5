#include "consent/consent_state.h"

#include <algorithm>

namespace kith::consent {
namespace {

void apply(SubjectConsent& subject, const ConsentRecord& record) {
    ++subject.recordCount;
    if (record.event == ConsentEvent::Withdrawn) {
        subject.withdrawal = record;
        return;
    }
    subject.current = record;
    subject.withdrawal.reset();
    subject.lastConfirmed = record.givenOn;
}

} // namespace

ConsentState ConsentState::derive(const ConsentHistory& history) {
    QList<ConsentRecord> records = history.records;
    std::stable_sort(
        records.begin(), records.end(), [](const ConsentRecord& a, const ConsentRecord& b) {
            return a.givenOn != b.givenOn ? a.givenOn < b.givenOn : a.recordedAt < b.recordedAt;
        });
    ConsentState state;
    for (const ConsentRecord& record : std::as_const(records)) {
        if (record.isForFamily()) {
            apply(state.m_family, record);
        } else {
            SubjectConsent& person = state.m_people[record.subjectPersonId];
            person.subjectPersonId = record.subjectPersonId;
            apply(person, record);
        }
    }
    return state;
}

const SubjectConsent* ConsentState::ownConsentOf(const QString& personId) const {
    const auto found = m_people.constFind(personId);
    return found == m_people.constEnd() ? nullptr : &*found;
}

const SubjectConsent& ConsentState::covering(const QString& personId) const {
    const SubjectConsent* own = personId.isEmpty() ? nullptr : ownConsentOf(personId);
    return own ? *own : m_family;
}

} // namespace kith::consent
