#pragma once

#include "journey/journey_model.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kith::due {

// A child in the household of a family with an open episode, and when they were seen.
struct ChildTimeline {
    QString personId;
    QString name;
    QDate dateOfBirth;
    QList<QDateTime> seenAt; // oldest first
};

// A visit that has not been written up yet.
struct VisitTimeline {
    QString contactId;
    QString professionalId;
    QDateTime happenedAt;
    QDateTime enteredAt;
};

// What the due engine needs to know about one open episode: every event the policies
// count from, by kind, in time order.
struct EpisodeTimeline {
    QString episodeId;
    QString familyId;
    QString familyName;
    QString leadProfessionalId;
    QString managerId; // who last supervised the work; answers for the manager's deadlines
    journey::Stage stage = journey::Stage::Request;
    QHash<QString, QList<QDateTime>> events; // kind -> moments, oldest first
    QList<ChildTimeline> children;
    QList<VisitTimeline> visitsNotWrittenUp;
};

// Which open episodes to load: everything, one lead professional's caseload, or the
// caseloads of one agency's professionals.
struct TimelineFilter {
    QString leadProfessionalId;
    QString agencyId;
};

// Reads the timelines of open episodes in a handful of queries (one per table, not one
// per family), so that 50,000 families load in well under a second or two.
QList<EpisodeTimeline> loadOpenTimelines(const QSqlDatabase& db, const TimelineFilter& filter);

} // namespace kith::due
