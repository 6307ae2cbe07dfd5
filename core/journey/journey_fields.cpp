#include "journey/journey_fields.h"

#include "store/sql_support.h"

namespace kith::journey {
namespace {

using sql::fromDate;
using sql::fromDateTime;
using sql::fromText;
using store::Row;

QString text(const Row& row, const char* column) {
    return row.value(column).toString();
}
QDateTime moment(const Row& row, const char* column) {
    return sql::toDateTime(row.value(column));
}
bool flag(const Row& row, const char* column) {
    return row.value(column).toInt() != 0;
}

template <typename T>
QVariant optionalCode(const std::optional<T>& value, QString (*code)(T)) {
    return value ? QVariant(code(*value)) : QVariant();
}

} // namespace

QVariantMap fieldsOf(const Episode& episode) {
    return {
        {QStringLiteral("id"), episode.id},
        {QStringLiteral("family_id"), episode.familyId},
        {QStringLiteral("opened_at"), fromDateTime(episode.openedAt)},
        {QStringLiteral("referrer"), fromText(episode.referrer)},
        {QStringLiteral("referrer_agency_id"), fromText(episode.referrerAgencyId)},
        {QStringLiteral("consent_given"), episode.consentGiven ? 1 : 0},
        {QStringLiteral("response_requested"), responseCode(episode.responseRequested)},
        {QStringLiteral("screening_outcome"),
         optionalCode(episode.screeningOutcome, screeningCode)},
        {QStringLiteral("stage"), stageCode(episode.stage)},
        {QStringLiteral("lead_professional_id"), fromText(episode.leadProfessionalId)},
        {QStringLiteral("closed_at"), fromDateTime(episode.closedAt)},
        {QStringLiteral("closure_reason"), optionalCode(episode.closureReason, closureCode)},
        {QStringLiteral("closure_summary"), fromText(episode.closureSummary)},
        {QStringLiteral("exit_plan"), fromText(episode.exitPlan)},
        {QStringLiteral("created_at"), fromDateTime(episode.createdAt)},
        {QStringLiteral("updated_at"), fromDateTime(episode.updatedAt)},
    };
}

QVariantMap fieldsOf(const JourneyEvent& event) {
    return {
        {QStringLiteral("id"), event.id},
        {QStringLiteral("family_id"), event.familyId},
        {QStringLiteral("episode_id"), event.episodeId},
        {QStringLiteral("kind"), event.kind},
        {QStringLiteral("occurred_at"), fromDateTime(event.occurredAt)},
        {QStringLiteral("professional_id"), fromText(event.professionalId)},
        {QStringLiteral("detail"), fromText(event.detail)},
        {QStringLiteral("recorded_at"), fromDateTime(event.recordedAt)},
        {QStringLiteral("recorded_by"), event.recordedBy},
    };
}

QVariantMap fieldsOf(const ContactRecord& contact) {
    return {
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("family_id"), contact.familyId},
        {QStringLiteral("episode_id"), contact.episodeId},
        {QStringLiteral("method"), methodCode(contact.method)},
        {QStringLiteral("purpose"), fromText(contact.purpose)},
        {QStringLiteral("happened_at"), fromDateTime(contact.happenedAt)},
        {QStringLiteral("professional_id"), fromText(contact.professionalId)},
        {QStringLiteral("recorded_at"), fromDateTime(contact.recordedAt)},
        {QStringLiteral("recorded_by"), contact.recordedBy},
    };
}

QVariantMap fieldsOf(const ChildSeen& child) {
    return {
        {QStringLiteral("id"), child.id},
        {QStringLiteral("family_id"), child.familyId},
        {QStringLiteral("contact_id"), child.contactId},
        {QStringLiteral("person_id"), child.personId},
        {QStringLiteral("seen"), child.seen ? 1 : 0},
        {QStringLiteral("seen_alone"), child.seenAlone ? 1 : 0},
    };
}

QVariantMap fieldsOf(const CaseNote& note) {
    return {
        {QStringLiteral("id"), note.id},
        {QStringLiteral("family_id"), note.familyId},
        {QStringLiteral("episode_id"), note.episodeId},
        {QStringLiteral("contact_id"), fromText(note.contactId)},
        {QStringLiteral("amends_id"), fromText(note.amendsId)},
        {QStringLiteral("body"), note.body},
        {QStringLiteral("written_at"), fromDateTime(note.writtenAt)},
        {QStringLiteral("written_by"), note.writtenBy},
    };
}

QVariantMap fieldsOf(const ChronologyEntry& entry) {
    return {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("family_id"), entry.familyId},
        {QStringLiteral("episode_id"), fromText(entry.episodeId)},
        {QStringLiteral("occurred_on"), fromDate(entry.occurredOn)},
        {QStringLiteral("summary"), entry.summary},
        {QStringLiteral("source"), entry.source == ChronologyEntry::Source::Journey
                                       ? QStringLiteral("journey")
                                       : QStringLiteral("manual")},
        {QStringLiteral("event_id"), fromText(entry.eventId)},
        {QStringLiteral("amends_id"), fromText(entry.amendsId)},
        {QStringLiteral("recorded_at"), fromDateTime(entry.recordedAt)},
        {QStringLiteral("recorded_by"), entry.recordedBy},
    };
}

