// SyncService: GET /v1/changes (need-to-know pull) and GET /v1/directory.
#include "server/sync_service_impl.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kith::server {

namespace {

// A query parameter that must be a whole number in [min, max]; `fallback` when absent.
bool readNumber(const QUrlQuery& query, const QString& name, qint64 fallback, qint64 min,
                qint64 max, qint64& out) {
    if (!query.hasQueryItem(name)) {
        out = fallback;
        return true;
    }
    bool ok = false;
    out = query.queryItemValue(name).toLongLong(&ok);
    return ok && out >= min && out <= max;
}

sync::PulledChange toPulled(const FeedEntry& entry) {
    sync::PulledChange change;
    change.seq = entry.position;
    change.familyId = entry.record.familyId;
    if (entry.forgetFamily) {
        change.op = sync::PullOp::ForgetFamily;
        return change;
    }
    change.entity = entry.record.entity;
    change.id = entry.record.id;
    change.version = entry.record.version;
    change.op = entry.record.deleted ? sync::PullOp::Delete : sync::PullOp::Upsert;
    if (!entry.record.deleted)
        change.fieldsText = entry.record.fieldsText;
    return change;
}

} // namespace

ServiceResponse SyncService::Impl::pull(const ServiceRequest& request) {
    sync::WireError error;
    QString device;
    const std::optional<ServerAccount> account = signedIn(request, error, &device);
    if (!account)
        return errorResponse(error);
    qint64 cursor = 0;
    qint64 limit = 0;
    if (!readNumber(request.query, QStringLiteral("cursor"), 0, 0,
                    std::numeric_limits<qint64>::max(), cursor))
        return errorResponse(wireError(sync::ErrorCode::BadRequest,
                                       QStringLiteral("cursor must be a whole number, 0 or more"),
                                       QStringLiteral("cursor")));
    if (!readNumber(request.query, QStringLiteral("limit"), sync::limits::defaultPullLimit, 1,
                    std::numeric_limits<int>::max(), limit))
        return errorResponse(wireError(sync::ErrorCode::BadRequest,
                                       QStringLiteral("limit must be a whole number, 1 or more"),
                                       QStringLiteral("limit")));
    limit = std::min<qint64>(limit, sync::limits::maxPullLimit);
    const qint64 last = store.lastSeq();
    if ((cursor > 0 && cursor < store.oldestRetainedSeq()) || cursor > last)
        return errorResponse(
            wireError(sync::ErrorCode::ResyncRequired,
                      QStringLiteral("the server no longer has the changes after this cursor; "
                                     "reconcile in full from cursor 0")));

    // A full reconcile asks for every row, its own included, since what it does not receive
    // it removes.
    const QString includeOwn = request.query.queryItemValue(QStringLiteral("include_own"));
    const bool everyRow = includeOwn == QLatin1String("1") || includeOwn == QLatin1String("true");
    const FeedSlice slice =
        store.feed(*account, cursor, static_cast<int>(limit), everyRow ? QString() : device);
    sync::PullPage page;
    for (const FeedEntry& entry : slice.entries)
        page.changes.append(toPulled(entry));
    page.more = slice.more;
    page.cursor = slice.more && !slice.entries.isEmpty() ? slice.entries.last().position : last;
    // Counted only when asked (a client's first page of a sync, for its progress bar), and
    // only when there is more than this page.
    const QString askRemaining = request.query.queryItemValue(QStringLiteral("remaining"));
    if (askRemaining == QLatin1String("1") || askRemaining == QLatin1String("true"))
        page.remaining = slice.more
                             ? std::max<qint64>(store.feedRemaining(*account, cursor,
                                                                    everyRow ? QString() : device),
                                                slice.entries.size())
                             : slice.entries.size();
    store.logAccess(clock.nowUtc(), account->id, QStringLiteral("pull"),
                    QString::number(page.changes.size()));
    ServiceResponse response;
    response.status = 200;
    response.body = page.toJsonText(); // stored rows are spliced in as they are, not re-parsed
    return response;
}

ServiceResponse SyncService::Impl::directory(const ServiceRequest& request) {
    sync::WireError error;
    const std::optional<ServerAccount> account = signedIn(request, error);
    if (!account)
        return errorResponse(error);
    const auto item = [&](const char* name) {
        return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    DirectoryQuery query{item("given_name"), item("family_name"), item("date_of_birth"),
                         item("postcode"), item("nhs_number")};
    if (query.isEmpty())
        return errorResponse(
            wireError(sync::ErrorCode::BadRequest,
                      QStringLiteral("give at least one of given_name, family_name, date_of_birth, "
                                     "postcode or nhs_number"),
                      QStringLiteral("query")));

    const QDate today = clock.nowUtc().date();
    sync::DirectoryAnswer answer;
    const QStringList families = store.directoryFamilies(query);
    for (const QString& familyId : families) {
        sync::DirectoryMatch match{familyId, true, std::nullopt};
        for (const StoredRecord& row :
             store.familyRecords(familyId, {QStringLiteral("lead_professional")})) {
            const QString ended = row.fields.value(QStringLiteral("ended_on")).toString();
            if (row.deleted || (!ended.isEmpty() && QDate::fromString(ended, Qt::ISODate) < today))
                continue;
            const auto professional =
                store.record(QStringLiteral("professional"),
                             row.fields.value(QStringLiteral("professional_id")).toString());
            if (!professional || professional->deleted)
                continue;
            const QJsonObject& who = professional->fields;
            const auto agency = store.record(QStringLiteral("agency"),
                                             who.value(QStringLiteral("agency_id")).toString());
            const QJsonObject agencyFields = agency ? agency->fields : QJsonObject();
            QString phone = who.value(QStringLiteral("phone")).toString();
            if (phone.isEmpty())
                phone = agencyFields.value(QStringLiteral("phone")).toString();
            match.lead = sync::DirectoryContact{
                who.value(QStringLiteral("name")).toString(),
                agencyFields.value(QStringLiteral("name")).toString(), phone};
        }
        answer.matches.append(std::move(match));
    }
    // Who asked the directory about whom is kept in the server's own access log.
    const QJsonObject asked{{QStringLiteral("given_name"), query.givenName},
                            {QStringLiteral("family_name"), query.familyName},
                            {QStringLiteral("date_of_birth"), query.dateOfBirth},
                            {QStringLiteral("postcode"), query.postcode},
                            {QStringLiteral("nhs_number"), query.nhsNumber},
                            {QStringLiteral("matches"), answer.matches.size()}};
    store.logAccess(clock.nowUtc(), account->id, QStringLiteral("directory"),
                    QString::fromUtf8(QJsonDocument(asked).toJson(QJsonDocument::Compact)));
    return jsonResponse(200, answer.toJson());
}

} // namespace kith::server
