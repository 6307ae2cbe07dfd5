#include "due/episode_timeline.h"

#include "store/sql_support.h"

#include <QSqlQuery>
#include <QVariantList>

namespace kith::due {
namespace {

int digits(const QString& text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const int digit = text.at(i).digitValue();
        if (digit < 0)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}

// The store writes times as "2026-11-25T10:30:00.000Z". Reading that by position is
// several times faster than QDateTime::fromString, which matters for 50,000 families;
// anything else goes the slow, general way.
QDateTime readMoment(const QVariant& value) {
    const QString text = value.toString();
    if (text.size() == 24 && text.at(23) == u'Z' && text.at(10) == u'T') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                         digits(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return sql::toDateTime(value);
}

// The same filter on the open episodes (alias `e`) for every query.
struct EpisodeFilter {
    QString where;
    QVariantList values;

    explicit EpisodeFilter(const TimelineFilter& filter)
        : where(QStringLiteral("e.closed_at IS NULL")) {
        if (!filter.leadProfessionalId.isEmpty()) {
            where += QStringLiteral(" AND e.lead_professional_id = ?");
            values.append(filter.leadProfessionalId);
        }
        if (!filter.agencyId.isEmpty()) {
            where += QStringLiteral(
                " AND e.lead_professional_id IN (SELECT id FROM professional WHERE agency_id = ?)");
            values.append(filter.agencyId);
        }
    }

    // Runs `select` (with a %1 where the filter goes) and hands each row to `row`.
    template <typename RowFn>
    void forEach(const QSqlDatabase& db, const QString& select, RowFn&& row) const {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(select.arg(where));
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(static_cast<int>(i), values.at(i));
        if (!query.exec())
            return;
        while (query.next())
            row(query);
    }
};

QString childName(const QSqlQuery& query) {
    const QString given = query.value(3).toString();
    const QString preferred = query.value(4).toString();
    return QStringLiteral("%1 %2")
        .arg(preferred.isEmpty() ? given : preferred, query.value(2).toString())
        .trimmed();
}

} // namespace

QList<EpisodeTimeline> loadOpenTimelines(const QSqlDatabase& db, const TimelineFilter& filter) {
    const EpisodeFilter episodes(filter);
    QList<EpisodeTimeline> timelines;
    QHash<QString, qsizetype> index;
    episodes.forEach(
        db,
        // An episode left on a family merged into another is shown under the family kept
        // (docs/decisions/0008), whose people it concerns now.
        QStringLiteral("SELECT e.id, coalesce(k.id, f.id), coalesce(k.name, f.name), "
                       "e.lead_professional_id, e.stage FROM episode e JOIN family f ON f.id = "
                       "e.family_id LEFT JOIN family k ON k.id = f.merged_into "
                       "WHERE %1 ORDER BY 3, e.id"),
        [&](const QSqlQuery& query) {
            EpisodeTimeline timeline;
            timeline.episodeId = query.value(0).toString();
            timeline.familyId = query.value(1).toString();
            timeline.familyName = query.value(2).toString();
            timeline.leadProfessionalId = query.value(3).toString();
            timeline.stage =
                journey::stageFromCode(query.value(4).toString()).value_or(journey::Stage::Request);
            index.insert(timeline.episodeId, timelines.size());
            timelines.append(std::move(timeline));
        });
    auto timelineOf = [&](const QVariant& episodeId) -> EpisodeTimeline* {
        const auto found = index.constFind(episodeId.toString());
        return found == index.cend() ? nullptr : &timelines[*found];
    };

    episodes.forEach(db,
                     QStringLiteral("SELECT j.episode_id, j.kind, j.occurred_at FROM episode e "
                                    "JOIN journey_event j ON j.episode_id = e.id WHERE %1 "
                                    "ORDER BY j.occurred_at"),
                     [&](const QSqlQuery& query) {
                         if (EpisodeTimeline* timeline = timelineOf(query.value(0)))
                             timeline->events[query.value(1).toString()].append(
                                 readMoment(query.value(2)));
                     });
    episodes.forEach(db,
                     QStringLiteral("SELECT s.episode_id, s.held_at, s.manager_id FROM episode e "
                                    "JOIN supervision_record s ON s.episode_id = e.id WHERE %1 "
                                    "AND s.kind = 'supervision' ORDER BY s.held_at"),
                     [&](const QSqlQuery& query) {
                         if (EpisodeTimeline* timeline = timelineOf(query.value(0))) {
                             timeline->events[QStringLiteral("supervision_held")].append(
                                 readMoment(query.value(1)));
                             timeline->managerId = query.value(2).toString();
                         }
                     });
    QHash<QString, QPair<qsizetype, qsizetype>> children; // episode + person -> position
    episodes.forEach(
        db,
        QStringLiteral("SELECT e.id, p.id, p.family_name, p.given_name, p.preferred_name, "
                       "p.date_of_birth FROM episode e JOIN family f ON f.id = e.family_id "
                       "JOIN person p ON p.family_id = coalesce(f.merged_into, f.id) "
                       "WHERE %1 AND p.role IN ('child','young_person') AND p.unborn = 0 "
                       "AND p.in_household = 1 ORDER BY p.date_of_birth"),
        [&](const QSqlQuery& query) {
            EpisodeTimeline* timeline = timelineOf(query.value(0));
            if (!timeline)
                return;
            const QString personId = query.value(1).toString();
            children.insert(timeline->episodeId + personId,
                            {index.value(timeline->episodeId), timeline->children.size()});
            timeline->children.append(
                {personId, childName(query), sql::toDate(query.value(5)), {}});
        });
    episodes.forEach(db,
                     QStringLiteral("SELECT c.episode_id, s.person_id, c.happened_at FROM episode "
                                    "e JOIN contact_record c ON c.episode_id = e.id JOIN "
                                    "contact_child s ON s.contact_id = c.id WHERE %1 AND s.seen = "
                                    "1 ORDER BY c.happened_at"),
                     [&](const QSqlQuery& query) {
                         const auto found = children.constFind(query.value(0).toString() +
                                                               query.value(1).toString());
                         if (found != children.cend())
                             timelines[found->first].children[found->second].seenAt.append(
                                 readMoment(query.value(2)));
                     });
    episodes.forEach(
        db,
        QStringLiteral("SELECT c.episode_id, c.id, c.professional_id, c.happened_at, "
                       "c.recorded_at FROM episode e JOIN contact_record c ON "
                       "c.episode_id = e.id WHERE %1 AND c.method IN "
                       "('home_visit','face_to_face') AND NOT EXISTS (SELECT 1 FROM "
                       "case_note n WHERE n.contact_id = c.id) ORDER BY c.happened_at"),
        [&](const QSqlQuery& query) {
            if (EpisodeTimeline* timeline = timelineOf(query.value(0)))
                timeline->visitsNotWrittenUp.append(
                    {query.value(1).toString(), query.value(2).toString(),
                     readMoment(query.value(3)), readMoment(query.value(4))});
        });
    return timelines;
}

} // namespace kith::due
