#include "demo/demo_practitioner.h"

#include "due/due_settings.h"

#include <QSqlQuery>

namespace kith::demo {

Status chooseDemoPractitioner(const Database& database) {
    QSqlQuery busiest(database.connection());
    if (!busiest.exec(
            QStringLiteral("SELECT lead_professional_id FROM episode WHERE stage <> 'closed' AND "
                           "lead_professional_id IS NOT NULL GROUP BY lead_professional_id "
                           "ORDER BY count(*) DESC, lead_professional_id LIMIT 1")))
        return Status::fail(QStringLiteral("cannot find the demo practitioner"));
    if (!busiest.next())
        return okStatus(); // no open episodes: the start screen will ask
    const QString professionalId = busiest.value(0).toString();
    busiest.finish();
    return due::DueSettings::setCurrentProfessionalId(database, professionalId);
}

} // namespace kith::demo
