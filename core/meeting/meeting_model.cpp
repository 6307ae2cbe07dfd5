#include "meeting/meeting_model.h"

#include "util/code_table.h"

namespace kith::meeting {
namespace {

// Titles people read; the codes beside them are what the store and exports keep.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(kith::meeting::MeetingLabels)

public:
    static QString of(const char* text) { return tr(text); }
};

constexpr CodeTable<MeetingKind, 3> kKinds{{
    {MeetingKind::First, "first"},
    {MeetingKind::Review, "review"},
    {MeetingKind::Closing, "closing"},
}};
constexpr CodeTable<MeetingStatus, 3> kStatuses{{
    {MeetingStatus::Planned, "planned"},
    {MeetingStatus::Held, "held"},
    {MeetingStatus::Cancelled, "cancelled"},
}};
constexpr CodeTable<AttendeeKind, 3> kAttendeeKinds{{
    {AttendeeKind::FamilyMember, "family_member"},
    {AttendeeKind::Professional, "professional"},
    {AttendeeKind::Other, "other"},
}};
constexpr CodeTable<Attendance, 3> kAttendance{{
    {Attendance::Invited, "invited"},
    {Attendance::Present, "present"},
    {Attendance::Apologies, "apologies"},
}};
constexpr CodeTable<Judgement, 4> kJudgements{{
    {Judgement::NotRecorded, ""},
    {Judgement::Better, "better"},
    {Judgement::NoChange, "no_change"},
    {Judgement::Worse, "worse"},
}};
constexpr CodeTable<ConcernTrend, 4> kConcerns{{
    {ConcernTrend::NotRecorded, ""},
    {ConcernTrend::Up, "up"},
    {ConcernTrend::Down, "down"},
    {ConcernTrend::Same, "same"},
}};
constexpr CodeTable<LeadChangeKind, 2> kLeadChanges{{
    {LeadChangeKind::Appointed, "appointed"},
    {LeadChangeKind::HandedOver, "handed_over"},
}};

} // namespace

QString kindCode(MeetingKind kind) {
    return codeOf(kKinds, kind);
}
std::optional<MeetingKind> kindFromCode(const QString& code) {
    return valueOf(kKinds, code);
}
QString kindTitle(MeetingKind kind) {
    switch (kind) {
    case MeetingKind::First:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "First TAF meeting"));
    case MeetingKind::Review:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "TAF review meeting"));
    case MeetingKind::Closing:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Closing TAF meeting"));
    }
    return {};
}

QString statusCode(MeetingStatus status) {
    return codeOf(kStatuses, status);
}
std::optional<MeetingStatus> statusFromCode(const QString& code) {
    return valueOf(kStatuses, code);
}
QString statusTitle(MeetingStatus status) {
    switch (status) {
    case MeetingStatus::Planned:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Planned"));
    case MeetingStatus::Held:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Held"));
    case MeetingStatus::Cancelled:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Cancelled"));
    }
    return {};
}

QString attendeeKindCode(AttendeeKind kind) {
    return codeOf(kAttendeeKinds, kind);
}
std::optional<AttendeeKind> attendeeKindFromCode(const QString& code) {
    return valueOf(kAttendeeKinds, code);
}

QString attendanceCode(Attendance attendance) {
    return codeOf(kAttendance, attendance);
}
std::optional<Attendance> attendanceFromCode(const QString& code) {
    return valueOf(kAttendance, code);
}
QString attendanceTitle(Attendance attendance) {
    switch (attendance) {
    case Attendance::Invited:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Invited"));
    case Attendance::Present:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Came"));
    case Attendance::Apologies:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Sent apologies"));
    }
    return {};
}

QString judgementCode(Judgement judgement) {
    return codeOf(kJudgements, judgement);
}
std::optional<Judgement> judgementFromCode(const QString& code) {
    return valueOf(kJudgements, code);
}
QString judgementTitle(Judgement judgement) {
    switch (judgement) {
    case Judgement::NotRecorded:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Not recorded"));
    case Judgement::Better:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Things are better"));
    case Judgement::NoChange:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "No change"));
    case Judgement::Worse:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Things are worse"));
    }
    return {};
}

QString concernCode(ConcernTrend trend) {
    return codeOf(kConcerns, trend);
}
std::optional<ConcernTrend> concernFromCode(const QString& code) {
    return valueOf(kConcerns, code);
}
QString concernTitle(ConcernTrend trend) {
    switch (trend) {
    case ConcernTrend::NotRecorded:
        return Labels::of(QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Not recorded"));
    case ConcernTrend::Up:
        return Labels::of(
            QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Worries have gone up"));
    case ConcernTrend::Down:
        return Labels::of(
            QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Worries have gone down"));
    case ConcernTrend::Same:
        return Labels::of(
            QT_TRANSLATE_NOOP("kith::meeting::MeetingLabels", "Worries are the same"));
    }
    return {};
}

QString leadChangeCode(LeadChangeKind kind) {
    return codeOf(kLeadChanges, kind);
}
std::optional<LeadChangeKind> leadChangeFromCode(const QString& code) {
    return valueOf(kLeadChanges, code);
}

const ActionReview* ReviewOutcome::action(const QString& actionId) const {
    for (const ActionReview& review : actions) {
        if (review.actionId == actionId)
            return &review;
    }
    return nullptr;
}

const Attendee* Meeting::attendee(const QString& attendeeId) const {
    for (const Attendee& candidate : attendees) {
        if (candidate.id == attendeeId)
            return &candidate;
    }
    return nullptr;
}

QList<Attendee> Meeting::present() const {
    QList<Attendee> here;
    for (const Attendee& candidate : attendees) {
        if (candidate.attendance == Attendance::Present)
            here.append(candidate);
    }
    return here;
}

QList<AgendaNote> Meeting::notesFor(int step) const {
    QList<AgendaNote> found;
    for (const AgendaNote& note : notes) {
        if (note.step == step)
            found.append(note);
    }
    return found;
}

} // namespace kith::meeting
