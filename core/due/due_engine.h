#pragma once

#include "calendar/working_calendar.h"
#include "due/due_item.h"
#include "due/episode_timeline.h"
#include "policy/deadline_policy.h"

#include <QSet>

namespace kith::due {

// Works out what is due for open episodes under one deadline policy.
//
// For each rule: the clock starts at the rule's start event (the first one; for a
// repeating rule, the latest start or stop event) and is stopped by the stop event at or
// after it. A stage that the episode has already passed counts as done: once a lead
// professional is allocated, "screening" is no longer waiting, however late it was. Rules
// about children ("child_seen") run once per child in the household; rules about visits
// ("visit_happened") once per visit not yet written up. A rule whose start event has not
// happened yet has no clock running and gives no item.
class DueEngine {
public:
    DueEngine(policy::DeadlinePolicy policy, calendar::WorkingCalendar calendar);

    const policy::DeadlinePolicy& policy() const { return m_policy; }
    const calendar::WorkingCalendar& calendar() const { return m_calendar; }

    QList<DueItem> itemsFor(const EpisodeTimeline& timeline, const QDateTime& asOfUtc) const;
    // Every item, overdue first, then by due moment.
    QList<DueItem> itemsFor(const QList<EpisodeTimeline>& timelines,
                            const QDateTime& asOfUtc) const;

    // What the policies' conditions can ask about a child. Kith does not yet record each
    // child's school or setting, so a child under 3 is taken as not in one (the stricter
    // limit), and an older child as in school.
    static QSet<QString> childFacts(const ChildTimeline& child, const QDate& on);

private:
    void addEpisodeItem(QList<DueItem>& items, const policy::DeadlineRule& rule,
                        const EpisodeTimeline& timeline, const QDateTime& asOfUtc) const;
    void addChildItems(QList<DueItem>& items, const policy::DeadlineRule& rule,
                       const EpisodeTimeline& timeline, const QDateTime& asOfUtc) const;
    void addVisitItems(QList<DueItem>& items, const policy::DeadlineRule& rule,
                       const EpisodeTimeline& timeline, const QDateTime& asOfUtc) const;
    DueItem makeItem(const policy::DeadlineRule& rule, const EpisodeTimeline& timeline,
                     const QDateTime& startUtc, const QSet<QString>& facts,
                     const QDateTime& asOfUtc) const;

    policy::DeadlinePolicy m_policy;
    calendar::WorkingCalendar m_calendar;
};

} // namespace kith::due
