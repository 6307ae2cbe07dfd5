// kithctl workdays: working-day arithmetic on the UK bank holiday calendars, for checking
// a deadline by hand. Needs no store.
#include "calendar/working_calendar.h"
#include "cli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kithctl {

namespace {

// The years whose bank holidays Kith knows (rules checked and one-off holidays kept).
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;
constexpr int kMaxWorkingDays = 20000;

class Workdays {
    Q_DECLARE_TR_FUNCTIONS(kithctl::Workdays)

public:
    explicit Workdays(Invocation& invocation)
        : m_inv(invocation) {}

    int run();

private:
    int add(const kith::calendar::WorkingCalendar& calendar, const QStringList& args);
    int count(const kith::calendar::WorkingCalendar& calendar, const QStringList& args);
    int holidays(const kith::calendar::WorkingCalendar& calendar, const QStringList& args);
    std::optional<QDate> date(const QString& text, const QString& what);
    int usage(const QString& problem) const;
    QString regionText(const kith::calendar::WorkingCalendar& calendar) const {
        return kith::calendar::regionCode(calendar.region());
    }

    Invocation& m_inv;
    QString m_problem;
};

int Workdays::usage(const QString& problem) const {
    return m_inv.fail(problem + QLatin1Char('\n') +
                          tr("Usage: kithctl workdays add DATE N [--region REGION]\n"
                             "       kithctl workdays count FROM TO [--region REGION]\n"
                             "       kithctl workdays holidays YEAR [--region REGION]\n"
                             "Dates are YYYY-MM-DD; REGION is england-and-wales (the default), "
                             "scotland or northern-ireland."),
                      UsageError);
}

std::optional<QDate> Workdays::date(const QString& text, const QString& what) {
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || text.size() != 10) {
        m_problem =
            tr("%1 \"%2\" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-24.").arg(what, text);
        return std::nullopt;
    }
    if (parsed.year() < kFirstYear || parsed.year() > kLastYear) {
        m_problem = tr("%1 %2 is outside the years Kith knows the bank holidays for (%3 to %4).")
                        .arg(what, text)
                        .arg(kFirstYear)
                        .arg(kLastYear);
        return std::nullopt;
    }
    return parsed;
}

int Workdays::run() {
    const QString regionOption =
        m_inv.takeOption(QStringLiteral("--region")).value_or(QStringLiteral("england-and-wales"));
    if (!m_inv.checkNoOptionsLeft())
        return usage(m_inv.usageProblem());
    const auto region = kith::calendar::regionFromCode(regionOption);
    if (!region)
        return usage(tr("--region \"%1\" is not a region; use england-and-wales, scotland or "
                        "northern-ireland.")
                         .arg(regionOption));
    const kith::calendar::WorkingCalendar calendar(*region);
    const QStringList args = m_inv.positional();
    const QString action = args.value(0);
    if (action == QLatin1String("add"))
        return add(calendar, args.mid(1));
    if (action == QLatin1String("count"))
        return count(calendar, args.mid(1));
    if (action == QLatin1String("holidays"))
        return holidays(calendar, args.mid(1));
    return usage(action.isEmpty() ? tr("Say what to do: add, count or holidays.")
                                  : tr("\"%1\" is not something workdays does.").arg(action));
}

int Workdays::add(const kith::calendar::WorkingCalendar& calendar, const QStringList& args) {
    if (args.size() != 2)
        return usage(tr("workdays add needs a date and a number of working days."));
    const auto from = date(args.at(0), tr("DATE"));
    if (!from)
        return usage(m_problem);
    bool ok = false;
    const int days = args.at(1).toInt(&ok);
    if (!ok || days < -kMaxWorkingDays || days > kMaxWorkingDays)
        return usage(tr("N must be a whole number of working days from %1 to %2, not \"%3\".")
                         .arg(-kMaxWorkingDays)
                         .arg(kMaxWorkingDays)
                         .arg(args.at(1)));
    const QDate result = calendar.addWorkingDays(*from, days);
    if (result.year() < kFirstYear || result.year() > kLastYear)
        return m_inv.fail(tr("The answer falls outside the years Kith knows the bank holidays "
                             "for (%1 to %2).")
                              .arg(kFirstYear)
                              .arg(kLastYear));
    if (m_inv.json()) {
        m_inv.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("from"), from->toString(Qt::ISODate)},
                                      {QStringLiteral("working_days"), days},
                                      {QStringLiteral("region"), regionText(calendar)},
                                      {QStringLiteral("date"), result.toString(Qt::ISODate)}}));
    } else {
        m_inv.print(result.toString(Qt::ISODate));
    }
    return Success;
}

int Workdays::count(const kith::calendar::WorkingCalendar& calendar, const QStringList& args) {
    if (args.size() != 2)
        return usage(tr("workdays count needs two dates, FROM and TO."));
    const auto from = date(args.at(0), tr("FROM"));
    if (!from)
        return usage(m_problem);
    const auto to = date(args.at(1), tr("TO"));
    if (!to)
        return usage(m_problem);
    const int days = calendar.workingDaysBetween(*from, *to);
    if (m_inv.json()) {
        m_inv.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("from"), from->toString(Qt::ISODate)},
                                      {QStringLiteral("to"), to->toString(Qt::ISODate)},
                                      {QStringLiteral("region"), regionText(calendar)},
                                      {QStringLiteral("working_days"), days}}));
    } else {
        m_inv.print(QString::number(days));
    }
    return Success;
}

int Workdays::holidays(const kith::calendar::WorkingCalendar& calendar, const QStringList& args) {
    bool ok = false;
    const int year = args.value(0).toInt(&ok);
    if (args.size() != 1 || !ok || year < kFirstYear || year > kLastYear)
        return usage(
            tr("workdays holidays needs a year from %1 to %2.").arg(kFirstYear).arg(kLastYear));
    const auto list = calendar.holidays(year);
    if (m_inv.json()) {
        QJsonArray array;
        for (const auto& holiday : list)
            array.append(QJsonObject{{QStringLiteral("date"), holiday.date.toString(Qt::ISODate)},
                                     {QStringLiteral("name"), holiday.name}});
        m_inv.printJson(QJsonDocument(QJsonObject{{QStringLiteral("year"), year},
                                                  {QStringLiteral("region"), regionText(calendar)},
                                                  {QStringLiteral("holidays"), array}}));
    } else {
        QStringList lines;
        for (const auto& holiday : list)
            lines.append(holiday.date.toString(Qt::ISODate) + QLatin1String("  ") + holiday.name);
        m_inv.print(lines.join(QLatin1Char('\n')));
    }
    return Success;
}

} // namespace

int runWorkdays(Invocation& invocation) {
    return Workdays(invocation).run();
}

} // namespace kithctl
