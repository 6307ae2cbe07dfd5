#pragma once

// A server (SyncService on a SQLite file) and replicas (Kith stores with their own clocks)
// that sync with it through the in-process transport. Store files are copied from templates
// made once per test run, so a replica costs a file copy, not a schema migration.

#include "client/in_process_transport.h"
#include "client/local_tables.h"
#include "client/sync_engine.h"
#include "protocol/wire.h"
#include "server/server_store.h"
#include "server/sync_service.h"
#include "store/database.h"
#include "store/family_store.h"
#include "temp_store.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace kith::testing {

inline const QString kSimPassword = QStringLiteral("correct horse battery");
inline const QString kServerUrl = QStringLiteral("inprocess://kith");

inline QDateTime simStart() {
    return QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
}

// Temporary folders in memory when the machine has /dev/shm: stores sync to disk on every
// commit, and thousands of simulated seeds would otherwise wait on the disk.
inline QString scratchRoot() {
    return QDir(QStringLiteral("/dev/shm")).exists()
               ? QStringLiteral("/dev/shm/kith-sync-XXXXXX")
               : QDir::tempPath() + QStringLiteral("/kith-sync-XXXXXX");
}

// A migrated client store with no device id yet (each copy makes its own on opening).
inline const QString& clientTemplate() {
    static QTemporaryDir dir(scratchRoot());
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("client.sqlite"));
        {
            FixedClock clock(simStart());
            auto opened = Database::open(file, clock);
            INFO(opened.message.toStdString());
            REQUIRE(opened);
            QSqlQuery(opened.database->connection())
                .exec(QStringLiteral("DELETE FROM store_meta WHERE key = 'device_id'"));
        }
        return file;
    }();
    return path;
}

// A server store with the account "sam", a practitioner.
inline const QString& serverTemplate() {
    static QTemporaryDir dir(scratchRoot());
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("server.sqlite"));
        auto opened = server::ServerStore::openSqlite(file);
        REQUIRE(opened);
        opened.value()->setPasswordCost(server::PasswordCost::Fast);
        REQUIRE(opened.value()->addAccount({QStringLiteral("sam"),
                                            QStringLiteral("practitioner"),
                                            QStringLiteral("North"),
                                            {},
                                            {},
                                            kSimPassword}));
        return file;
    }();
    return path;
}

