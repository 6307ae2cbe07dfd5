#pragma once

// A SyncService on a fresh store, driven the way a client would drive it. The store is a
// temporary SQLite file, or (in kith_server_pg_tests) its own schema in the PostgreSQL
// database that KITH_TEST_POSTGRES_URL names.

#include "catch_qt.h"
#include "protocol/wire.h"
#include "server/server_store.h"
#include "server/sync_service.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>
#include <memory>

namespace kith::testing {

inline const QString kPassword = QStringLiteral("correct horse battery");

// The PostgreSQL URL for this run; fails the test loudly when the script gave none.
inline QString postgresUrl() {
    const QString url = qEnvironmentVariable("KITH_TEST_POSTGRES_URL");
    INFO("kith_server_pg_tests needs KITH_TEST_POSTGRES_URL (packaging/run-tests.sh starts a "
         "PostgreSQL server and sets it)");
    REQUIRE_FALSE(url.isEmpty());
    return url;
}

struct ServiceFixture {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC)};
    std::unique_ptr<server::ServerStore> store;
    std::unique_ptr<server::SyncService> service;
    QString schema;

    ServiceFixture() {
#ifdef KITH_SERVER_TEST_POSTGRES
        schema = QStringLiteral("t_%1").arg(newId().remove(u'-'));
        auto opened = server::ServerStore::openPostgres(
            QStringLiteral("%1?schema=%2").arg(postgresUrl(), schema));
#else
        auto opened =
            server::ServerStore::openSqlite(dir.filePath(QStringLiteral("server.sqlite")));
#endif
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        store = std::move(opened).value();
        store->setPasswordCost(server::PasswordCost::Fast);
        service = std::make_unique<server::SyncService>(*store, clock);
    }
    ~ServiceFixture() {
        if (!schema.isEmpty()) {
            QSqlQuery(store->database()).exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
        }
        service.reset();
        store.reset();
    }

    server::ServerAccount addAccount(const QString& name, const QString& role,
                                     const QString& team = QStringLiteral("North"),
                                     const QString& professionalId = {}) {
        auto added = store->addAccount({name, role, team, professionalId, {}, kPassword});
        INFO(added.error().toStdString());
        REQUIRE(added);
        return added.value();
    }

    server::ServiceRequest request(const QByteArray& method, const QString& path,
                                   const QString& token = {}) const {
        server::ServiceRequest made;
        made.method = method;
        made.path = path;
        made.setHeader(sync::header::protocol, "1");
        made.setHeader(sync::header::clientTime, sync::formatMoment(clock.nowUtc()).toLatin1());
        if (!token.isEmpty())
            made.setHeader(sync::header::authorization, "Bearer " + token.toLatin1());
        return made;
    }

    server::ServiceResponse post(const QString& path, const QJsonObject& body,
                                 const QString& token = {}) {
        server::ServiceRequest made = request("POST", path, token);
        made.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return service->handle(made);
    }

    // Each account signs in from a laptop of its own: the server tells devices apart (a
    // device's own settled rows stay out of its pulls).
    static QString deviceOf(const QString& name) {
        return QUuid::createUuidV5(QUuid(QStringLiteral("7d5c1a8e-3b1f-4f7e-9c55-0a4b2d9e6f10")),
                                   name)
            .toString(QUuid::WithoutBraces);
    }

    server::ServiceResponse signInAs(const QString& name, const QString& password = kPassword) {
        return post(sync::path::session,
                    QJsonObject{{QStringLiteral("user"), name},
                                {QStringLiteral("password"), password},
                                {QStringLiteral("device_id"), deviceOf(name)}});
    }

    QString tokenFor(const QString& name) {
        const server::ServiceResponse response = signInAs(name);
        INFO(response.body.toStdString());
        REQUIRE(response.status == 200);
        return response.json().value(QStringLiteral("token")).toString();
    }

    // Pushes changes; returns the response body (status checked to be 200).
    QJsonObject push(const QString& token, const QJsonArray& changes) {
        const server::ServiceResponse response =
            post(sync::path::push,
                 QJsonObject{{QStringLiteral("device_id"),
                              QStringLiteral("00000000-0000-4000-8000-000000000001")},
                             {QStringLiteral("changes"), changes}},
                 token);
        INFO(response.body.toStdString());
        REQUIRE(response.status == 200);
        return response.json();
    }

    // The status of the only result of a one-change push.
    QJsonObject pushOne(const QString& token, const QJsonObject& change) {
        const QJsonArray results =
            push(token, QJsonArray{change}).value(QStringLiteral("results")).toArray();
        REQUIRE(results.size() == 1);
        return results.first().toObject();
    }

    // Every test device pushes and pulls with one device id, so by default the pull asks
    // for the device's own rows too (`include_own`); `ownRows` false pulls as the engine does.
    server::ServiceResponse pullResponse(const QString& token, qint64 cursor, int limit = 1000,
                                         bool ownRows = true) {
        server::ServiceRequest made = request("GET", sync::path::changes, token);
        made.query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        made.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (ownRows)
            made.query.addQueryItem(QStringLiteral("include_own"), QStringLiteral("1"));
        return service->handle(made);
    }

    QJsonObject pull(const QString& token, qint64 cursor, int limit = 1000, bool ownRows = true) {
        const server::ServiceResponse response = pullResponse(token, cursor, limit, ownRows);
        INFO(response.body.toStdString());
        REQUIRE(response.status == 200);
        return response.json();
    }

    // Every change the account gets from `cursor` on, page by page; `cursor` is advanced.
    QList<QJsonObject> pullAll(const QString& token, qint64& cursor, int limit = 1000) {
        QList<QJsonObject> all;
        for (int page = 0; page < 1000; ++page) {
            const QJsonObject body = pull(token, cursor, limit);
            for (const QJsonValue& change : body.value(QStringLiteral("changes")).toArray())
                all.append(change.toObject());
            cursor = body.value(QStringLiteral("cursor")).toInteger();
            if (!body.value(QStringLiteral("more")).toBool())
                break;
        }
        return all;
    }
};

