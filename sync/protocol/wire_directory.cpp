#include "protocol/wire.h"
#include "protocol/wire_json.h"

#include <array>
#include <utility>

namespace kith::sync {

namespace {

// The query's parameter names and the lookup's parts, in the order the protocol lists them.
std::array<std::pair<const char*, const QString*>, 5> parts(const DirectoryLookup& lookup) {
    return {{{"given_name", &lookup.givenName},
             {"family_name", &lookup.familyName},
             {"date_of_birth", &lookup.dateOfBirth},
             {"postcode", &lookup.postcode},
             {"nhs_number", &lookup.nhsNumber}}};
}

} // namespace

bool DirectoryLookup::isEmpty() const {
    for (const auto& part : parts(*this)) {
        if (!part.second->trimmed().isEmpty())
            return false;
    }
    return true;
}

QUrlQuery DirectoryLookup::toQuery() const {
    QUrlQuery query;
    for (const auto& part : parts(*this)) {
        if (!part.second->trimmed().isEmpty())
            query.addQueryItem(QString::fromLatin1(part.first), part.second->trimmed());
    }
    return query;
}

QJsonObject DirectoryAnswer::toJson() const {
    QJsonArray list;
    for (const DirectoryMatch& match : matches) {
        QJsonValue lead(QJsonValue::Null);
        if (match.lead)
            lead = QJsonObject{{QStringLiteral("name"), match.lead->name},
                               {QStringLiteral("agency"), json::textOrNull(match.lead->agency)},
                               {QStringLiteral("phone"), json::textOrNull(match.lead->phone)}};
        list.append(QJsonObject{{QStringLiteral("family_id"), match.familyId},
                                {QStringLiteral("known"), match.known},
                                {QStringLiteral("lead_professional"), lead}});
    }
    return {{QStringLiteral("matches"), list}};
}

Result<DirectoryAnswer> DirectoryAnswer::fromJson(const QJsonObject& json) {
    using R = Result<DirectoryAnswer>;
    const QString where = QStringLiteral("directory");
    const QJsonValue list = json.value(QStringLiteral("matches"));
    if (!list.isArray())
        return R::fail(json::missing(where, QStringLiteral("matches")));
    DirectoryAnswer answer;
    for (const QJsonValue& item : list.toArray()) {
        const QJsonObject object = item.toObject();
        DirectoryMatch match;
        if (!json::text(object, QStringLiteral("family_id"), match.familyId))
            return R::fail(json::missing(where, QStringLiteral("family_id")));
        match.known = object.value(QStringLiteral("known")).toBool(true);
        const QJsonValue lead = object.value(QStringLiteral("lead_professional"));
        if (lead.isObject()) {
            const QJsonObject who = lead.toObject();
            match.lead = DirectoryContact{json::optionalText(who, QStringLiteral("name")),
                                          json::optionalText(who, QStringLiteral("agency")),
                                          json::optionalText(who, QStringLiteral("phone"))};
        }
        answer.matches.append(std::move(match));
    }
    return R::ok(std::move(answer));
}

} // namespace kith::sync
