#include "consent/consent_store.h"

#include "consent/consent_fields.h"
#include "consent/consent_state.h"
#include "consent/family_people.h"
#include "consent/signature.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QSqlQuery>

namespace kith::consent {
namespace {

// A young person may consent for themselves from this age; up to the upper age the
// practitioner must record why they judged them able to understand (seed 000 Q5: "between
// the ages of 12 and 16, a judgement ... according to their understanding").
constexpr int kSelfConsentAge = 12;
constexpr int kCompetenceJudgedUpTo = 16;

Result<QString> idOr(const Status& status, const QString& id) {
    return status ? Result<QString>::ok(id) : Result<QString>::fail(status.error());
}

} // namespace

ConsentStore::ConsentStore(const Database& database, HubAgencies agencies)
    : m_database(database)
    , m_agencies(std::move(agencies))
    , m_writer(database.connection(), database.clock(), database.deviceId()) {}

template <typename Work>
Status ConsentStore::write(Work&& work) {
    return m_writes.run(std::forward<Work>(work));
}

Status ConsentStore::inOneTransaction(const std::function<Status()>& work) {
    return write(work);
}

Status ConsentStore::checkDay(const QDate& day, const QString& field) const {
    if (!day.isValid())
        return Status::fail(tr("%1 is missing: give the date.").arg(field));
    if (day > m_database.clock().today())
        return Status::fail(tr("%1 is in the future: record it on the day or after.").arg(field));
    return okStatus();
}

bool ConsentStore::professionalExists(const QString& id) const {
    return !id.isEmpty() && loadProfessional(m_database.connection(), id).has_value();
}

Status ConsentStore::checkGiver(const FamilyPeople& people, ConsentRecord& record) const {
    const Person* giver = people.person(record.givenByPersonId);
    if (!giver)
        return Status::fail(
            tr("Who gave consent is missing: choose the member of the family who gave it."));
    const QString name = giver->fullName();
    if (record.isForFamily()) {
        if (!people.isParentOrCarer(giver->id))
            return Status::fail(
                tr("%1 is not a parent or carer, so cannot consent for the family. Choose a "
                   "parent or carer, or record a young person's consent for themselves.")
                    .arg(name));
        return okStatus();
    }
    if (record.subjectPersonId != record.givenByPersonId)
        return Status::fail(tr("A young person's own consent is given by the young person: "
                               "choose %1 as the person giving it.")
                                .arg(people.person(record.subjectPersonId)
                                         ? people.person(record.subjectPersonId)->fullName()
                                         : tr("them")));
    const int age = giver->ageOn(record.givenOn);
    if (age < 0)
        return Status::fail(tr("%1's date of birth is not recorded: add it before recording "
                               "their own consent (it must be 12 or over).")
                                .arg(name));
    if (age < kSelfConsentAge)
        return Status::fail(tr("%1 was %2 on %3: a young person can consent for themselves from "
                               "the age of 12. A parent or carer consents for them.")
                                .arg(name)
                                .arg(age)
                                .arg(record.givenOn.toString(Qt::ISODate)));
    if (record.event == ConsentEvent::Given && age <= kCompetenceJudgedUpTo &&
        record.competenceNote.trimmed().isEmpty())
        return Status::fail(tr("%1 is %2: write in the competence note why you judged them able "
                               "to understand what they are agreeing to.")
                                .arg(name)
                                .arg(age));
    return okStatus();
}

Status ConsentStore::checkAgainstCurrent(ConsentRecord& record) const {
    const ConsentState state = ConsentState::derive(history(record.familyId));
    const SubjectConsent& subject = state.covering(record.subjectPersonId);
    const bool own = record.isForFamily() || subject.subjectPersonId == record.subjectPersonId;
    if (record.event == ConsentEvent::Given)
        return okStatus();
    if (!own || !subject.current)
        return Status::fail(record.event == ConsentEvent::Confirmed
                                ? tr("There is no consent to confirm: record consent given.")
                                : tr("There is no consent to withdraw."));
    if (subject.withdrawal)
        return Status::fail(tr("Consent was withdrawn on %1: record consent given again instead.")
                                .arg(subject.withdrawal->givenOn.toString(Qt::ISODate)));
    if (record.givenOn < subject.current->givenOn)
        return Status::fail(tr("The date is before the consent it refers to (%1): check the date.")
                                .arg(subject.current->givenOn.toString(Qt::ISODate)));
    if (record.event == ConsentEvent::Confirmed) {
        record.agencies = subject.current->agencies;
        record.toRecord = subject.current->toRecord;
        record.toStore = subject.current->toStore;
        if (record.competenceNote.isEmpty())
            record.competenceNote = subject.current->competenceNote;
    } else {
        record.agencies.clear();
        record.toRecord = false;
        record.toStore = false;
    }
    return okStatus();
}

Result<QString> ConsentStore::record(ConsentRecord record) {
    using R = Result<QString>;
    const FamilyPeople people = FamilyPeople::load(m_database.connection(), record.familyId);
    if (!people.familyExists())
        return R::fail(tr("There is no family with that id."));
    if (Status day = checkDay(record.givenOn, tr("The date of consent")); !day)
        return R::fail(day.error());
    if (!record.isForFamily() && !people.person(record.subjectPersonId))
        return R::fail(tr("The young person the consent is about is not in this family."));
    if (Status giver = checkGiver(people, record); !giver)
        return R::fail(giver.error());
    if (!professionalExists(record.obtainedById))
        return R::fail(tr("Who obtained consent is missing: choose the practitioner."));
    if (Status current = checkAgainstCurrent(record); !current)
        return R::fail(current.error());
    if (record.method == ConsentMethod::Written && record.event != ConsentEvent::Withdrawn) {
        const auto signature = Signature::decode(record.signature);
        if (!signature)
            return R::fail(signature.error());
        if (signature.value().isEmpty())
            return R::fail(tr("Written consent needs a signature: ask the person giving it to sign "
                              "in the box, or record the consent as verbal."));
    } else if (record.method == ConsentMethod::Verbal) {
        record.signature.clear();
    }
    if (record.event == ConsentEvent::Given) {
        for (AgencyChoice& choice : record.agencies) {
            const HubAgency* agency = m_agencies.find(choice.agencyKey);
            if (!agency)
                return R::fail(tr("\"%1\" is not one of the hub's named agencies: choose from the "
                                  "hub's list.")
                                   .arg(choice.agencyKey));
            choice.agencyKey = agency->key;
            choice.agencyName = agency->name;
        }
    }
    if (record.id.isEmpty())
        record.id = newId();
    record.recordedAt = m_database.clock().nowUtc();
    record.recordedBy = m_writer.actor();
    const Status stored = write([&] {
        const auto inserted = m_writer.insert(table::record, fieldsOf(record));
        return inserted ? okStatus() : Status::fail(inserted.error());
    });
    return idOr(stored, record.id);
}

QString ConsentStore::audienceName(const FamilyPeople& people, AudienceKind kind,
                                   const QString& id) const {
    switch (kind) {
    case AudienceKind::Agency:
        if (const HubAgency* agency = m_agencies.find(id))
            return agency->name;
        return id;
    case AudienceKind::Professional:
        if (const auto found = loadProfessional(m_database.connection(), id))
            return found->agencyName.isEmpty()
                       ? found->professional.name
                       : tr("%1 (%2)").arg(found->professional.name, found->agencyName);
        return id;
    case AudienceKind::Person:
        return people.person(id) ? people.person(id)->fullName() : id;
    case AudienceKind::ParentsAndCarers:
        return tr("parents and carers");
    }
    return id;
}

Status ConsentStore::checkAudience(const FamilyPeople& people, AudienceKind kind, QString& id,
                                   QString& name) const {
    switch (kind) {
    case AudienceKind::Agency:
        if (const HubAgency* agency = m_agencies.find(id)) {
            id = agency->key;
            break;
        }
        return Status::fail(tr("Choose which of the hub's agencies must not be told."));
    case AudienceKind::Professional:
        if (professionalExists(id))
            break;
        return Status::fail(tr("Choose the professional who must not be told."));
    case AudienceKind::Person:
        if (people.person(id))
            break;
        return Status::fail(tr("Choose the member of the family who must not be told."));
    case AudienceKind::ParentsAndCarers:
        id.clear();
        break;
    }
    name = audienceName(people, kind, id);
    return okStatus();
}

Result<QString> ConsentStore::addRestriction(Restriction restriction) {
    using R = Result<QString>;
    const FamilyPeople people = FamilyPeople::load(m_database.connection(), restriction.familyId);
    if (!people.familyExists())
        return R::fail(tr("There is no family with that id."));
    restriction.familyWords = restriction.familyWords.trimmed();
    if (restriction.familyWords.isEmpty())
        return R::fail(tr("What the family said is missing: write down their wish in their own "
                          "words."));
    if (!restriction.recordedOn.isValid())
        restriction.recordedOn = m_database.clock().today();
    if (Status day = checkDay(restriction.recordedOn, tr("The date of the restriction")); !day)
        return R::fail(day.error());
    if (!restriction.aboutPersonId.isEmpty() && !people.person(restriction.aboutPersonId))
        return R::fail(tr("The person the information is about is not in this family."));
    if (Status audience = checkAudience(people, restriction.audienceKind, restriction.audienceId,
                                        restriction.audienceName);
        !audience)
        return R::fail(audience.error());
    if (restriction.audienceKind == AudienceKind::ParentsAndCarers) {
        const ConsentState state = ConsentState::derive(history(restriction.familyId));
        const SubjectConsent* own = state.ownConsentOf(restriction.aboutPersonId);
        if (restriction.aboutPersonId.isEmpty() || !own || !own->isInForce())
            return R::fail(tr("Only a young person who has consented for themselves can keep "
                              "information from their parents: choose the young person and "
                              "record their own consent first."));
    }
    if (restriction.id.isEmpty())
        restriction.id = newId();
    restriction.recordedBy = m_writer.actor();
    restriction.liftedOn = {};
    const Status stored = write([&] {
        const auto inserted = m_writer.insert(table::restriction, fieldsOf(restriction));
        return inserted ? okStatus() : Status::fail(inserted.error());
    });
    return idOr(stored, restriction.id);
}

Status ConsentStore::liftRestriction(const QString& restrictionId, const QDate& liftedOn,
                                     const QString& reason) {
    std::optional<Restriction> found;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT family_id FROM sharing_restriction WHERE id = ?"));
    query.addBindValue(restrictionId);
    if (query.exec() && query.next()) {
        for (const Restriction& r : history(query.value(0).toString()).restrictions) {
            if (r.id == restrictionId)
                found = r;
        }
    }
    if (!found)
        return Status::fail(tr("There is no restriction with that id."));
    if (found->liftedOn.isValid())
        return Status::fail(tr("This restriction was already lifted on %1.")
                                .arg(found->liftedOn.toString(Qt::ISODate)));
    if (Status day = checkDay(liftedOn, tr("The date the restriction is lifted")); !day)
        return day;
    if (liftedOn < found->recordedOn)
        return Status::fail(tr("The restriction cannot be lifted before it was recorded (%1).")
                                .arg(found->recordedOn.toString(Qt::ISODate)));
    return write([&] {
        return m_writer.update(table::restriction, restrictionId,
                               {{QStringLiteral("lifted_on"), sql::fromDate(liftedOn)},
                                {QStringLiteral("lifted_by"), m_writer.actor()},
                                {QStringLiteral("lift_reason"), sql::fromText(reason.trimmed())}});
    });
}

Result<QString> ConsentStore::recordOverride(SafeguardingOverride decision) {
    using R = Result<QString>;
    const FamilyPeople people = FamilyPeople::load(m_database.connection(), decision.familyId);
    if (!people.familyExists())
        return R::fail(tr("There is no family with that id."));
    decision.reason = decision.reason.trimmed();
    if (decision.reason.isEmpty())
        return R::fail(tr("The safeguarding reason is missing: say why sharing must go ahead "
                          "despite the family's wishes."));
    if (!professionalExists(decision.decidedById))
        return R::fail(tr("Who made the safeguarding decision is missing: choose the "
                          "professional."));
    if (!decision.decidedOn.isValid())
        decision.decidedOn = m_database.clock().today();
    if (Status day = checkDay(decision.decidedOn, tr("The date of the decision")); !day)
        return R::fail(day.error());
    if (decision.endsOn.isValid() && decision.endsOn < decision.decidedOn)
        return R::fail(tr("The override ends before it starts: check the end date."));
    if (!decision.restrictionId.isEmpty()) {
        bool known = false;
        for (const Restriction& r : history(decision.familyId).restrictions) {
            if (r.id != decision.restrictionId)
                continue;
            known = true;
            decision.category = r.category;
            decision.aboutPersonId = r.aboutPersonId;
            decision.audienceKind = r.audienceKind;
            decision.audienceId = r.audienceId;
        }
        if (!known)
            return R::fail(tr("The restriction being overridden is not one of this family's."));
    }
    if (Status audience = checkAudience(people, decision.audienceKind, decision.audienceId,
                                        decision.audienceName);
        !audience)
        return R::fail(audience.error());
    if (decision.id.isEmpty())
        decision.id = newId();
    decision.recordedAt = m_database.clock().nowUtc();
    decision.recordedBy = m_writer.actor();
    const Status stored = write([&] {
        const auto inserted = m_writer.insert(table::override_, fieldsOf(decision));
        return inserted ? okStatus() : Status::fail(inserted.error());
    });
    return idOr(stored, decision.id);
}

Result<QString> ConsentStore::logDecision(SharingDecisionEntry entry) {
    entry.purpose = entry.purpose.trimmed();
    if (entry.purpose.isEmpty())
        return Result<QString>::fail(
            tr("Why the information is being shared is missing: say what it is for (for "
               "example \"Family Plan sent after the TAF meeting\")."));
    if (entry.id.isEmpty())
        entry.id = newId();
    entry.decidedAt = m_database.clock().nowUtc();
    entry.decidedBy = m_writer.actor();
    const Status stored = write([&] {
        const auto inserted = m_writer.insert(table::decision, fieldsOf(entry));
        return inserted ? okStatus() : Status::fail(inserted.error());
    });
    return idOr(stored, entry.id);
}

} // namespace kith::consent