// A pushed change as a client would write it.
inline QJsonObject change(const QString& op, const QString& entity, const QString& id,
                          const QString& familyId, const QJsonObject& fields, qint64 base = 0,
                          const QString& by = QStringLiteral("Sam Patel")) {
    QJsonObject json{{QStringLiteral("mutation_id"), newId()},
                     {QStringLiteral("entity"), entity},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("op"), op},
                     {QStringLiteral("base"), base},
                     {QStringLiteral("hlc"), QStringLiteral("0001764066600000:0000:device")},
                     {QStringLiteral("changed_at"), QStringLiteral("2026-11-25T10:00:00.000Z")},
                     {QStringLiteral("changed_by"), by}};
    if (!familyId.isEmpty())
        json.insert(QStringLiteral("family_id"), familyId);
    if (op != QLatin1String("delete"))
        json.insert(QStringLiteral("fields"), fields);
    return json;
}

inline QJsonObject familyInsert(const QString& familyId,
                                const QString& name = QStringLiteral("Khan family")) {
    return change(QStringLiteral("insert"), QStringLiteral("family"), familyId, familyId,
                  {{QStringLiteral("id"), familyId}, {QStringLiteral("name"), name}});
}

inline QJsonObject leadInsert(const QString& familyId, const QString& professionalId,
                              const QString& id = newId()) {
    return change(QStringLiteral("insert"), QStringLiteral("lead_professional"), id, familyId,
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("family_id"), familyId},
                   {QStringLiteral("professional_id"), professionalId},
                   {QStringLiteral("started_on"), QStringLiteral("2026-11-01")},
                   {QStringLiteral("ended_on"), QJsonValue()}});
}

// Families named in the changes (rows' family_id, forget_family).
inline QSet<QString> familiesIn(const QList<QJsonObject>& changes, const QString& op = {}) {
    QSet<QString> families;
    for (const QJsonObject& c : changes) {
        if (op.isEmpty() || c.value(QStringLiteral("op")).toString() == op)
            families.insert(c.value(QStringLiteral("family_id")).toString());
    }
    families.remove(QString());
    return families;
}

// Sam, a practitioner, has pushed a new family; Alex manages Sam's team.
struct SamsFamilyAndManager {
    ServiceFixture f;
    QString sam;
    QString alex;
    QString familyId = newId();

    SamsFamilyAndManager() {
        f.addAccount(QStringLiteral("sam"), QStringLiteral("practitioner"));
        f.addAccount(QStringLiteral("alex"), QStringLiteral("manager"));
        sam = f.tokenFor(QStringLiteral("sam"));
        alex = f.tokenFor(QStringLiteral("alex"));
        REQUIRE(f.pushOne(sam, familyInsert(familyId)).value(QStringLiteral("status")) ==
                QStringLiteral("applied"));
    }
};

} // namespace kith::testing
