#include "documents/copy_reader.h"

namespace kith::documents {

using namespace consent;

Result<CopyReader> CopyReaders::parse(const QString& text, const FamilySharing& family,
                                      const HubAgencies& agencies, const QSqlDatabase& db) {
    using R = Result<CopyReader>;
    CopyReader reader;
    if (text.trimmed().isEmpty()) {
        reader.name = family.audienceName(reader.audience);
        return R::ok(reader);
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString kind = text.left(colon).trimmed();
    const QString id = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (colon < 0 || id.isEmpty() ||
        (kind != QLatin1String("person") && kind != QLatin1String("agency") &&
         kind != QLatin1String("professional")))
        return R::fail(tr("--for \"%1\": say who the copy is for as person:PERSON_ID, "
                          "agency:AGENCY or professional:PROFESSIONAL_ID (leave it out for the "
                          "family's parents and carers).")
                           .arg(text));
    if (kind == QLatin1String("person")) {
        if (!family.people().person(id))
            return R::fail(tr("--for person:%1: there is no one with that id in this family. "
                              "Use the id of a member of the family.")
                               .arg(id));
        reader.audience = Audience::person(id);
    } else if (kind == QLatin1String("agency")) {
        const HubAgency* agency = agencies.find(id);
        if (!agency) {
            QStringList keys;
            for (const HubAgency& known : agencies.agencies())
                keys.append(known.key);
            return R::fail(tr("--for agency:%1: not one of the hub's agencies. The hub's "
                              "agencies are: %2.")
                               .arg(id, keys.join(QStringLiteral(", "))));
        }
        reader.audience = Audience::agency(agency->key);
    } else {
        if (!loadProfessional(db, id))
            return R::fail(tr("--for professional:%1: there is no professional with that id. "
                              "Use the id of a professional in this store.")
                               .arg(id));
        reader.audience = Audience::professional(id);
    }
    reader.name = family.audienceName(reader.audience);
    return R::ok(reader);
}

} // namespace kith::documents
