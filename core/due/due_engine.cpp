#include "due/due_engine.h"

#include <algorithm>
#include <array>

namespace kith::due {
namespace {

const QString kChildSeen = QStringLiteral("child_seen");
const QString kVisitHappened = QStringLiteral("visit_happened");
const QString kVisitEntered = QStringLiteral("visit_entered");
const QString kVisitWrittenUp = QStringLiteral("visit_written_up");

// The stages of the journey in the order an episode passes them.
constexpr std::array<const char*, 9> kStageOrder{
    "request_received", "direction_decided", "screened",           "further_screened",
    "allocated",        "first_contact",     "assessment_started", "assessment_completed",
    "plan_agreed",
};

int stageIndex(const QString& kind) {
    for (std::size_t i = 0; i < kStageOrder.size(); ++i) {
        if (kind == QLatin1String(kStageOrder[i]))
            return static_cast<int>(i);
    }
    return -1;
}

QList<QDateTime> momentsOf(const EpisodeTimeline& timeline, const QString& kind) {
    return timeline.events.value(kind);
}

// Has the stop event happened at or after `since`, or has the episode moved past it?
bool stopped(const EpisodeTimeline& timeline, const QString& stopKind, const QDateTime& since) {
    for (const QDateTime& moment : momentsOf(timeline, stopKind)) {
        if (moment >= since)
            return true;
    }
    const int stop = stageIndex(stopKind);
    if (stop < 0)
        return false;
    for (std::size_t later = static_cast<std::size_t>(stop) + 1; later < kStageOrder.size();
         ++later) {
        if (timeline.events.contains(QLatin1String(kStageOrder[later])))
            return true;
    }
    return false;
}

QDateTime latest(const QList<QDateTime>& first, const QList<QDateTime>& second) {
    QDateTime result;
    for (const QList<QDateTime>* list : {&first, &second}) {
        if (!list->isEmpty() && (!result.isValid() || list->back() > result))
            result = list->back();
    }
    return result;
}

} // namespace

DueEngine::DueEngine(policy::DeadlinePolicy policy, calendar::WorkingCalendar calendar)
    : m_policy(std::move(policy))
    , m_calendar(std::move(calendar)) {}

QSet<QString> DueEngine::childFacts(const ChildTimeline& child, const QDate& on) {
    QSet<QString> facts;
    if (child.dateOfBirth.isValid() && child.dateOfBirth.addYears(3) > on)
        facts.insert(QStringLiteral("child_not_in_school_or_setting"));
    return facts;
}

DueItem DueEngine::makeItem(const policy::DeadlineRule& rule, const EpisodeTimeline& timeline,
                            const QDateTime& startUtc, const QSet<QString>& facts,
                            const QDateTime& asOfUtc) const {
    const policy::DeadlineMoments moments =
        policy::computeDeadline(rule, startUtc, m_calendar, facts);
    DueItem item;
    item.ruleId = rule.id;
    item.ruleTitle = rule.title;
    item.episodeId = timeline.episodeId;
    item.familyId = timeline.familyId;
    item.familyName = timeline.familyName;
    item.responsibleRole = rule.responsible;
    item.responsibleId = rule.responsible == policy::Responsible::Manager
                             ? timeline.managerId
                             : timeline.leadProfessionalId;
    item.startedUtc = startUtc;
    item.dueDate = moments.dueDate;
    item.dueUtc = moments.dueUtc;
    item.warnDate = policy::ukDate(moments.warnFromUtc);
    if (asOfUtc > moments.dueUtc) {
        item.status = DueStatus::Overdue;
        item.workingDaysOverdue =
            std::max(0, m_calendar.workingDaysBetween(moments.dueDate, policy::ukDate(asOfUtc)));
    } else if (asOfUtc >= moments.warnFromUtc) {
        item.status = DueStatus::DueSoon;
    }
    return item;
}

void DueEngine::addEpisodeItem(QList<DueItem>& items, const policy::DeadlineRule& rule,
                               const EpisodeTimeline& timeline, const QDateTime& asOfUtc) const {
    const QList<QDateTime> starts = momentsOf(timeline, rule.startEvent);
    QDateTime start;
    if (rule.repeats) {
        // The next one is due from the latest start or stop ("reviews every 8 weeks").
        start = latest(starts, momentsOf(timeline, rule.stopEvent));
    } else if (!starts.isEmpty()) {
        start = starts.front();
        if (stopped(timeline, rule.stopEvent, start))
            return;
    }
    if (!start.isValid())
        return;
    items.append(makeItem(rule, timeline, start, {}, asOfUtc));
}

void DueEngine::addChildItems(QList<DueItem>& items, const policy::DeadlineRule& rule,
                              const EpisodeTimeline& timeline, const QDateTime& asOfUtc) const {
    // Each child's clock runs from the later of the rule's start event (allocation) and
    // the last time that child was seen.
    const QList<QDateTime> starts = rule.startEvent == kChildSeen
                                        ? momentsOf(timeline, QStringLiteral("allocated"))
                                        : momentsOf(timeline, rule.startEvent);
    if (starts.isEmpty())
        return;
    const QDate today = policy::ukDate(asOfUtc);
    for (const ChildTimeline& child : timeline.children) {
        const QDateTime start = rule.repeats ? latest(starts, child.seenAt) : starts.front();
        if (!rule.repeats && !child.seenAt.isEmpty() && child.seenAt.back() >= start)
            continue;
        DueItem item = makeItem(rule, timeline, start, childFacts(child, today), asOfUtc);
        item.personId = child.personId;
        item.personName = child.name;
        items.append(std::move(item));
    }
}

void DueEngine::addVisitItems(QList<DueItem>& items, const policy::DeadlineRule& rule,
                              const EpisodeTimeline& timeline, const QDateTime& asOfUtc) const {
    // A visit is known only once it is entered, so "entered within 24 hours" is never
    // waiting: Kith shows a late entry on the visit itself. Write-ups can be waiting.
    if (rule.stopEvent != kVisitWrittenUp)
        return;
    for (const VisitTimeline& visit : timeline.visitsNotWrittenUp) {
        const QDateTime start =
            rule.startEvent == kVisitEntered ? visit.enteredAt : visit.happenedAt;
        DueItem item = makeItem(rule, timeline, start, {}, asOfUtc);
        item.contactId = visit.contactId;
        if (rule.responsible == policy::Responsible::Recorder && !visit.professionalId.isEmpty())
            item.responsibleId = visit.professionalId;
        items.append(std::move(item));
    }
}

QList<DueItem> DueEngine::itemsFor(const EpisodeTimeline& timeline,
                                   const QDateTime& asOfUtc) const {
    QList<DueItem> items;
    for (const policy::DeadlineRule& rule : m_policy.rules) {
        if (rule.startEvent == kVisitHappened || rule.startEvent == kVisitEntered)
            addVisitItems(items, rule, timeline, asOfUtc);
        else if (rule.stopEvent == kChildSeen || rule.startEvent == kChildSeen)
            addChildItems(items, rule, timeline, asOfUtc);
        else
            addEpisodeItem(items, rule, timeline, asOfUtc);
    }
    return items;
}

QList<DueItem> DueEngine::itemsFor(const QList<EpisodeTimeline>& timelines,
                                   const QDateTime& asOfUtc) const {
    QList<DueItem> items;
    for (const EpisodeTimeline& timeline : timelines)
        items += itemsFor(timeline, asOfUtc);
    std::stable_sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
        if (a.status != b.status)
            return static_cast<int>(a.status) > static_cast<int>(b.status);
        return a.dueUtc < b.dueUtc;
    });
    return items;
}

} // namespace kith::due