inline void copyFile(const QString& from, const QString& to) {
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

inline sync::TransportResponse callService(server::SyncService& service,
                                           const sync::TransportRequest& request) {
    server::ServiceRequest made;
    made.method = request.method;
    made.path = request.path;
    made.query = request.query;
    made.headers = request.headers;
    made.body = request.body;
    const server::ServiceResponse answer = service.handle(made);
    return {answer.status, answer.headers, answer.body, {}};
}

struct SimServer {
    QTemporaryDir dir{scratchRoot()};
    FixedClock clock{simStart()};
    std::unique_ptr<server::ServerStore> store;
    std::unique_ptr<server::SyncService> service;

    SimServer() {
        const QString file = dir.filePath(QStringLiteral("server.sqlite"));
        copyFile(serverTemplate(), file);
        auto opened = server::ServerStore::openSqlite(file);
        REQUIRE(opened);
        store = std::move(opened).value();
        store->setPasswordCost(server::PasswordCost::Fast);
        service = std::make_unique<server::SyncService>(*store, clock);
    }
    ~SimServer() {
        service.reset();
        store.reset();
    }
};

// Faults the transport injects into the next request, then forgets.
struct Faults {
    bool loseResponse = false; // the server commits; the answer never arrives
    bool sendTwice = false;    // the request reaches the server twice
};

struct Replica {
    QTemporaryDir dir{scratchRoot()};
    FixedClock clock{simStart()};
    std::unique_ptr<Database> database;
    std::unique_ptr<FamilyStore> families;
    Faults faults;
    std::unique_ptr<sync::InProcessTransport> transport;
    sync::SyncOptions options;
    QString token;
    // Sees every request the server answered, including answers then lost on the way.
    std::function<void(const sync::TransportRequest&, const sync::TransportResponse&)> observe;

    Replica(SimServer& server, const QString& actor) {
        const QString file = dir.filePath(QStringLiteral("store.sqlite"));
        copyFile(clientTemplate(), file);
        auto opened = Database::open(file, clock);
        REQUIRE(opened);
        database = std::move(opened.database);
        families = std::make_unique<FamilyStore>(*database);
        families->setActor(actor);
        transport = std::make_unique<sync::InProcessTransport>(
            [this, &server](const sync::TransportRequest& request) {
                const Faults now = std::exchange(faults, Faults{});
                sync::TransportResponse answer = callService(*server.service, request);
                if (now.sendTwice)
                    answer = callService(*server.service, request);
                if (observe)
                    observe(request, answer);
                if (now.loseResponse)
                    return sync::TransportResponse{0, {}, {}, QStringLiteral("connection lost")};
                return answer;
            });
    }

    sync::SyncOutcome sync() {
        sync::SyncEngine engine(*database, *transport, options);
        const sync::SyncOutcome outcome =
            engine.syncOnce({kServerUrl, QStringLiteral("sam"), kSimPassword, token});
        if (!outcome.report.token.isEmpty())
            token = outcome.report.token;
        return outcome;
    }

    int pending() { return families->pendingChangeCount(); }

    // Every row of `table` as it would travel, by id.
    QMap<QString, QJsonObject> rows(const QString& table) {
        sync::LocalTables tables(database->connection());
        QMap<QString, QJsonObject> all;
        QSqlQuery query(database->connection());
        query.exec(QStringLiteral("SELECT id FROM %1").arg(table));
        while (query.next()) {
            const QString id = query.value(0).toString();
            all.insert(id, tables.readRow(table, id).value_or(QJsonObject()));
        }
        return all;
    }
};

// A laptop that has made the sample family and pushed it, and a second laptop of the same
// account that has not synced yet.
struct PushedFamily {
    SimServer server;
    Replica a{server, QStringLiteral("Sam Patel")};
    Replica b{server, QStringLiteral("Sam Patel")};

    PushedFamily() {
        REQUIRE(a.families->createFamily(sampleFamily()));
        REQUIRE(a.sync().ok);
    }
};

// Makes another professional, not linked to the replica's account, the family's lead: the
// server then stops sharing the family with that account (docs: "Need-to-know"). Gives the
// professional's id.
inline QString handOverToAnotherLead(Replica& replica, const QString& familyId) {
    const auto lead = replica.families->saveProfessional(
        {{}, {}, QStringLiteral("Jo Bloggs"), QStringLiteral("Family support worker"), {}, {}});
    REQUIRE(lead);
    REQUIRE(replica.families->appointLeadProfessional(familyId, lead.value(), QDate(2026, 11, 25),
                                                      QStringLiteral("Handover"), true));
    return lead.value();
}

// The one number a counting statement gives, read from the replica's store.
inline int count(Replica& replica, const QString& statement) {
    QSqlQuery query(replica.database->connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// The server's live rows of `entity` in the given families, by id.
inline QMap<QString, QJsonObject> serverRows(server::ServerStore& store, const QString& entity,
                                             const QStringList& familyIds) {
    QMap<QString, QJsonObject> all;
    for (const QString& family : familyIds) {
        for (const server::StoredRecord& row : store.familyRecords(family, {entity})) {
            if (!row.deleted)
                all.insert(row.id, row.fields);
        }
    }
    return all;
}

inline QString describeRows(const QMap<QString, QJsonObject>& rows) {
    QString text;
    for (auto it = rows.begin(); it != rows.end(); ++it)
        text += it.key() + QStringLiteral(": ") +
                QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)) + u'\n';
    return text;
}

} // namespace kith::testing
