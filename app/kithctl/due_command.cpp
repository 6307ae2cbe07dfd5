// kithctl due: what is due and overdue for every open episode of Early Help.
#include "cli.h"
#include "due/due_report.h"
#include "open_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace kithctl {
namespace {

using kith::due::DueItem;
using kith::due::DueReport;
using kith::due::DueStatus;

// "2026-12-24" is the start of that day by UK clocks; "2026-12-24T16:55" a UK time.
std::optional<QDateTime> parseAsOf(const QString& text) {
    const QTimeZone uk(QByteArrayLiteral("Europe/London"));
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
        return QDateTime(date, QTime(0, 0), uk).toUTC();
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid())
        return std::nullopt;
    if (moment.timeSpec() == Qt::LocalTime)
        moment = QDateTime(moment.date(), moment.time(), uk);
    return moment.toUTC();
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject itemJson(const DueReport& report, const DueItem& item) {
    return {
        {QStringLiteral("rule"), item.ruleId},
        {QStringLiteral("rule_title"), item.ruleTitle},
        {QStringLiteral("family_id"), item.familyId},
        {QStringLiteral("family"), item.familyName},
        {QStringLiteral("episode_id"), item.episodeId},
        {QStringLiteral("child_id"), textOrNull(item.personId)},
        {QStringLiteral("child"), textOrNull(item.personName)},
        {QStringLiteral("visit_id"), textOrNull(item.contactId)},
        {QStringLiteral("responsible_role"), kith::policy::responsibleCode(item.responsibleRole)},
        {QStringLiteral("responsible_id"), textOrNull(item.responsibleId)},
        {QStringLiteral("responsible"), report.responsibleName(item)},
        {QStringLiteral("started_at"), item.startedUtc.toString(Qt::ISODate)},
        {QStringLiteral("warn_date"), item.warnDate.toString(Qt::ISODate)},
        {QStringLiteral("due_date"), item.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("due_at"), item.dueUtc.toString(Qt::ISODate)},
        {QStringLiteral("status"), kith::due::statusCode(item.status)},
        {QStringLiteral("working_days_overdue"), item.workingDaysOverdue},
    };
}

QString itemLine(const DueReport& report, const DueItem& item) {
    QString when = item.dueDate.toString(Qt::ISODate);
    if (item.status == DueStatus::Overdue)
        when += item.workingDaysOverdue == 1
                    ? Invocation::tr(" (1 working day overdue)")
                    : Invocation::tr(" (%1 working days overdue)").arg(item.workingDaysOverdue);
    const QString who = item.isForChild()
                            ? Invocation::tr("%1, %2").arg(item.familyName, item.personName)
                            : item.familyName;
    return QStringLiteral("%1  %2  %3: %4 [%5]")
        .arg(kith::due::DueLabels::status(item.status).leftJustified(9), when, who, item.ruleTitle,
             report.responsibleName(item));
}

} // namespace

int runDue(Invocation& invocation) {
    const auto asOfText = invocation.takeOption(QStringLiteral("--as-of"));
    const auto professional = invocation.takeOption(QStringLiteral("--professional"));
    const auto agency = invocation.takeOption(QStringLiteral("--agency"));
    const bool everything = invocation.takeFlag(QStringLiteral("--all"));
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    if (!invocation.positional().isEmpty())
        return invocation.fail(Invocation::tr("due takes no arguments, only options; not \"%1\".")
                                   .arg(invocation.positional().join(u' ')),
                               UsageError);
    kith::due::DueQuery query{professional.value_or(QString()), agency.value_or(QString()), {}};
    if (asOfText) {
        const auto asOf = parseAsOf(*asOfText);
        if (!asOf)
            return invocation.fail(Invocation::tr("--as-of must be a date written YYYY-MM-DD (or "
                                                  "a UK time YYYY-MM-DDTHH:MM), not \"%1\".")
                                       .arg(*asOfText),
                                   UsageError);
        query.asOfUtc = *asOf;
    }
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    const auto built = kith::due::DueReports::build(*database, query);
    if (!built)
        return invocation.fail(built.error());
    const DueReport& report = built.value();

    // Without --all, only what needs attention: overdue and due soon.
    QList<DueItem> shown;
    for (const DueItem& item : report.items) {
        if (everything || item.status != DueStatus::Upcoming)
            shown.append(item);
    }
    if (invocation.json()) {
        QJsonArray items;
        for (const DueItem& item : std::as_const(shown))
            items.append(itemJson(report, item));
        invocation.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("policy"), report.policyName},
            {QStringLiteral("as_of"), report.asOfUtc.toString(Qt::ISODate)},
            {QStringLiteral("open_episodes"), static_cast<int>(report.episodes.size())},
            {QStringLiteral("overdue"), report.count(DueStatus::Overdue)},
            {QStringLiteral("due_soon"), report.count(DueStatus::DueSoon)},
            {QStringLiteral("upcoming"), report.count(DueStatus::Upcoming)},
            {QStringLiteral("items"), items},
        }));
        return Success;
    }
    invocation.print(Invocation::tr("%1 policy, as of %2: %3 open episodes, %4 overdue, %5 due "
                                    "soon.")
                         .arg(report.policyTitle, report.asOfUtc.toString(Qt::ISODate))
                         .arg(report.episodes.size())
                         .arg(report.count(DueStatus::Overdue))
                         .arg(report.count(DueStatus::DueSoon)));
    for (const DueItem& item : std::as_const(shown))
        invocation.print(itemLine(report, item));
    return Success;
}

} // namespace kithctl
