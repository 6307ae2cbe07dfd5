// The app's sync, continued: progress with a total in the status bar, "Stop syncing", and
// the list of changes the server did not accept.
#include "audit/audit_log.h"
#include "client/in_process_transport.h"
#include "client/refused_changes.h"
#include "client/sync_engine.h"
#include "client/sync_state_store.h"
#include "client/token_store_memory.h"
#include "store_session.h"
#include "store_status_bar.h"
#include "sync/refused_changes_dialog.h"
#include "sync/sync_controller.h"
#include "sync/sync_status_text.h"
#include "temp_store.h"
#include "ui_test_support.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::waitUntil;

namespace {

const QString kServer = QStringLiteral("http://sync.test");
using Phase = sync::SyncProgress::Phase;

// A server that signs in and then sends empty pages for ever, each saying 500 changes wait,
// slowly enough for a test to press Stop while it runs.
std::unique_ptr<sync::SyncTransport> endlessServer(const QString&) {
    return std::make_unique<sync::InProcessTransport>([](const sync::TransportRequest& request) {
        QThread::msleep(60);
        sync::TransportResponse answer;
        answer.status = 200;
        if (request.path == u"/v1/session") {
            answer.body =
                R"({"token": "token-from-server", "expires_at": "2099-01-01T00:00:00.000Z",
                 "account": {"id": "acc", "name": "sam", "role": "practitioner", "team": "north",
                 "hub": "hub", "professional_id": null}, "append_only": []})";
            return answer;
        }
        const qint64 cursor =
            request.query.queryItemValue(QStringLiteral("cursor")).toLongLong() + 1;
        answer.body = QStringLiteral(R"({"changes": [], "cursor": %1, "more": true%2})")
                          .arg(cursor)
                          .arg(request.query.hasQueryItem(QStringLiteral("remaining"))
                                   ? QStringLiteral(R"(, "remaining": 500)")
                                   : QString())
                          .toUtf8();
        return answer;
    });
}

sync::RejectedChange refusedPersonEdit(const QString& familyId, const QDateTime& at) {
    return {QStringLiteral("mutation-1"),
            QStringLiteral("person"),
            QStringLiteral("person-1"),
            familyId,
            QStringLiteral("update"),
            QStringLiteral(R"({"given_name": "Amira"})"),
            QStringLiteral("forbidden: this account does not work with the family"),
            at};
}

} // namespace

TEST_CASE("The sync status counts up to a total when there is one", "[ui][sync-progress]") {
    const QDateTime now(QDate(2026, 11, 25), QTime(15, 0), Qt::LocalTime);
    SyncStatusFacts facts;
    facts.running = true;
    facts.phase = static_cast<int>(Phase::Pushing);
    facts.done = 1200;
    facts.total = 74000;
    CHECK(SyncStatusText::line(facts, now) == QStringLiteral("Sending changes: 1,200 of 74,000"));
    facts.phase = static_cast<int>(Phase::Pulling);
    facts.done = 30000;
    CHECK(SyncStatusText::line(facts, now) == QStringLiteral("Receiving: 30,000 of about 74,000"));
    facts.total = 0; // an older server: a count without a total
    CHECK(SyncStatusText::line(facts, now) ==
          QStringLiteral("Syncing: 30,000 changes received\u2026"));
    facts.stopping = true;
    CHECK(SyncStatusText::line(facts, now).startsWith(QStringLiteral("Stopping the sync")));

    facts = {};
    facts.stopped = QStringLiteral("Sync stopped. Everything received so far is kept.");
    facts.refusedChanges = 2;
    CHECK(SyncStatusText::line(facts, now) ==
          QStringLiteral("Sync stopped \u00b7 2 changes not accepted"));
    CHECK(SyncStatusText::tooltip(facts).contains(QStringLiteral("received so far is kept")));
    CHECK(SyncStatusText::tooltip(facts).contains(QStringLiteral("did not accept")));
    facts.refusedChanges = 1;
    CHECK(SyncStatusText::line(facts, now).endsWith(QStringLiteral("1 change not accepted")));
}

TEST_CASE("The status bar shows a bar only with a total, and Stop only while syncing",
          "[ui][sync-progress]") {
    QWidget window;
    StoreStatusBar bar(&window);
    QAction stop(QStringLiteral("Stop syncing"));
    bar.setStopAction(&stop);
    window.show();
    auto* button = bar.findChild<QWidget*>(QStringLiteral("statusStopSync"));
    auto* waiting = bar.findChild<QLabel*>(QStringLiteral("statusPending"));
    REQUIRE(button);
    REQUIRE(waiting);
    CHECK(waiting->isVisible());
    bar.setSyncProgress(true, 30, 120);
    CHECK_FALSE(waiting->isVisible()); // counted again when the sync ends
    CHECK(bar.syncProgressBar()->isVisible());
    CHECK(bar.syncProgressBar()->maximum() == 120);
    CHECK(bar.syncProgressBar()->value() == 30);
    CHECK(button->isVisible());
    bar.setSyncProgress(true, 30, 0);
    CHECK_FALSE(bar.syncProgressBar()->isVisible());
    CHECK(button->isVisible());
    bar.setSyncProgress(false, 0, 0);
    CHECK_FALSE(bar.syncProgressBar()->isVisible());
    CHECK_FALSE(button->isVisible());
    CHECK(waiting->isVisible());
}

