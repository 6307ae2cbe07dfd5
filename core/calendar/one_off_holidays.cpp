#include "calendar/one_off_holidays.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::calendar {

namespace {

const QList<Region> kAllRegions{Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland};

QDate isoDate(const QJsonValue& value) {
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

} // namespace

Result<QList<OneOffHoliday>> OneOffHolidays::fromJson(const QByteArray& json,
                                                      const QString& sourceName) {
    using R = Result<QList<OneOffHoliday>>;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::fail(tr("%1: not valid JSON at character %2: %3.")
                           .arg(sourceName)
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    const QJsonValue list = document.object().value(QLatin1String("holidays"));
    if (!list.isArray())
        return R::fail(tr("%1: expected an object with a \"holidays\" list.").arg(sourceName));

    QList<OneOffHoliday> holidays;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString where = tr("%1: holiday %2").arg(sourceName).arg(i + 1);
        OneOffHoliday holiday;
        holiday.date = isoDate(entry.value(QLatin1String("date")));
        if (!holiday.date.isValid())
            return R::fail(tr("%1: \"date\" must be a date written YYYY-MM-DD.").arg(where));
        holiday.name = entry.value(QLatin1String("name")).toString().trimmed();
        if (holiday.name.isEmpty())
            return R::fail(tr("%1 (%2): \"name\" is missing; say what the holiday is for.")
                               .arg(where, holiday.date.toString(Qt::ISODate)));
        if (entry.contains(QLatin1String("replaces"))) {
            holiday.replaces = isoDate(entry.value(QLatin1String("replaces")));
            if (!holiday.replaces->isValid() || holiday.replaces->year() != holiday.date.year())
                return R::fail(tr("%1 (%2): \"replaces\" must be a date written YYYY-MM-DD in "
                                  "the same year, the regular holiday that moves.")
                                   .arg(where, holiday.date.toString(Qt::ISODate)));
        }
        const QJsonValue regions = entry.value(QLatin1String("regions"));
        if (regions.isUndefined()) {
            holiday.regions = kAllRegions;
        } else {
            for (const QJsonValue code : regions.toArray()) {
                const auto region = regionFromCode(code.toString());
                if (!region)
                    return R::fail(
                        tr("%1 (%2): \"%3\" is not a region; use england-and-wales, "
                           "scotland or northern-ireland.")
                            .arg(where, holiday.date.toString(Qt::ISODate), code.toString()));
                holiday.regions.append(*region);
            }
            if (holiday.regions.isEmpty())
                return R::fail(tr("%1 (%2): \"regions\" must list at least one region, or be "
                                  "left out for all of the UK.")
                                   .arg(where, holiday.date.toString(Qt::ISODate)));
        }
        holidays.append(holiday);
    }
    return R::ok(holidays);
}

const Result<QList<OneOffHoliday>>& OneOffHolidays::builtIn() {
    static const Result<QList<OneOffHoliday>> loaded = [] {
        const QString path = QStringLiteral(":/calendars/one-off.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QList<OneOffHoliday>>::fail(
                tr("%1: cannot be read; Kith was built without its calendar data.").arg(path));
        return fromJson(file.readAll(), path);
    }();
    return loaded;
}

} // namespace kith::calendar
