#include "journey/journey_fields.h"

#include "store/sql_support.h"

namespace kith::journey {
namespace {

using sql::fromDate;
using sql::fromDateTime;
using sql::fromText;
using store::Row;

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
    episode.id = row.text("id");
    episode.familyId = row.text("family_id");
    episode.openedAt = row.moment("opened_at");
    episode.referrer = row.text("referrer");
    episode.referrerAgencyId = row.text("referrer_agency_id");
    episode.consentGiven = row.flag("consent_given");
    episode.responseRequested =
        responseFromCode(row.text("response_requested")).value_or(ResponseRequested::EarlyHelp);
    episode.screeningOutcome = screeningFromCode(row.text("screening_outcome"));
    episode.stage = stageFromCode(row.text("stage")).value_or(Stage::Request);
    episode.leadProfessionalId = row.text("lead_professional_id");
    episode.closedAt = row.moment("closed_at");
    episode.closureReason = closureFromCode(row.text("closure_reason"));
    episode.closureSummary = row.text("closure_summary");
    episode.exitPlan = row.text("exit_plan");
    episode.createdAt = row.moment("created_at");
    episode.updatedAt = row.moment("updated_at");
    return episode;
}

JourneyEvent eventFrom(const Row& row) {
    return {row.text("id"),     row.text("family_id"),     row.text("episode_id"),
            row.text("kind"),   row.moment("occurred_at"), row.text("professional_id"),
            row.text("detail"), row.moment("recorded_at"), row.text("recorded_by")};
}

ContactRecord contactFrom(const Row& row) {
    ContactRecord contact;
    contact.id = row.text("id");
    contact.familyId = row.text("family_id");
    contact.episodeId = row.text("episode_id");
    contact.method = methodFromCode(row.text("method")).value_or(ContactMethod::HomeVisit);
    contact.purpose = row.text("purpose");
    contact.happenedAt = row.moment("happened_at");
    contact.professionalId = row.text("professional_id");
    contact.recordedAt = row.moment("recorded_at");
    contact.recordedBy = row.text("recorded_by");
    return contact;
}

ChildSeen childSeenFrom(const Row& row) {
    return {row.text("id"),        row.text("family_id"), row.text("contact_id"),
            row.text("person_id"), row.flag("seen"),      row.flag("seen_alone")};
}

CaseNote noteFrom(const Row& row) {
    return {row.text("id"),           row.text("family_id"), row.text("episode_id"),
            row.text("contact_id"),   row.text("amends_id"), row.text("body"),
            row.moment("written_at"), row.text("written_by")};
}

ChronologyEntry chronologyFrom(const Row& row) {
    ChronologyEntry entry;
    entry.id = row.text("id");
    entry.familyId = row.text("family_id");
    entry.episodeId = row.text("episode_id");
    entry.occurredOn = sql::toDate(row.value("occurred_on"));
    entry.summary = row.text("summary");
    entry.source = row.text("source") == QLatin1String("journey") ? ChronologyEntry::Source::Journey
                                                                  : ChronologyEntry::Source::Manual;
    entry.eventId = row.text("event_id");
    entry.amendsId = row.text("amends_id");
    entry.recordedAt = row.moment("recorded_at");
    entry.recordedBy = row.text("recorded_by");
    return entry;
}

SupervisionRecord supervisionFrom(const Row& row) {
    SupervisionRecord record;
    record.id = row.text("id");
    record.familyId = row.text("family_id");
    record.episodeId = row.text("episode_id");
    record.kind = row.text("kind") == QLatin1String("oversight")
                      ? SupervisionRecord::Kind::Oversight
                      : SupervisionRecord::Kind::Supervision;
    record.heldAt = row.moment("held_at");
    record.managerId = row.text("manager_id");
    record.practitionerId = row.text("practitioner_id");
    record.discussion = row.text("discussion");
    record.actions = row.text("actions");
    record.recordedAt = row.moment("recorded_at");
    record.recordedBy = row.text("recorded_by");
    return record;
}

} // namespace kith::journey
