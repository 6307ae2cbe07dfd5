#pragma once

#include "journey/journey_model.h"
#include "store/database.h"
#include "store/record_writer.h"
#include "store/statement_cache.h"
#include "store/write_scope.h"
#include "util/result.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace kith::journey {

// Reads and writes a family's journey. Every write goes through the RecordWriter in one
// transaction, so each row reaches the change log with it; the events that deadlines
// count from are written here too (first contact when the first contact is recorded,
// a chronology entry when a lead professional is allocated, an assessment completed, a
// plan agreed or the episode closed).
class JourneyStore {
    Q_DECLARE_TR_FUNCTIONS(kith::journey::JourneyStore)

public:
    explicit JourneyStore(const Database& database);

    void setActor(const QString& actor) { m_writer.setActor(actor); }

    // Runs `work` (several writes) in one transaction: for imports and demo data.
    Status inOneTransaction(const std::function<Status()>& work);

    // Opens an episode from a request for support; the family must have none open.
    Result<QString> openEpisode(Episode episode);
    // The screening decision. Advice or signposting closes the episode; allocation
    // leaves it waiting for a lead professional.
    Status recordScreening(const QString& episodeId, ScreeningOutcome outcome,
                           const QDateTime& decidedAt, const QString& managerId,
                           const QString& note = {});
    // Names the lead professional, who from then on answers for the family's deadlines.
    Status allocate(const QString& episodeId, const QString& professionalId,
                    const QDateTime& allocatedAt);
    // Records a stage of the journey ("assessment_started", "plan_agreed",
    // "review_held", "chronology_reviewed", ...; see recordableEventKinds()).
    Result<QString> recordEvent(const QString& episodeId, const QString& kind,
                                const QDateTime& occurredAt, const QString& professionalId = {},
                                const QString& detail = {});
    Status closeEpisode(const QString& episodeId, ClosureReason reason, const QDateTime& closedAt,
                        const QString& summary, const QString& exitPlan);

    // A contact or visit with the children seen. The first contact in person or by
    // phone also records the episode's "first_contact" event. It is entered now, unless
    // `recordedAt` holds an earlier moment after the contact (records brought in from
    // another system keep when they were first entered).
    Result<QString> addContact(ContactRecord contact);
    // A case note; to correct one, add a note whose `amendsId` names it.
    Result<QString> addNote(CaseNote note);
    Result<QString> addChronologyEntry(ChronologyEntry entry);
    Result<QString> addSupervision(SupervisionRecord record);

    std::optional<Episode> episode(const QString& episodeId) const;
    std::optional<Episode> openEpisodeOf(const QString& familyId) const;
    QList<Episode> episodesOf(const QString& familyId) const; // newest first
    QList<JourneyEvent> eventsOf(const QString& episodeId) const;
    QList<ContactRecord> contactsOf(const QString& episodeId) const; // newest first
    QList<CaseNote> notesOf(const QString& episodeId) const;
    QList<ChronologyEntry> chronologyOf(const QString& familyId) const; // oldest first
    QList<SupervisionRecord> supervisionOf(const QString& episodeId) const;

    // The kinds recordEvent() accepts.
    static QStringList recordableEventKinds();

private:
    template <typename Work>
    Status write(Work&& work);
    Result<QString> appendEvent(const Episode& episode, const QString& kind,
                                const QDateTime& occurredAt, const QString& professionalId,
                                const QString& detail);
    Status moveTo(Episode& episode, Stage stage, QVariantMap extra = {});
    Status checkMoment(const Episode& episode, const QDateTime& moment, const QString& field) const;
    Result<Episode> openEpisodeFor(const QString& episodeId) const;

    const Database& m_database;
    store::RecordWriter m_writer;
    mutable store::StatementCache m_reads;
    store::WriteScope m_writes{m_database, m_writer};
};

} // namespace kith::journey
