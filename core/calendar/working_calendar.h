#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kith::calendar {

// The UK's bank holidays differ by nation.
enum class Region { EnglandAndWales, Scotland, NorthernIreland };

QString regionCode(Region region); // "england-and-wales", "scotland", "northern-ireland"
std::optional<Region> regionFromCode(const QString& code);

struct Holiday {
    QDate date;
    QString name; // "Easter Monday", "Christmas Day (substitute day)"
};

// Working days for one region: Monday to Friday, less bank holidays (computed by
// rule, plus one-off holidays kept as data) and any closure days a council adds.
class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(kith::calendar::WorkingCalendar)

public:
    explicit WorkingCalendar(Region region, QList<QDate> councilClosures = {});

    Region region() const { return m_region; }
    bool isWorkingDay(const QDate& date) const;
    // The bank holiday or council closure day on `date`, if any.
    std::optional<Holiday> holidayOn(const QDate& date) const;
    // The year's bank holidays (substitute days included) and council closure days, in
    // date order.
    QList<Holiday> holidays(int year) const;

    // The date `days` working days after `from` (`from` itself does not count, and
    // need not be a working day). Zero gives `from`. A negative `days` counts back: the
    // date that many working days before `from`.
    QDate addWorkingDays(const QDate& from, int days) const;
    // How many working days there are after `from`, up to and including `to`;
    // negative when `to` is before `from`.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    Region m_region;
    QList<QDate> m_closures;
};

} // namespace kith::calendar
