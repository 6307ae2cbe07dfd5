// The app's sync: the sign-in dialog, "Sync now" in its worker thread with the status it
// leaves, and the conflict resolver on a real conflict made through a real SyncService.
#include "client/in_process_transport.h"
#include "client/sync_engine.h"
#include "client/token_store_memory.h"
#include "server/server_store.h"
#include "server/sync_service.h"
#include "store_session.h"
#include "sync/conflict_list_model.h"
#include "sync/conflict_resolver_dialog.h"
#include "sync/sign_in_dialog.h"
#include "sync/sync_controller.h"
#include "sync/sync_status_text.h"
#include "temp_store.h"
#include "ui_test_support.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QWidget>
#include <catch2/catch.hpp>
#include <memory>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::waitUntil;

namespace {

const QString kServer = QStringLiteral("http://sync.test");
const QString kPassword = QStringLiteral("correct horse battery");

sync::TransportResponse callService(server::SyncService& service,
                                    const sync::TransportRequest& request) {
    server::ServiceRequest made{request.method, request.path, request.query, request.headers,
                                request.body};
    const server::ServiceResponse answer = service.handle(made);
    return {answer.status, answer.headers, answer.body, {}};
}

// One server and two laptops of the same practitioner, all on one fixed clock, synced in
// this thread through the server's SyncService.
struct TwoLaptops {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC)};
    std::unique_ptr<server::ServerStore> serverStore;
    std::unique_ptr<server::SyncService> service;
    std::unique_ptr<sync::InProcessTransport> transport;
    std::unique_ptr<StoreSession> a;
    std::unique_ptr<StoreSession> b;

    TwoLaptops() {
        auto opened = server::ServerStore::openSqlite(dir.filePath(QStringLiteral("server.db")));
        REQUIRE(opened);
        serverStore = std::move(opened).value();
        serverStore->setPasswordCost(server::PasswordCost::Fast);
        REQUIRE(serverStore->addAccount({QStringLiteral("sam"),
                                         QStringLiteral("practitioner"),
                                         QStringLiteral("north"),
                                         {},
                                         {},
                                         kPassword}));
        service = std::make_unique<server::SyncService>(*serverStore, clock);
        transport = std::make_unique<sync::InProcessTransport>(
            [this](const sync::TransportRequest& request) {
                return callService(*service, request);
            });
        a = openLaptop(QStringLiteral("a.sqlite"));
        b = openLaptop(QStringLiteral("b.sqlite"));
    }
    std::unique_ptr<StoreSession> openLaptop(const QString& name) {
        auto opened = StoreSession::open(dir.filePath(name), clock);
        INFO(opened.message.toStdString());
        REQUIRE(opened);
        return std::move(opened.session);
    }
    sync::SyncOutcome sync(StoreSession& laptop) {
        sync::SyncEngine engine(laptop.database(), *transport);
        return engine.syncOnce({kServer, QStringLiteral("sam"), kPassword, {}});
    }
};

// A transport for the worker thread that answers like a server with nothing to send, after
// a pause long enough to see that the window keeps working meanwhile.
std::unique_ptr<sync::SyncTransport> quietServer(const QString&) {
    return std::make_unique<sync::InProcessTransport>([](const sync::TransportRequest& request) {
        QThread::msleep(150);
        sync::TransportResponse answer;
        answer.status = 200;
        if (request.path == u"/v1/session")
            answer.body =
                R"({"token": "token-from-server", "expires_at": "2099-01-01T00:00:00.000Z",
                 "account": {"id": "acc", "name": "sam", "role": "practitioner", "team": "north",
                 "hub": "hub", "professional_id": null}, "append_only": []})";
        else
            answer.body = R"({"changes": [], "cursor": 0, "more": false})";
        return answer;
    });
}

std::unique_ptr<sync::SyncTransport> serverDown(const QString&) {
    return std::make_unique<sync::InProcessTransport>([](const sync::TransportRequest&) {
        return sync::TransportResponse{0, {}, {}, QStringLiteral("connection refused")};
    });
}

} // namespace