TEST_CASE("Stop syncing ends a running sync with what it received kept", "[ui][sync-progress]") {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto opened = StoreSession::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened);
    QWidget window;
    auto tokens = std::make_unique<sync::MemoryTokenStore>();
    sync::MemoryTokenStore* kept = tokens.get();
    SyncController controller(&window, std::move(tokens), endlessServer);
    controller.setCredentialsPrompt([](const SyncCredentials&, const QString&, const QString&) {
        return std::optional<SyncCredentials>(
            SyncCredentials{kServer, QStringLiteral("sam"), QStringLiteral("pw")});
    });
    controller.setSession(opened.session.get());
    CHECK_FALSE(controller.stopAction()->isEnabled());

    int pages = 0; // the pages received so far, each reported to the window
    QObject::connect(&controller, &SyncController::statusChanged, [&] {
        if (controller.facts().running &&
            controller.facts().phase == static_cast<int>(Phase::Pulling))
            ++pages;
    });
    controller.syncNow();
    REQUIRE(controller.isRunning());
    CHECK(controller.stopAction()->isEnabled());
    REQUIRE(waitUntil([&] { return pages >= 2; }, 10000));
    CHECK(controller.facts().phase == static_cast<int>(Phase::Pulling));
    CHECK(controller.facts().total == 500);
    CHECK(SyncStatusText::line(controller.facts(), QDateTime::currentDateTimeUtc())
              .startsWith(QStringLiteral("Receiving: ")));

    controller.stopAction()->trigger();
    CHECK(controller.facts().stopping);
    CHECK_FALSE(controller.stopAction()->isEnabled());
    REQUIRE(waitUntil([&] { return !controller.isRunning(); }, 10000));
    CHECK(controller.facts().problem.isEmpty()); // stopping is not a failure
    CHECK(controller.facts().stopped.contains(QStringLiteral("rest comes next time")));
    CHECK(SyncStatusText::line(controller.facts(), QDateTime::currentDateTimeUtc()) ==
          QStringLiteral("Sync stopped"));
    CHECK(controller.syncAction()->isEnabled());
    // The pages received before the stop are kept: the cursor moved past them.
    CHECK(sync::SyncStateStore(opened.session->database().connection()).cursor() >= 2);
    CHECK(kept->read({kServer, QStringLiteral("sam")}).token ==
          QStringLiteral("token-from-server"));
}

TEST_CASE("Changes the server did not accept are listed, counted and dismissed",
          "[ui][sync-progress]") {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto opened = StoreSession::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened);
    StoreSession& session = *opened.session;
    const auto family = session.store().createFamily(kith::testing::sampleFamily());
    REQUIRE(family);
    const QDateTime at(QDate(2026, 11, 24), QTime(16, 5), Qt::UTC);
    REQUIRE(sync::SyncStateStore(session.database().connection())
                .addRejected(refusedPersonEdit(family.value(), at)));

    QWidget window;
    SyncController controller(&window, std::make_unique<sync::MemoryTokenStore>(), endlessServer);
    controller.setSession(&session);
    CHECK(controller.facts().refusedChanges == 1);
    CHECK(SyncStatusText::line(controller.facts(), QDateTime::currentDateTimeUtc())
              .endsWith(QStringLiteral("1 change not accepted")));
    REQUIRE(controller.refusedAction()->isEnabled());

    controller.refusedAction()->trigger();
    auto* dialog = window.findChild<RefusedChangesDialog*>();
    REQUIRE(dialog);
    QTreeWidget* list = dialog->list();
    REQUIRE(list->topLevelItemCount() == 1);
    const QTreeWidgetItem* item = list->topLevelItem(0);
    CHECK(item->text(0) == QStringLiteral("Khan family"));
    CHECK(item->text(1) == QStringLiteral("Person"));
    CHECK(item->text(2) == QStringLiteral("Changing it"));
    CHECK(item->text(3).contains(QStringLiteral("24 Nov 2026")));
    CHECK(dialog->reasonLabel()->text().contains(QStringLiteral("does not record you as working")));
    CHECK_FALSE(dialog->reasonLabel()->text().contains(QStringLiteral("forbidden:")));
    REQUIRE(dialog->dismissButton()->isEnabled());

    dialog->dismissButton()->click();
    CHECK(list->topLevelItemCount() == 0);
    CHECK_FALSE(dialog->dismissButton()->isEnabled());
    CHECK(dialog->reasonLabel()->text().isEmpty());
    CHECK(controller.facts().refusedChanges == 0);
    CHECK_FALSE(SyncStatusText::line(controller.facts(), QDateTime::currentDateTimeUtc())
                    .contains(QStringLiteral("not accepted")));
    CHECK(sync::RefusedChanges(session.database()).count() == 0);
    // Who dismissed which record stays in the audit log.
    const QList<audit::AuditEvent> trail = audit::AuditLog(session.database()).recent(1);
    REQUIRE(trail.size() == 1);
    CHECK(trail.first().entity == QStringLiteral("person"));
    CHECK(trail.first().entityId == QStringLiteral("person-1"));
    CHECK(trail.first().detail == QStringLiteral("refused change dismissed (update)"));
    dialog->close();
}
