#pragma once

#include "meeting/meeting_model.h"
#include "meeting/meeting_policy.h"
#include "store/database.h"
#include "store/record_writer.h"
#include "store/write_scope.h"

#include <QCoreApplication>
#include <functional>

namespace kith {
class FamilyStore;
}

namespace kith::meeting {

// What is needed to put a meeting in the diary.
struct NewMeeting {
    QString familyId;
    MeetingKind kind = MeetingKind::First;
    QDateTime startsAt; // any time spec; stored as UTC
    int durationMinutes = 60;
    QString place;
    QString chairProfessionalId; // optional
};

// Keeps TAF meetings. Every write goes through the RecordWriter in one transaction and is
// checked first: a refusal says which field and what to do, and stores nothing. Notes, lead
// professional changes and circulation records are kept as written (append-only).
class MeetingStore {
    Q_DECLARE_TR_FUNCTIONS(kith::meeting::MeetingStore)

public:
    // Uses the store's meeting policy (MeetingPolicy::forStore), or the defaults when the
    // policy cannot be read.
    explicit MeetingStore(const Database& database);

    // Who is writing (a professional id): recorded on notes, changes and audit events.
    void setActor(const QString& actor) { m_writer.setActor(actor); }
    void setPolicy(const MeetingPolicy& policy) { m_policy = policy; }
    const MeetingPolicy& policy() const { return m_policy; }
    // Runs `work` (several writes) in one transaction: for imports and demo data.
    Status inOneTransaction(const std::function<Status()>& work);

    Result<QString> schedule(const NewMeeting& meeting);
    // Moves a planned meeting.
    Status reschedule(const QString& meetingId, const QDateTime& startsAt, int durationMinutes,
                      const QString& place);
    // Adds someone to the meeting (as invited, present or sent apologies); returns the
    // attendee's id. A family member must belong to the family; a professional must be known.
    Result<QString> addAttendee(const QString& meetingId, const Attendee& attendee);
    Status setAttendance(const QString& meetingId, const QString& attendeeId,
                         Attendance attendance);
    // A note under agenda step 1..8.
    Result<QString> addNote(const QString& meetingId, int step, const QString& text);
    // For reviews and closing meetings; replaces what was recorded before.
    Status recordReview(const QString& meetingId, const ReviewOutcome& outcome);
    // Records the meeting as held: at least one person present, the plan version agreed (may
    // be empty when no plan was agreed, e.g. a closing meeting), and the next review date
    // (invalid: the policy's default, none for a closing meeting). A date beyond the
    // policy's range, or more than 12 weeks on, is refused.
    Status hold(const QString& meetingId, const QString& agreedPlanVersionId,
                const QDate& nextReviewOn = {});
    // Changes the next review date of a held meeting (same checks).
    Status setNextReview(const QString& meetingId, const QDate& nextReviewOn);
    Status cancel(const QString& meetingId, const QString& reason);

    std::optional<Meeting> load(const QString& meetingId) const;
    QList<Meeting> list(const QString& familyId) const; // by start, oldest first

    // The first meeting names the lead professional with the family's agreement
    // (agreedByPersonIds: at least one family member present). The family's lead
    // professional is changed through `families` (its own transaction, first; then the
    // appointment record). Returns the LeadChange id.
    Result<QString> appointLead(FamilyStore& families, const QString& meetingId,
                                const QString& professionalId,
                                const QStringList& agreedByPersonIds);
    // A later change of lead: from the current lead to `toProfessionalId`, starting `on`,
    // with the reason. meetingId may be empty (agreed between meetings); agreedByPersonIds
    // are the family members who agreed to the change (seed 003: agree it with the family).
    Result<QString> handOverLead(FamilyStore& families, const QString& familyId,
                                 const QString& toProfessionalId, const QDate& on,
                                 const QString& why, const QString& meetingId = {},
                                 const QStringList& agreedByPersonIds = {});
    QList<LeadChange> leadChanges(const QString& familyId) const; // oldest first

    // Records that the agreed plan was sent to one person present at a held meeting;
    // an invalid `sentAt` means now.
    Result<QString> recordCirculation(const QString& meetingId, const QString& attendeeId,
                                      const QDateTime& sentAt, const QString& how);
    QList<Circulation> circulation(const QString& meetingId) const; // oldest first
    // Due by: circulateWithin (policy) after the meeting day, on the working calendar.
    CirculationStatus circulationStatus(const Meeting& meeting) const;
    QDate circulationDueBy(const Meeting& meeting) const;

private:
    template <typename Work>
    Status write(Work&& work);
    Status checkActor() const;
    Result<Meeting> planned(const QString& meetingId) const;
    Status checkAttendee(const QString& familyId, const Attendee& attendee) const;
    Result<QString> recordLeadChange(const LeadChange& change);

    const Database& m_database;
    store::RecordWriter m_writer;
    MeetingPolicy m_policy;
    store::WriteScope m_writes{m_database, m_writer};
};

} // namespace kith::meeting