QVariantMap fieldsOf(const SupervisionRecord& record) {
    return {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("family_id"), record.familyId},
        {QStringLiteral("episode_id"), record.episodeId},
        {QStringLiteral("kind"), record.kind == SupervisionRecord::Kind::Supervision
                                     ? QStringLiteral("supervision")
                                     : QStringLiteral("oversight")},
        {QStringLiteral("held_at"), fromDateTime(record.heldAt)},
        {QStringLiteral("manager_id"), fromText(record.managerId)},
        {QStringLiteral("practitioner_id"), fromText(record.practitionerId)},
        {QStringLiteral("discussion"), record.discussion},
        {QStringLiteral("actions"), fromText(record.actions)},
        {QStringLiteral("recorded_at"), fromDateTime(record.recordedAt)},
        {QStringLiteral("recorded_by"), record.recordedBy},
    };
}

Episode episodeFrom(const Row& row) {
    Episode episode;
    episode.id = text(row, "id");
    episode.familyId = text(row, "family_id");
    episode.openedAt = moment(row, "opened_at");
    episode.referrer = text(row, "referrer");
    episode.referrerAgencyId = text(row, "referrer_agency_id");
    episode.consentGiven = flag(row, "consent_given");
    episode.responseRequested =
        responseFromCode(text(row, "response_requested")).value_or(ResponseRequested::EarlyHelp);
    episode.screeningOutcome = screeningFromCode(text(row, "screening_outcome"));
    episode.stage = stageFromCode(text(row, "stage")).value_or(Stage::Request);
    episode.leadProfessionalId = text(row, "lead_professional_id");
    episode.closedAt = moment(row, "closed_at");
    episode.closureReason = closureFromCode(text(row, "closure_reason"));
    episode.closureSummary = text(row, "closure_summary");
    episode.exitPlan = text(row, "exit_plan");
    episode.createdAt = moment(row, "created_at");
    episode.updatedAt = moment(row, "updated_at");
    return episode;
}

JourneyEvent eventFrom(const Row& row) {
    return {text(row, "id"),     text(row, "family_id"),     text(row, "episode_id"),
            text(row, "kind"),   moment(row, "occurred_at"), text(row, "professional_id"),
            text(row, "detail"), moment(row, "recorded_at"), text(row, "recorded_by")};
}

ContactRecord contactFrom(const Row& row) {
    ContactRecord contact;
    contact.id = text(row, "id");
    contact.familyId = text(row, "family_id");
    contact.episodeId = text(row, "episode_id");
    contact.method = methodFromCode(text(row, "method")).value_or(ContactMethod::HomeVisit);
    contact.purpose = text(row, "purpose");
    contact.happenedAt = moment(row, "happened_at");
    contact.professionalId = text(row, "professional_id");
    contact.recordedAt = moment(row, "recorded_at");
    contact.recordedBy = text(row, "recorded_by");
    return contact;
}

ChildSeen childSeenFrom(const Row& row) {
    return {text(row, "id"),        text(row, "family_id"), text(row, "contact_id"),
            text(row, "person_id"), flag(row, "seen"),      flag(row, "seen_alone")};
}

CaseNote noteFrom(const Row& row) {
    return {text(row, "id"),           text(row, "family_id"), text(row, "episode_id"),
            text(row, "contact_id"),   text(row, "amends_id"), text(row, "body"),
            moment(row, "written_at"), text(row, "written_by")};
}

ChronologyEntry chronologyFrom(const Row& row) {
    ChronologyEntry entry;
    entry.id = text(row, "id");
    entry.familyId = text(row, "family_id");
    entry.episodeId = text(row, "episode_id");
    entry.occurredOn = sql::toDate(row.value("occurred_on"));
    entry.summary = text(row, "summary");
    entry.source = text(row, "source") == QLatin1String("journey")
                       ? ChronologyEntry::Source::Journey
                       : ChronologyEntry::Source::Manual;
    entry.eventId = text(row, "event_id");
    entry.amendsId = text(row, "amends_id");
    entry.recordedAt = moment(row, "recorded_at");
    entry.recordedBy = text(row, "recorded_by");
    return entry;
}

SupervisionRecord supervisionFrom(const Row& row) {
    SupervisionRecord record;
    record.id = text(row, "id");
    record.familyId = text(row, "family_id");
    record.episodeId = text(row, "episode_id");
    record.kind = text(row, "kind") == QLatin1String("oversight")
                      ? SupervisionRecord::Kind::Oversight
                      : SupervisionRecord::Kind::Supervision;
    record.heldAt = moment(row, "held_at");
    record.managerId = text(row, "manager_id");
    record.practitionerId = text(row, "practitioner_id");
    record.discussion = text(row, "discussion");
    record.actions = text(row, "actions");
    record.recordedAt = moment(row, "recorded_at");
    record.recordedBy = text(row, "recorded_by");
    return record;
}

} // namespace kith::journey
