#pragma once

// Team Around the Family (TAF) meetings: the first meeting that agrees the plan and names
// the lead professional, reviews of that plan, and the closing meeting (DOMAIN.md; seed 003
// "Team Around the Family (TAF) Meetings", "Review"; seed 000 "The TAF process").

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kith::meeting {

enum class MeetingKind { First, Review, Closing };
enum class MeetingStatus { Planned, Held, Cancelled };

// Who an attendee is: a member of the family (by person id), a professional (by id), or
// someone else named in words (an interpreter, an advocate, a grandparent not on file).
enum class AttendeeKind { FamilyMember, Professional, Other };
enum class Attendance { Invited, Present, Apologies };

// At a review: is life better for the family than at the last meeting?
enum class Judgement { NotRecorded, Better, NoChange, Worse };
// Have the worries about the family gone up, down or stayed the same?
enum class ConcernTrend { NotRecorded, Up, Down, Same };

// Lead professional changes recorded with meetings.
enum class LeadChangeKind { Appointed, HandedOver };

// Stable codes (stored and exported) and plain titles for people.
QString kindCode(MeetingKind kind); // "first", "review", "closing"
std::optional<MeetingKind> kindFromCode(const QString& code);
QString kindTitle(MeetingKind kind);      // "First TAF meeting", ...
QString statusCode(MeetingStatus status); // "planned", "held", "cancelled"
std::optional<MeetingStatus> statusFromCode(const QString& code);
QString statusTitle(MeetingStatus status);
QString attendeeKindCode(AttendeeKind kind); // "family_member", "professional", "other"
std::optional<AttendeeKind> attendeeKindFromCode(const QString& code);
QString attendanceCode(Attendance attendance); // "invited", "present", "apologies"
std::optional<Attendance> attendanceFromCode(const QString& code);
QString attendanceTitle(Attendance attendance);
QString judgementCode(Judgement judgement); // "" (not recorded), "better", "no_change", "worse"
std::optional<Judgement> judgementFromCode(const QString& code);
QString judgementTitle(Judgement judgement);
QString concernCode(ConcernTrend trend); // "" (not recorded), "up", "down", "same"
std::optional<ConcernTrend> concernFromCode(const QString& code);
QString concernTitle(ConcernTrend trend);
QString leadChangeCode(LeadChangeKind kind); // "appointed", "handed_over"
std::optional<LeadChangeKind> leadChangeFromCode(const QString& code);

struct Attendee {
    QString id;
    AttendeeKind kind = AttendeeKind::Other;
    QString personId;       // FamilyMember: the person's id in this family
    QString professionalId; // Professional: the professional's id
    QString displayName;    // Other: as written; the others: filled in on load
    QString role;           // in plain words, e.g. "Mum", "School nurse", "Interpreter"
    Attendance attendance = Attendance::Invited;
};

// A note written under one of the 8 agenda steps (visual_agenda.h). Notes are kept as
// written: a correction is another note.
struct AgendaNote {
    QString id;
    int step = 1; // 1..8
    QString text;
    QString writtenBy;
    QDateTime writtenAt;
};

// What happened to one plan action since the last meeting, keyed by the plan action's id.
struct ActionReview {
    QString actionId;
    QString whatHappened;
};

// What a review meeting found.
struct ReviewOutcome {
    Judgement judgement = Judgement::NotRecorded;
    std::optional<int> scalingScore; // 0-10, the same scaling question as the assessment
    ConcernTrend concerns = ConcernTrend::NotRecorded;
    QList<ActionReview> actions;

    bool isEmpty() const {
        return judgement == Judgement::NotRecorded && !scalingScore &&
               concerns == ConcernTrend::NotRecorded && actions.isEmpty();
    }
    const ActionReview* action(const QString& actionId) const;
};

struct Meeting {
    QString id;
    QString familyId;
    MeetingKind kind = MeetingKind::First;
    QDateTime startsAt; // UTC
    int durationMinutes = 60;
    QString place;
    QString chairProfessionalId;
    MeetingStatus status = MeetingStatus::Planned;
    QList<Attendee> attendees;
    QList<AgendaNote> notes;     // oldest first
    QString agreedPlanVersionId; // the plan version agreed at this meeting (PlanStore::agree)
    QDate nextReviewOn;          // set when held (default: 6 weeks on, policy range)
    ReviewOutcome review;        // reviews and closing meetings
    QDateTime heldAt;            // when it was recorded as held (UTC)
    QString cancelledReason;
    QDateTime createdAt;
    QString createdBy;

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMinutes) * 60); }
    const Attendee* attendee(const QString& attendeeId) const;
    QList<Attendee> present() const;
    QList<AgendaNote> notesFor(int step) const;
};

// A lead professional named at the first meeting with the family's agreement, or a later
// handover from one lead to another. `assignmentId` is the lead_professional row that
// FamilyStore wrote.
struct LeadChange {
    QString id;
    QString familyId;
    QString meetingId; // may be empty for a handover between meetings
    LeadChangeKind kind = LeadChangeKind::Appointed;
    QString fromProfessionalId; // HandedOver only
    QString toProfessionalId;
    QDate on;
    QString why;
    QStringList agreedByPersonIds; // the family members who agreed
    QString assignmentId;
    QString recordedBy;
    QDateTime recordedAt;
};

// The agreed plan sent to one person who was at the meeting.
struct Circulation {
    QString id;
    QString meetingId;
    QString attendeeId;
    QDateTime sentAt; // UTC
    QString how;      // "email", "post", "by hand", ...
    QString recordedBy;
    QDateTime recordedAt;
};

// Where sending the plan out stands for a held meeting.
struct CirculationStatus {
    QDate dueBy;                    // the last day it is on time (UK date)
    QStringList notSentAttendeeIds; // present at the meeting, not sent the plan yet
    QStringList sentAttendeeIds;
    bool complete() const { return notSentAttendeeIds.isEmpty(); }
    bool overdue = false; // not complete and today is after dueBy
};

} // namespace kith::meeting
