#include "due/due_report.h"

#include "due/due_settings.h"

#include <QSqlQuery>

namespace kith::due {

QString DueReport::responsibleName(const DueItem& item) const {
    if (const auto found = professionals.constFind(item.responsibleId);
        found != professionals.cend())
        return found->name;
    return item.responsibleRole == policy::Responsible::Manager
               ? DueReports::tr("Team manager (not named)")
               : DueReports::tr("Nobody allocated yet");
}

int DueReport::count(DueStatus status) const {
    return static_cast<int>(std::count_if(
        items.cbegin(), items.cend(), [&](const DueItem& item) { return item.status == status; }));
}

QHash<QString, ProfessionalInfo> DueReports::professionals(const Database& database) {
    QHash<QString, ProfessionalInfo> found;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT p.id, p.name, p.job_title, p.agency_id, a.name FROM "
                                   "professional p LEFT JOIN agency a ON a.id = p.agency_id")))
        return found;
    while (query.next()) {
        ProfessionalInfo info{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString()};
        found.insert(info.id, info);
    }
    return found;
}

Result<DueReport> DueReports::build(const Database& database, const DueQuery& query) {
    const QString name = DueSettings::policyName(database);
    auto loaded = DueSettings::policy(database);
    if (!loaded)
        return Result<DueReport>::fail(
            tr("The deadline policy \"%1\" cannot be used: %2").arg(name, loaded.error()));
    const calendar::Region region = loaded.value().region;
    const DueEngine engine(std::move(loaded).value(), calendar::WorkingCalendar(region));

    DueReport report;
    report.policyName = engine.policy().name;
    report.policyTitle = engine.policy().title;
    report.asOfUtc = query.asOfUtc.isValid() ? query.asOfUtc : database.clock().nowUtc();
    report.episodes =
        loadOpenTimelines(database.connection(), {query.leadProfessionalId, query.agencyId});
    report.items = engine.itemsFor(report.episodes, report.asOfUtc);
    report.professionals = professionals(database);
    return Result<DueReport>::ok(std::move(report));
}

} // namespace kith::due
