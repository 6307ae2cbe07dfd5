#pragma once

#include "policy/deadline_policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kith::due {

enum class DueStatus {
    Upcoming, // the clock is running; not yet inside its warning period
    DueSoon,  // inside the warning period before the due moment
    Overdue,  // the due moment has passed
};

QString statusCode(DueStatus status); // "upcoming", "due_soon", "overdue"

// One thing that must happen for a family by a deadline: from one rule of the policy,
// for one open episode (and, for per-child and per-visit rules, one child or one visit).
struct DueItem {
    QString ruleId;
    QString ruleTitle;
    QString episodeId;
    QString familyId;
    QString familyName;
    QString personId; // the child, for "each child is seen"
    QString personName;
    QString contactId; // the visit, for "written up"
    policy::Responsible responsibleRole = policy::Responsible::LeadProfessional;
    QString responsibleId; // the professional; empty when nobody is named yet
    QDateTime startedUtc;  // the event that started the clock
    QDate warnDate;        // UK date from which it shows as due soon
    QDate dueDate;         // UK date it is due by (the end of that day, or the hour for hours)
    QDateTime dueUtc;
    DueStatus status = DueStatus::Upcoming;
    // Working days (on the policy's calendar) after the due date up to the day asked
    // about; 0 unless overdue. Working days because the standards are counted in them,
    // and a weekend should not make a family look more overdue on a Monday.
    int workingDaysOverdue = 0;

    bool isForChild() const { return !personId.isEmpty(); }
};

struct DueLabels {
    Q_DECLARE_TR_FUNCTIONS(kith::due::DueLabels)

public:
    static QString status(DueStatus status);
    static QString responsible(policy::Responsible role);
};

} // namespace kith::due
