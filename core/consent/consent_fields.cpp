#include "consent/consent_fields.h"

#include "store/sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::consent {
namespace {

using sql::fromDate;
using sql::fromDateTime;
using sql::fromText;
using store::Row;

const QString kAgency = QStringLiteral("agency");
const QString kName = QStringLiteral("name");
const QString kShare = QStringLiteral("share");

} // namespace

QString encodeChoices(const QList<AgencyChoice>& choices) {
    QJsonArray array;
    for (const AgencyChoice& choice : choices)
        array.append(QJsonObject{
            {kAgency, choice.agencyKey}, {kName, choice.agencyName}, {kShare, choice.share}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<AgencyChoice> decodeChoices(const QString& text) {
    QList<AgencyChoice> choices;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject item = value.toObject();
        choices.append({item.value(kAgency).toString(), item.value(kName).toString(),
                        item.value(kShare).toBool()});
    }
    return choices;
}

QVariantMap fieldsOf(const ConsentRecord& record) {
    return {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("family_id"), record.familyId},
        {QStringLiteral("event"), eventCode(record.event)},
        {QStringLiteral("subject_person_id"), fromText(record.subjectPersonId)},
        {QStringLiteral("given_by_person_id"), record.givenByPersonId},
        {QStringLiteral("obtained_by"), record.obtainedById},
        {QStringLiteral("given_on"), fromDate(record.givenOn)},
        {QStringLiteral("method"), methodCode(record.method)},
        {QStringLiteral("to_record"), record.toRecord ? 1 : 0},
        {QStringLiteral("to_store"), record.toStore ? 1 : 0},
        {QStringLiteral("agencies"), encodeChoices(record.agencies)},
        {QStringLiteral("competence_note"), fromText(record.competenceNote)},
        {QStringLiteral("signature"), fromText(record.signature)},
        {QStringLiteral("note"), fromText(record.note)},
        {QStringLiteral("recorded_at"), fromDateTime(record.recordedAt)},
        {QStringLiteral("recorded_by"), record.recordedBy},
    };
}

QVariantMap fieldsOf(const Restriction& restriction) {
    return {
        {QStringLiteral("id"), restriction.id},
        {QStringLiteral("family_id"), restriction.familyId},
        {QStringLiteral("category"), categoryCode(restriction.category)},
        {QStringLiteral("about_person_id"), fromText(restriction.aboutPersonId)},
        {QStringLiteral("audience_kind"), audienceKindCode(restriction.audienceKind)},
        {QStringLiteral("audience_id"), fromText(restriction.audienceId)},
        {QStringLiteral("audience_name"), fromText(restriction.audienceName)},
        {QStringLiteral("family_words"), restriction.familyWords},
        {QStringLiteral("requested_by_person_id"), fromText(restriction.requestedByPersonId)},
        {QStringLiteral("recorded_on"), fromDate(restriction.recordedOn)},
        {QStringLiteral("recorded_by"), restriction.recordedBy},
        {QStringLiteral("lifted_on"), fromDate(restriction.liftedOn)},
        {QStringLiteral("lifted_by"), fromText(restriction.liftedBy)},
        {QStringLiteral("lift_reason"), fromText(restriction.liftReason)},
    };
}

QVariantMap fieldsOf(const SafeguardingOverride& decision) {
    return {
        {QStringLiteral("id"), decision.id},
        {QStringLiteral("family_id"), decision.familyId},
        {QStringLiteral("restriction_id"), fromText(decision.restrictionId)},
        {QStringLiteral("category"), categoryCode(decision.category)},
        {QStringLiteral("about_person_id"), fromText(decision.aboutPersonId)},
        {QStringLiteral("audience_kind"), audienceKindCode(decision.audienceKind)},
        {QStringLiteral("audience_id"), fromText(decision.audienceId)},
        {QStringLiteral("audience_name"), fromText(decision.audienceName)},
        {QStringLiteral("reason"), decision.reason},
        {QStringLiteral("decided_by"), decision.decidedById},
        {QStringLiteral("decided_on"), fromDate(decision.decidedOn)},
        {QStringLiteral("ends_on"), fromDate(decision.endsOn)},
        {QStringLiteral("recorded_at"), fromDateTime(decision.recordedAt)},
        {QStringLiteral("recorded_by"), decision.recordedBy},
    };
}

QVariantMap fieldsOf(const SharingDecisionEntry& entry) {
    return {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("family_id"), entry.familyId},
        {QStringLiteral("category"), categoryCode(entry.category)},
        {QStringLiteral("about_person_id"), fromText(entry.aboutPersonId)},
        {QStringLiteral("audience_kind"), audienceKindCode(entry.audienceKind)},
        {QStringLiteral("audience_id"), fromText(entry.audienceId)},
        {QStringLiteral("audience_name"), fromText(entry.audienceName)},
        {QStringLiteral("shared"), entry.shared ? 1 : 0},
        {QStringLiteral("basis"), entry.basis},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("purpose"), entry.purpose},
        {QStringLiteral("override_id"), fromText(entry.overrideId)},
        {QStringLiteral("restriction_id"), fromText(entry.restrictionId)},
        {QStringLiteral("decided_at"), fromDateTime(entry.decidedAt)},
        {QStringLiteral("decided_by"), entry.decidedBy},
    };
}

