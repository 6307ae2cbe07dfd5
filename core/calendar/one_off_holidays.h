#pragma once

// Bank holidays that no rule produces: a royal wedding, a jubilee, a state funeral, or a
// regular holiday moved to another day. Kept as data in resources/calendars/one-off.json.

#include "calendar/working_calendar.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kith::calendar {

struct OneOffHoliday {
    QDate date;
    QString name;
    QList<Region> regions;         // where it applies; all three when the file names none
    std::optional<QDate> replaces; // the regular holiday it moves, e.g. 2020-05-04 -> 2020-05-08

    bool appliesTo(Region region) const { return regions.contains(region); }
};

class OneOffHolidays {
    Q_DECLARE_TR_FUNCTIONS(kith::calendar::OneOffHolidays)

public:
    // Parses a one-off holiday file; a failure names the file, the entry and the field.
    static Result<QList<OneOffHoliday>> fromJson(const QByteArray& json, const QString& sourceName);
    // The built-in list, read once from ":/calendars/one-off.json".
    static const Result<QList<OneOffHoliday>>& builtIn();
};

} // namespace kith::calendar
