#pragma once

// What the projector may draw of a family's plan: words only, no record ids, nothing that
// was left out. The presentation window is given this and never the plan itself, so that
// a restricted or confidential item cannot reach the projected screen by mistake.

#include <QDate>
#include <QList>
#include <QString>

namespace kith::projection {

struct ProjectedAction {
    QString what;
    QString owner; // the person or professional, by name; empty when not decided
    QDate dueOn;   // invalid when not decided
    QString howWeWillKnow;
    QString support;
    QString status; // in words, e.g. "In progress"
};

struct ProjectedOutcome {
    QString heading; // the Supporting Families outcome heading, in words
    QString text;
    QList<ProjectedAction> actions;
};

struct ProjectedNeed {
    QString text;
    QList<ProjectedOutcome> outcomes;
};

struct ProjectedView {
    QString whose; // "Family", or the child's first name
    QString words;
};

struct ProjectedScore {
    QString byName;
    int score = 0; // 0-10: how confident they are that the plan will help
};

struct SafePlan {
    QList<ProjectedNeed> needs;
    QList<ProjectedView> views; // the family's and each child's, when they may be shown
    QList<ProjectedScore> confidence;
    QString ifNothingChanges;
    int hiddenCount = 0; // how many items were left out (never what they were)

    int actionCount() const;
    bool isEmpty() const { return needs.isEmpty() && views.isEmpty(); }
};

} // namespace kith::projection