TEST_CASE("The sign-in dialog names the field to fix and never keeps the password", "[ui][sync]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("sync"));
    SignInDialog dialog;
    dialog.serverField()->setText(QStringLiteral("kith.example.gov.uk"));
    dialog.userField()->setText(QStringLiteral("sam"));
    dialog.passwordField()->setText(QStringLiteral("secret-words-here"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemLabel()->text().startsWith(QStringLiteral("Server address")));
    CHECK(dialog.serverField()->text() == QStringLiteral("kith.example.gov.uk")); // kept

    dialog.serverField()->setText(QStringLiteral("https://kith.example.gov.uk"));
    dialog.passwordField()->clear();
    dialog.accept();
    CHECK(dialog.problemLabel()->text().startsWith(QStringLiteral("Password")));

    dialog.passwordField()->setText(QStringLiteral("secret-words-here"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(SignInDialog::rememberedServerUrl() == QStringLiteral("https://kith.example.gov.uk"));
    CHECK(SignInDialog::rememberedUser() == QStringLiteral("sam"));
    QSettings settings;
    for (const QString& key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("secret-words")));
    SignInDialog again;
    CHECK(again.serverField()->text() == QStringLiteral("https://kith.example.gov.uk"));
    CHECK(again.passwordField()->text().isEmpty());
    // Without a keychain the note does not promise to keep the sign-in there.
    CHECK(again.passwordNote()->text().contains(QStringLiteral("keychain")));
    again.setKeychainAvailable(false);
    CHECK_FALSE(again.passwordNote()->text().contains(QStringLiteral("keychain")));
    CHECK(again.passwordNote()->text().contains(QStringLiteral("each time")));
}

TEST_CASE("Sync now runs in a worker thread, keeps the token and reports in the status",
          "[ui][sync]") {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto opened = StoreSession::open(dir.filePath(QStringLiteral("store.sqlite")));
    INFO(opened.message.toStdString());
    REQUIRE(opened);
    QWidget window;
    auto tokens = std::make_unique<sync::MemoryTokenStore>();
    sync::MemoryTokenStore* kept = tokens.get();
    SyncController controller(&window, std::move(tokens), quietServer);
    int prompts = 0;
    controller.setCredentialsPrompt([&](const SyncCredentials&, const QString&, const QString&) {
        ++prompts;
        return std::optional<SyncCredentials>(
            SyncCredentials{kServer, QStringLiteral("sam"), kPassword});
    });
    controller.setSession(opened.session.get());
    CHECK(controller.syncAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+S")));

    controller.syncNow();
    CHECK(prompts == 1);
    CHECK(controller.isRunning()); // returned at once: the sync is in the worker thread
    CHECK_FALSE(controller.syncAction()->isEnabled());
    CHECK(SyncStatusText::line(controller.facts(), QDateTime::currentDateTimeUtc())
              .startsWith(QStringLiteral("Syncing")));
    REQUIRE(waitUntil([&] { return !controller.isRunning(); }, 10000));
    CHECK(controller.facts().problem.isEmpty());
    CHECK(controller.facts().lastSyncedAt.isValid());
    const auto token = kept->read({kServer, QStringLiteral("sam")});
    CHECK(token.token == QStringLiteral("token-from-server"));
    CHECK(SyncStatusText::line(controller.facts(), QDateTime::currentDateTimeUtc())
              .startsWith(QStringLiteral("Synced at")));

    // The next sync uses the kept sign-in: no password asked.
    controller.syncNow();
    REQUIRE(waitUntil([&] { return !controller.isRunning(); }, 10000));
    CHECK(prompts == 1);
    CHECK(controller.facts().problem.isEmpty());
}

TEST_CASE("A sync that cannot reach the server says so and loses nothing", "[ui][sync]") {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto opened = StoreSession::open(dir.filePath(QStringLiteral("store.sqlite")));
    INFO(opened.message.toStdString());
    REQUIRE(opened);
    REQUIRE(opened.session->store().createFamily(kith::testing::sampleFamily()));
    const int waiting = opened.session->store().pendingChangeCount();
    QWidget window;
    auto tokens = std::make_unique<sync::MemoryTokenStore>();
    tokens->setAvailable(false); // no keychain: asked for the password, nothing kept
    SyncController controller(&window, std::move(tokens), serverDown);
    QString reasonGiven;
    controller.setCredentialsPrompt(
        [&](const SyncCredentials&, const QString& reason, const QString&) {
            reasonGiven = reason;
            return std::optional<SyncCredentials>(
                SyncCredentials{kServer, QStringLiteral("sam"), kPassword});
        });
    controller.setSession(opened.session.get());
    controller.syncNow();
    REQUIRE(waitUntil([&] { return !controller.isRunning(); }, 10000));
    CHECK(controller.facts().problem.contains(QStringLiteral("safe")));
    CHECK(SyncStatusText::line(controller.facts(), QDateTime::currentDateTimeUtc()) ==
          QStringLiteral("Last sync failed"));
    CHECK(opened.session->store().pendingChangeCount() == waiting);
}

TEST_CASE("The resolver lists a real conflict and keeping the other change resolves it",
          "[ui][sync]") {
    TwoLaptops net;
    FamilyStore& storeA = net.a->store();
    const QString familyId = storeA.createFamily(kith::testing::sampleFamily()).value();
    REQUIRE(net.sync(*net.a).ok);
    REQUIRE(net.sync(*net.b).ok);
    REQUIRE(net.b->store().loadFamily(familyId));

    // Both laptops rename the family while offline; A syncs first, so B's name conflicts.
    REQUIRE(storeA.renameFamily(familyId, QStringLiteral("Khan-Hussain family")));
    REQUIRE(net.b->store().renameFamily(familyId, QStringLiteral("Hussain family")));
    REQUIRE(net.sync(*net.a).ok);
    const sync::SyncOutcome second = net.sync(*net.b);
    REQUIRE(second.ok);
    REQUIRE(second.report.openConflicts >= 1);

    ConflictResolverDialog dialog(*net.b, QStringLiteral("Sam Practitioner"));
    ConflictListModel* model = dialog.model();
    REQUIRE(model->rowCount() == second.report.openConflicts);
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->conflictAt(i).field == u"name")
            row = i;
    }
    REQUIRE(row >= 0);
    const auto text = [&](int column) {
        return model->index(row, column).data().toString();
    };
    CHECK(text(ConflictListModel::Detail) == QStringLiteral("Family: name"));
    CHECK(text(ConflictListModel::InRecord).contains(QStringLiteral("Khan-Hussain family")));
    CHECK(text(ConflictListModel::OtherChange).contains(QStringLiteral("Hussain family")));
    CHECK(text(ConflictListModel::InRecord).contains(QStringLiteral("by ")));

    const int before = model->rowCount();
    const int waitingBefore = net.b->store().pendingChangeCount();
    dialog.table()->selectRow(row);
    dialog.keepThatButton()->click();
    CHECK(model->rowCount() == before - 1);
    CHECK(net.b->store().loadFamily(familyId)->family.name == QStringLiteral("Hussain family"));
    CHECK(net.b->store().pendingChangeCount() > waitingBefore); // the resolution will sync

    // The resolution reaches the other laptop: its name follows and its conflict is closed.
    REQUIRE(net.sync(*net.b).ok);
    const sync::SyncOutcome third = net.sync(*net.a);
    REQUIRE(third.ok);
    CHECK(storeA.loadFamily(familyId)->family.name == QStringLiteral("Hussain family"));
    ConflictResolverDialog onA(*net.a, QStringLiteral("Sam"));
    for (int i = 0; i < onA.model()->rowCount(); ++i)
        CHECK(onA.model()->conflictAt(i).field != u"name");
}

TEST_CASE("The sync status reads plainly", "[ui][sync]") {
    const QDateTime now(QDate(2026, 11, 25), QTime(15, 0), Qt::LocalTime);
    SyncStatusFacts facts;
    CHECK(SyncStatusText::line(facts, now) == QStringLiteral("Offline \u2014 not synced yet"));
    facts.lastSyncedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 32), Qt::LocalTime);
    facts.openConflicts = 2;
    CHECK(SyncStatusText::line(facts, now) ==
          QStringLiteral("Synced at 10:32 \u00b7 2 conflicts to resolve"));
    facts.running = true;
    facts.phase = static_cast<int>(sync::SyncProgress::Phase::Pulling);
    facts.done = 12000;
    CHECK(SyncStatusText::line(facts, now) ==
          QStringLiteral("Syncing: 12,000 changes received\u2026"));
    facts.running = false;
    facts.problem = QStringLiteral("This computer's clock is 23 minutes ahead of the server's.");
    CHECK(SyncStatusText::line(facts, now).startsWith(QStringLiteral("Last sync failed")));
    CHECK(SyncStatusText::tooltip(facts).contains(QStringLiteral("23 minutes ahead")));
}