ConsentRecord consentRecordFrom(const Row& row) {
    ConsentRecord record;
    record.id = row.text("id");
    record.familyId = row.text("family_id");
    record.event = eventFromCode(row.text("event")).value_or(ConsentEvent::Given);
    record.subjectPersonId = row.text("subject_person_id");
    record.givenByPersonId = row.text("given_by_person_id");
    record.obtainedById = row.text("obtained_by");
    record.givenOn = row.date("given_on");
    record.method = methodFromCode(row.text("method")).value_or(ConsentMethod::Verbal);
    record.toRecord = row.flag("to_record");
    record.toStore = row.flag("to_store");
    record.agencies = decodeChoices(row.text("agencies"));
    record.competenceNote = row.text("competence_note");
    record.signature = row.text("signature");
    record.note = row.text("note");
    record.recordedAt = row.moment("recorded_at");
    record.recordedBy = row.text("recorded_by");
    return record;
}

Restriction restrictionFrom(const Row& row) {
    Restriction restriction;
    restriction.id = row.text("id");
    restriction.familyId = row.text("family_id");
    restriction.category = categoryFromCode(row.text("category")).value_or(Category::Everything);
    restriction.aboutPersonId = row.text("about_person_id");
    restriction.audienceKind =
        audienceKindFromCode(row.text("audience_kind")).value_or(AudienceKind::Agency);
    restriction.audienceId = row.text("audience_id");
    restriction.audienceName = row.text("audience_name");
    restriction.familyWords = row.text("family_words");
    restriction.requestedByPersonId = row.text("requested_by_person_id");
    restriction.recordedOn = row.date("recorded_on");
    restriction.recordedBy = row.text("recorded_by");
    restriction.liftedOn = row.date("lifted_on");
    restriction.liftedBy = row.text("lifted_by");
    restriction.liftReason = row.text("lift_reason");
    return restriction;
}

SafeguardingOverride overrideFrom(const Row& row) {
    SafeguardingOverride decision;
    decision.id = row.text("id");
    decision.familyId = row.text("family_id");
    decision.restrictionId = row.text("restriction_id");
    decision.category = categoryFromCode(row.text("category")).value_or(Category::Everything);
    decision.aboutPersonId = row.text("about_person_id");
    decision.audienceKind =
        audienceKindFromCode(row.text("audience_kind")).value_or(AudienceKind::Agency);
    decision.audienceId = row.text("audience_id");
    decision.audienceName = row.text("audience_name");
    decision.reason = row.text("reason");
    decision.decidedById = row.text("decided_by");
    decision.decidedOn = row.date("decided_on");
    decision.endsOn = row.date("ends_on");
    decision.recordedAt = row.moment("recorded_at");
    decision.recordedBy = row.text("recorded_by");
    return decision;
}

SharingDecisionEntry decisionFrom(const Row& row) {
    SharingDecisionEntry entry;
    entry.id = row.text("id");
    entry.familyId = row.text("family_id");
    entry.category = categoryFromCode(row.text("category")).value_or(Category::Everything);
    entry.aboutPersonId = row.text("about_person_id");
    entry.audienceKind =
        audienceKindFromCode(row.text("audience_kind")).value_or(AudienceKind::Agency);
    entry.audienceId = row.text("audience_id");
    entry.audienceName = row.text("audience_name");
    entry.shared = row.flag("shared");
    entry.basis = row.text("basis");
    entry.reason = row.text("reason");
    entry.purpose = row.text("purpose");
    entry.overrideId = row.text("override_id");
    entry.restrictionId = row.text("restriction_id");
    entry.decidedAt = row.moment("decided_at");
    entry.decidedBy = row.text("decided_by");
    return entry;
}

} // namespace kith::consent
