#pragma once

// Deadline policies: a council's timescales for the journey of a family, kept as data
// (resources/policies/*.json) so that a council can write its own. See
// docs/decisions/0004-working-days-and-deadline-policies.md.

#include "calendar/working_calendar.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace kith::policy {

// The events that start or stop a clock, as they appear in policy files. A policy may only
// name events that Kith records (a misspelt event would silently never start a clock);
// knownEventKinds() lists them. Every clock also stops when the family's episode closes.
// "request_received", "direction_decided", "screened", "further_screened", "allocated",
// "first_contact", "assessment_started", "assessment_completed", "plan_agreed",
// "plan_circulated", "review_held", "taf_held", "child_seen", "visit_happened",
// "visit_entered", "visit_written_up", "chronology_reviewed", "supervision_held",
// "audit_done", "episode_opened", "episode_closed".
QStringList knownEventKinds();

enum class DurationUnit {
    Hours,        // clock hours by UK clocks: 24 h is the same time on the next day
    WorkingDays,  // days counted on a WorkingCalendar
    CalendarDays, // every day counts
    Weeks,        // 7 calendar days each
    Months,       // calendar months (31 Jan + 1 month = 28 or 29 Feb)
};

QString unitCode(DurationUnit unit); // "hours", "working_days", "calendar_days", "weeks", "months"
std::optional<DurationUnit> unitFromCode(const QString& code);

struct Duration {
    int amount = 0;
    DurationUnit unit = DurationUnit::WorkingDays;

    bool operator==(const Duration&) const = default;
};

// Who must act when the clock runs.
enum class Responsible {
    LeadProfessional, // the family's lead professional
    Manager,          // the team manager (decisions, sign-off, supervision, audit)
    Recorder,         // the practitioner who recorded the start event (e.g. wrote up a visit)
};

QString responsibleCode(Responsible who); // "lead_professional", "manager", "recorder"
std::optional<Responsible> responsibleFromCode(const QString& code);

// A different time limit when a fact about the family or child holds, e.g. a child not in
// a school or setting must be seen every 15 working days instead of 20.
struct RuleCondition {
    QString fact;        // e.g. "child_not_in_school_or_setting"
    Duration due;        // replaces the rule's `due` when the fact holds
    QString description; // plain English, e.g. "if the child is not in a school or setting"
};

struct DeadlineRule {
    QString id;          // unique within the policy, e.g. "first_contact"
    QString title;       // plain English, e.g. "First contact with the family"
    QString startEvent;  // the event kind that starts the clock
    QString stopEvent;   // the event kind that stops it
    Duration due;        // how long after the start event the stop event is due
    Duration warnBefore; // warn this long before the due moment; amount 0 = no early warning
    // When true, the stop event starts the clock again (reviews, child seen, supervision):
    // the next one is due `due` after the last one.
    bool repeats = false;
    std::optional<RuleCondition> condition;
    Responsible responsible = Responsible::LeadProfessional;
    QString source; // where the number comes from, e.g. "Hackney Early Help standards 5.1"

    // The time limit that applies given the facts that hold for the family or child.
    Duration dueFor(const QSet<QString>& facts) const;
};

struct DeadlinePolicy {
    Q_DECLARE_TR_FUNCTIONS(kith::policy::DeadlinePolicy)

public:
    QString name;  // "hackney"
    QString title; // "London Borough of Hackney"
    calendar::Region region = calendar::Region::EnglandAndWales;
    QList<DeadlineRule> rules;

    // The rule with this id, or nullptr.
    const DeadlineRule* rule(const QString& id) const;
    // Every rule whose clock the event kind starts (including repeating rules it stops).
    QList<const DeadlineRule*> rulesStartedBy(const QString& eventKind) const;

    // The built-in presets: "hackney", "torbay", "westminster".
    static QStringList presetNames();
    static Result<DeadlinePolicy> preset(const QString& name);
    // Parses and validates a policy; a failure names the source, the rule and the field.
    static Result<DeadlinePolicy> fromJson(const QByteArray& json, const QString& sourceName);
    QByteArray toJson() const;
};

// When a clock started at `startUtc` runs out, and from when to warn.
struct DeadlineMoments {
    QDate dueDate;         // the due day by UK clocks (Europe/London)
    QDateTime dueUtc;      // the last moment that is still on time (UTC)
    QDateTime warnFromUtc; // from this moment the deadline shows as "due soon" (UTC)
};

// Day arithmetic is done on the UK local date of `startUtc` (Europe/London), so a request
// on a Friday at 16:55 counts from that Friday and a clock change never shifts a date.
// Day-based deadlines run to the end of the due day (23:59:59.999 UK time).
// Hours are clock hours by UK clocks (24 h = the same time on the next day, whatever the
// day of the week), see the decision record.
DeadlineMoments computeDeadline(const Duration& due, const Duration& warnBefore,
                                const QDateTime& startUtc,
                                const calendar::WorkingCalendar& calendar);
DeadlineMoments computeDeadline(const DeadlineRule& rule, const QDateTime& startUtc,
                                const calendar::WorkingCalendar& calendar,
                                const QSet<QString>& facts = {});

// The UK local (Europe/London) date of a UTC moment.
QDate ukDate(const QDateTime& utc);

} // namespace kith::policy
