#include "journey/journey_store.h"

#include "journey/journey_fields.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <array>

namespace kith::journey {
namespace {

// A moment a little ahead of the clock is allowed: laptops' clocks differ by minutes.
constexpr qint64 kFutureToleranceSeconds = 10 * 60;

struct StageStep {
    const char* kind;
    Stage stage;
    bool chronology; // a significant event: it goes into the chronology by itself
};

// How each recordable event moves the episode on. Events not listed here (reviews of
// the chronology, TAF meetings, audits) are recorded without changing the stage.
constexpr std::array<StageStep, 7> kStageSteps{{
    {"screened", Stage::Screened, false},
    {"allocated", Stage::Allocated, true},
    {"first_contact", Stage::Contacted, false},
    {"assessment_started", Stage::Assessing, false},
    {"assessment_completed", Stage::Assessed, true},
    {"plan_agreed", Stage::Planned, true},
    {"review_held", Stage::Reviewing, false},
}};

const StageStep* stepFor(const QString& kind) {
    for (const StageStep& step : kStageSteps) {
        if (kind == QLatin1String(step.kind))
            return &step;
    }
    return nullptr;
}

Status asStatus(const Result<qint64>& result) {
    return result ? okStatus() : Status::fail(result.error());
}

template <typename T>
void ensureId(T& record) {
    if (record.id.isEmpty())
        record.id = newId();
}

} // namespace

JourneyStore::JourneyStore(const Database& database)
    : m_database(database)
    , m_writer(database.connection(), database.clock(), database.deviceId())
    , m_reads(database.connection()) {}

QStringList JourneyStore::recordableEventKinds() {
    return {QStringLiteral("direction_decided"),
            QStringLiteral("screened"),
            QStringLiteral("further_screened"),
            QStringLiteral("allocated"),
            QStringLiteral("first_contact"),
            QStringLiteral("assessment_started"),
            QStringLiteral("assessment_completed"),
            QStringLiteral("plan_agreed"),
            QStringLiteral("plan_circulated"),
            QStringLiteral("review_held"),
            QStringLiteral("taf_held"),
            QStringLiteral("chronology_reviewed"),
            QStringLiteral("audit_done")};
}

template <typename Work>
Status JourneyStore::write(Work&& work) {
    return m_writes.run(std::forward<Work>(work));
}

Status JourneyStore::inOneTransaction(const std::function<Status()>& work) {
    return write(work);
}

Status JourneyStore::checkMoment(const Episode& episode, const QDateTime& moment,
                                 const QString& field) const {
    if (!moment.isValid())
        return Status::fail(tr("%1 is missing: give the date and time.").arg(field));
    if (moment < episode.openedAt)
        return Status::fail(tr("%1 is before the request for support was received (%2): check "
                               "the date.")
                                .arg(field, episode.openedAt.toString(Qt::ISODate)));
    if (m_database.clock().nowUtc().secsTo(moment) > kFutureToleranceSeconds)
        return Status::fail(tr("%1 is in the future: record it once it has happened.").arg(field));
    return okStatus();
}

Result<Episode> JourneyStore::openEpisodeFor(const QString& episodeId) const {
    std::optional<Episode> found = episode(episodeId);
    if (!found)
        return Result<Episode>::fail(tr("There is no episode of Early Help with that id."));
    if (!found->isOpen())
        return Result<Episode>::fail(
            tr("This episode of Early Help is closed; open a new one to record more."));
    return Result<Episode>::ok(*found);
}

Result<QString> JourneyStore::openEpisode(Episode episode) {
    ensureId(episode);
    if (episode.familyId.isEmpty())
        return Result<QString>::fail(tr("The episode needs a family."));
    if (!episode.openedAt.isValid())
        return Result<QString>::fail(
            tr("When the request for support was received is missing: give the date and time."));
    if (m_database.clock().nowUtc().secsTo(episode.openedAt) > kFutureToleranceSeconds)
        return Result<QString>::fail(tr("The request for support is dated in the future: check "
                                        "the date."));
    if (openEpisodeOf(episode.familyId))
        return Result<QString>::fail(
            tr("This family already has an open episode of Early Help: close it first."));
    const QDateTime now = m_database.clock().nowUtc();
    episode.stage = Stage::Request;
    episode.closedAt = {};
    episode.createdAt = now;
    episode.updatedAt = now;
    const Status stored = write([&] {
        if (Status done = asStatus(m_writer.insert(table::episode, fieldsOf(episode))); !done)
            return done;
        for (const char* kind : {"episode_opened", "request_received"}) {
            if (auto event = appendEvent(episode, QString::fromLatin1(kind), episode.openedAt, {},
                                         episode.referrer);
                !event)
                return Status::fail(event.error());
        }
        return okStatus();
    });
    return stored ? Result<QString>::ok(episode.id) : Result<QString>::fail(stored.error());
}

Result<QString> JourneyStore::appendEvent(const Episode& episode, const QString& kind,
                                          const QDateTime& occurredAt,
                                          const QString& professionalId, const QString& detail) {
    JourneyEvent event{newId(),         episode.familyId, episode.id, kind,
                       occurredAt,      professionalId,   detail,     m_database.clock().nowUtc(),
                       m_writer.actor()};
    if (auto inserted = m_writer.insert(table::event, fieldsOf(event)); !inserted)
        return Result<QString>::fail(inserted.error());
    const StageStep* step = stepFor(kind);
    if (kind == QLatin1String("episode_closed") || (step && step->chronology)) {
        ChronologyEntry entry;
        entry.id = newId();
        entry.familyId = episode.familyId;
        entry.episodeId = episode.id;
        entry.occurredOn = occurredAt.toLocalTime().date();
        entry.summary = detail.isEmpty() ? JourneyLabels::event(kind)
                                         : tr("%1: %2").arg(JourneyLabels::event(kind), detail);
        entry.source = ChronologyEntry::Source::Journey;
        entry.eventId = event.id;
        entry.recordedAt = event.recordedAt;
        entry.recordedBy = event.recordedBy;
        if (auto inserted = m_writer.insert(table::chronology, fieldsOf(entry)); !inserted)
            return Result<QString>::fail(inserted.error());
    }
    return Result<QString>::ok(event.id);
}

Status JourneyStore::moveTo(Episode& episode, Stage stage, QVariantMap extra) {
    // Stages only move forward: a review after the plan does not undo the plan.
    if (static_cast<int>(stage) > static_cast<int>(episode.stage)) {
        episode.stage = stage;
        extra.insert(QStringLiteral("stage"), stageCode(stage));
    }
    if (extra.isEmpty())
        return okStatus();
    extra.insert(QStringLiteral("updated_at"), sql::fromDateTime(m_database.clock().nowUtc()));
    return m_writer.update(table::episode, episode.id, extra);
}

Result<QString> JourneyStore::recordEvent(const QString& episodeId, const QString& kind,
                                          const QDateTime& occurredAt,
                                          const QString& professionalId, const QString& detail) {
    if (!recordableEventKinds().contains(kind))
        return Result<QString>::fail(
            tr("\"%1\" is not a stage of the journey Kith records; use one of: %2.")
                .arg(kind, recordableEventKinds().join(QStringLiteral(", "))));
    auto found = openEpisodeFor(episodeId);
    if (!found)
        return Result<QString>::fail(found.error());
    Episode episode = std::move(found).value();
    if (Status valid = checkMoment(episode, occurredAt, JourneyLabels::event(kind)); !valid)
        return Result<QString>::fail(valid.error());
    if (kind == QLatin1String("allocated") && professionalId.isEmpty())
        return Result<QString>::fail(tr("Allocation needs the lead professional: choose who."));
    QString eventId;
    const Status stored = write([&] {
        auto event = appendEvent(episode, kind, occurredAt, professionalId, detail);
        if (!event)
            return Status::fail(event.error());
        eventId = event.value();
        QVariantMap extra;
        if (kind == QLatin1String("allocated"))
            extra.insert(QStringLiteral("lead_professional_id"), professionalId);
        const StageStep* step = stepFor(kind);
        return moveTo(episode, step ? step->stage : episode.stage, extra);
    });
    return stored ? Result<QString>::ok(eventId) : Result<QString>::fail(stored.error());
}

Status JourneyStore::recordScreening(const QString& episodeId, ScreeningOutcome outcome,
                                     const QDateTime& decidedAt, const QString& managerId,
                                     const QString& note) {
    auto found = openEpisodeFor(episodeId);
    if (!found)
        return Status::fail(found.error());
    Episode episode = std::move(found).value();
    if (Status valid = checkMoment(episode, decidedAt, tr("The screening decision")); !valid)
        return valid;
    return write([&] {
        for (const char* kind : {"direction_decided", "screened"}) {
            if (auto event =
                    appendEvent(episode, QString::fromLatin1(kind), decidedAt, managerId, note);
                !event)
                return Status::fail(event.error());
        }
        if (Status moved = moveTo(episode, Stage::Screened,
                                  {{QStringLiteral("screening_outcome"), screeningCode(outcome)}});
            !moved)
            return moved;
        if (outcome == ScreeningOutcome::Allocation)
            return okStatus();
        return closeEpisode(episode.id,
                            outcome == ScreeningOutcome::Advice ? ClosureReason::AdviceGiven
                                                                : ClosureReason::Signposted,
                            decidedAt, note, {});
    });
}

Status JourneyStore::allocate(const QString& episodeId, const QString& professionalId,
                              const QDateTime& allocatedAt) {
    auto event = recordEvent(episodeId, QStringLiteral("allocated"), allocatedAt, professionalId);
    return event ? okStatus() : Status::fail(event.error());
}

Status JourneyStore::closeEpisode(const QString& episodeId, ClosureReason reason,
                                  const QDateTime& closedAt, const QString& summary,
                                  const QString& exitPlan) {
    auto found = openEpisodeFor(episodeId);
    if (!found)
        return Status::fail(found.error());
    Episode episode = std::move(found).value();
    if (Status valid = checkMoment(episode, closedAt, tr("The closing date")); !valid)
        return valid;
    return write([&] {
        if (auto event = appendEvent(episode, QStringLiteral("episode_closed"), closedAt, {},
                                     JourneyLabels::closure(reason));
            !event)
            return Status::fail(event.error());
        return moveTo(episode, Stage::Closed,
                      {{QStringLiteral("closed_at"), sql::fromDateTime(closedAt)},
                       {QStringLiteral("closure_reason"), closureCode(reason)},
                       {QStringLiteral("closure_summary"), sql::fromText(summary)},
                       {QStringLiteral("exit_plan"), sql::fromText(exitPlan)}});
    });
}

Result<QString> JourneyStore::addContact(ContactRecord contact) {
    ensureId(contact);
    auto found = openEpisodeFor(contact.episodeId);
    if (!found)
        return Result<QString>::fail(found.error());
    Episode episode = std::move(found).value();
    if (Status valid = checkMoment(episode, contact.happenedAt, tr("When the contact happened"));
        !valid)
        return Result<QString>::fail(valid.error());
    for (const ChildSeen& child : std::as_const(contact.children)) {
        if (child.seenAlone && !child.seen)
            return Result<QString>::fail(
                tr("A child is marked seen alone but not seen: tick \"seen\" as well."));
        if (child.seen && !isVisit(contact.method))
            return Result<QString>::fail(
                tr("A child can only be seen on a visit or face to face, not by %1.")
                    .arg(JourneyLabels::method(contact.method).toLower()));
    }
    // When it was entered is now, unless an import brings the original moment with it.
    const QDateTime now = m_database.clock().nowUtc();
    if (!contact.recordedAt.isValid() || contact.recordedAt > now ||
        contact.recordedAt < contact.happenedAt)
        contact.recordedAt = now;
    contact.recordedBy = m_writer.actor();
    contact.familyId = episode.familyId;
    const bool firstContact = contact.method != ContactMethod::Letter &&
                              contact.method != ContactMethod::Email &&
                              contact.method != ContactMethod::Text &&
                              static_cast<int>(episode.stage) < static_cast<int>(Stage::Contacted);
    const Status stored = write([&] {
        if (Status done = asStatus(m_writer.insert(table::contact, fieldsOf(contact))); !done)
            return done;
        for (ChildSeen& child : contact.children) {
            ensureId(child);
            child.contactId = contact.id;
            child.familyId = contact.familyId;
            if (Status done = asStatus(m_writer.insert(table::contactChild, fieldsOf(child)));
                !done)
                return done;
        }
        if (!firstContact)
            return okStatus();
        if (auto event = appendEvent(episode, QStringLiteral("first_contact"), contact.happenedAt,
                                     contact.professionalId, JourneyLabels::method(contact.method));
            !event)
            return Status::fail(event.error());
        return moveTo(episode, Stage::Contacted);
    });
    return stored ? Result<QString>::ok(contact.id) : Result<QString>::fail(stored.error());
}

Result<QString> JourneyStore::addNote(CaseNote note) {
    ensureId(note);
    if (note.body.trimmed().isEmpty())
        return Result<QString>::fail(tr("The case note is empty: write what happened."));
    const std::optional<Episode> noted = episode(note.episodeId);
    if (!noted)
        return Result<QString>::fail(tr("There is no episode of Early Help with that id."));
    note.familyId = noted->familyId;
    note.writtenAt = m_database.clock().nowUtc();
    note.writtenBy = m_writer.actor();
    const Status stored =
        write([&] { return asStatus(m_writer.insert(table::caseNote, fieldsOf(note))); });
    return stored ? Result<QString>::ok(note.id) : Result<QString>::fail(stored.error());
}

Result<QString> JourneyStore::addChronologyEntry(ChronologyEntry entry) {
    ensureId(entry);
    if (entry.summary.trimmed().isEmpty())
        return Result<QString>::fail(tr("The chronology entry is empty: say what happened."));
    if (!entry.occurredOn.isValid())
        return Result<QString>::fail(tr("The chronology entry has no date: give the day it "
                                        "happened."));
    if (entry.occurredOn > m_database.clock().today())
        return Result<QString>::fail(
            tr("The chronology entry is dated in the future: give the day it happened."));
    entry.source = ChronologyEntry::Source::Manual;
    entry.recordedAt = m_database.clock().nowUtc();
    entry.recordedBy = m_writer.actor();
    const Status stored =
        write([&] { return asStatus(m_writer.insert(table::chronology, fieldsOf(entry))); });
    return stored ? Result<QString>::ok(entry.id) : Result<QString>::fail(stored.error());
}

Result<QString> JourneyStore::addSupervision(SupervisionRecord record) {
    ensureId(record);
    auto found = openEpisodeFor(record.episodeId);
    if (!found)
        return Result<QString>::fail(found.error());
    if (record.discussion.trimmed().isEmpty())
        return Result<QString>::fail(tr("The discussion is empty: write what was discussed."));
    if (Status valid = checkMoment(found.value(), record.heldAt, tr("When supervision was held"));
        !valid)
        return Result<QString>::fail(valid.error());
    record.familyId = found.value().familyId;
    record.recordedAt = m_database.clock().nowUtc();
    record.recordedBy = m_writer.actor();
    const Status stored =
        write([&] { return asStatus(m_writer.insert(table::supervision, fieldsOf(record))); });
    return stored ? Result<QString>::ok(record.id) : Result<QString>::fail(stored.error());
}

} // namespace kith::journey
