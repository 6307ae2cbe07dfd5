#include "audit/audit_log.h"
#include "family_list_pane.h"
#include "family_view.h"
#include "lock/unlock_secret_store.h"
#include "lock_controller.h"
#include "lock_page.h"
#include "lock_setup_page.h"
#include "lock_test_support.h"
#include "main_window.h"
#include "platform/session_lock_signals.h"
#include "store/database.h"
#include "ui_test_support.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using namespace kith::ui::test;
using State = LockController::State;

namespace {

FamilyRecord familyOnShow(const MainWindow& window) {
    const auto family = window.session()->store().loadFamily(window.familyView()->familyId());
    REQUIRE(family);
    return *family;
}

// What the audit log holds, read through a second connection as another program would.
QList<audit::Action> auditedActions(const QString& path, const Clock& clock) {
    auto opened = Database::open(path, clock);
    REQUIRE(opened);
    audit::AuditLog log(*opened.database);
    QList<audit::Action> actions;
    for (const audit::AuditEvent& event : log.recent(500))
        actions.prepend(event.action);
    return actions;
}

void showActive(MainWindow& window) {
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("A new store asks for a PIN or passphrase before showing any family", "[ui][lock]") {
    ClockedDemoStore store(20);
    MainWindow window;
    window.setSession(std::move(store.session));
    showActive(window);
    LockController& lock = *window.lockController();
    REQUIRE(lock.state() == State::ChoosingSecret);
    CHECK(window.centralWidget() == lock.setupPage());
    const FamilyRecord family = familyOnShow(window);
    CHECK(detailsShown(personalDetails(family), visibleTexts()).isEmpty());

    // Behind the page, the Family tab is brought forward; it is there once a PIN is chosen.
    window.familyTabs()->setCurrentWidget(window.familyView());
    LockSetupPage& page = *lock.setupPage();
    QTest::keyClicks(page.secretBox(), QStringLiteral("12345"));
    QTest::keyClicks(page.confirmationBox(), QStringLiteral("12345"));
    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    CHECK(lock.state() == State::ChoosingSecret);
    CHECK(page.message().contains(QStringLiteral("at least 6 digits")));
    // What was typed stays, so it can be corrected.
    CHECK(page.secretBox()->text() == QStringLiteral("12345"));

    page.secretBox()->setText(kTestPassphrase);
    page.confirmationBox()->setText(QStringLiteral("marmalade sandwhich"));
    QTest::keyClick(page.confirmationBox(), Qt::Key_Return);
    CHECK(lock.state() == State::ChoosingSecret);
    CHECK(page.message().contains(QStringLiteral("different")));

    page.confirmationBox()->setText(kTestPassphrase);
    QTest::keyClick(page.confirmationBox(), Qt::Key_Return);
    CHECK(lock.state() == State::Open);
    CHECK(window.familyView()->isVisible());
    CHECK_FALSE(detailsShown(personalDetails(family), visibleTexts()).isEmpty());
    // The boxes are emptied once the choice is made.
    CHECK(page.secretBox()->text().isEmpty());

    const QByteArray stored = lock::UnlockSecretStore(window.session()->database()).secretHash();
    CHECK(stored.startsWith("$argon2id$"));
    CHECK_FALSE(stored.contains(kTestPassphrase.toUtf8()));
}

TEST_CASE("Ctrl+L locks and a locked window shows nothing personal", "[ui][lock]") {
    ClockedDemoStore store(20);
    MainWindow window;
    openWithPassphrase(window, store);
    showActive(window);
    window.familyList()->selectRow(3);
    const FamilyRecord family = familyOnShow(window);
    const QStringList details = personalDetails(family);
    REQUIRE(details.size() > 3);
    // The check below can see the family when it is on screen.
    REQUIRE_FALSE(detailsShown(details, visibleTexts()).isEmpty());
    const QImage open = window.grab().toImage();

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.lockController()->state() == State::Locked);

    CHECK(window.windowTitle() == QStringLiteral("Kith \u2014 locked"));
    CHECK(window.centralWidget() == window.lockController()->lockPage());
    CHECK_FALSE(window.familyView()->isVisible());
    CHECK_FALSE(window.familyList()->isVisible());
    CHECK_FALSE(window.statusBar()->isVisible());
    CHECK_FALSE(window.menuBar()->isVisible());
    const QStringList texts = visibleTexts();
    CHECK(texts.contains(QStringLiteral("Kith is locked")));
    CHECK(detailsShown(details, texts).isEmpty());

    const QImage locked = window.grab().toImage();
    CHECK(colourCount(locked) > 2);
    CHECK(locked != open);
}

TEST_CASE("Locking hides other windows and menus, and unlocking brings them back", "[ui][lock]") {
    ClockedDemoStore store(5);
    MainWindow window;
    openWithPassphrase(window, store);
    showActive(window);
    const QString name = familyOnShow(window).family.name;

    // A window that names the family, as a future editor might.
    QDialog notes(&window);
    notes.setWindowTitle(name);
    notes.setModal(false);
    notes.show();
    REQUIRE(QTest::qWaitForWindowExposed(&notes));
    const QString titleBefore = window.windowTitle();
    QMenu* file = window.menuBar()->actions().at(0)->menu();
    file->popup(window.mapToGlobal(QPoint(10, 10)));
    REQUIRE(QTest::qWaitForWindowExposed(file));
    REQUIRE(QApplication::activePopupWidget() == file);

    window.lockController()->lockAction()->trigger();
    CHECK(QApplication::activePopupWidget() == nullptr);
    CHECK_FALSE(notes.isVisible());
    CHECK(detailsShown({name}, visibleTexts()).isEmpty());
    // A title set while locked (it might name a family) waits until unlocking.
    window.setWindowTitle(name);
    CHECK(window.windowTitle() == QStringLiteral("Kith \u2014 locked"));

    REQUIRE(window.lockController()->unlock(kTestPassphrase));
    CHECK(notes.isVisible());
    CHECK(window.menuBar()->isVisible());
    CHECK(window.statusBar()->isVisible());
    CHECK(window.windowTitle() == name);
    window.setWindowTitle(titleBefore);
}

TEST_CASE("Kith locks by itself after the idle time, and input keeps it open", "[ui][lock]") {
    ClockedDemoStore store(5);
    MainWindow window;
    openWithPassphrase(window, store);
    showActive(window);
    LockController& lock = *window.lockController();

    // Keep typing for longer than the idle time: it stays open.
    lock.setIdlePolicy(lock::IdleLockPolicy::forTesting(std::chrono::milliseconds(1500)));
    for (int i = 0; i < 25; ++i) {
        QTest::keyClick(window.familyList()->searchBox(), Qt::Key_Shift);
        QTest::qWait(100);
    }
    CHECK(lock.state() == State::Open);

    lock.setIdlePolicy(lock::IdleLockPolicy::forTesting(std::chrono::milliseconds(200)));
    CHECK(waitUntil([&] { return lock.state() == State::Locked; }, 5000));
    CHECK_FALSE(window.familyView()->isVisible());
}

TEST_CASE("The desktop's screen lock and sleep lock Kith", "[ui][lock]") {
    ClockedDemoStore store(5);
    MainWindow window;
    openWithPassphrase(window, store);
    LockController& lock = *window.lockController();

    emit lock.desktopSignals()->screenLocked();
    CHECK(lock.state() == State::Locked);
    REQUIRE(lock.unlock(kTestPassphrase));
    emit lock.desktopSignals()->goingToSleep();
    CHECK(lock.state() == State::Locked);
}

TEST_CASE("Unlocking shows the same family, where it was", "[ui][lock]") {
    ClockedDemoStore store(20);
    MainWindow window;
    openWithPassphrase(window, store);
    showActive(window);
    window.familyList()->selectRow(7);
    const QString familyId = window.familyView()->familyId();
    QWidget* content = window.centralWidget();
    window.familyList()->searchBox()->setFocus();

    window.lockController()->lock(lock::LockReason::Shortcut);
    LockPage& page = *window.lockController()->lockPage();
    QTest::keyClicks(page.secretBox(), kTestPassphrase);
    QTest::keyClick(page.secretBox(), Qt::Key_Return);

    CHECK(window.lockController()->state() == State::Open);
    CHECK(window.centralWidget() == content);
    CHECK(window.familyView()->familyId() == familyId);
    CHECK(window.familyView()->isVisible());
    CHECK(window.familyList()->searchBox()->hasFocus());
    CHECK(window.windowTitle() == QStringLiteral("lock-test.sqlite \u2014 Kith"));
    // Nothing typed is left in the lock page.
    CHECK(page.secretBox()->text().isEmpty());
}

TEST_CASE("Wrong attempts slow down and are recorded", "[ui][lock]") {
    ClockedDemoStore store(5);
    FixedClock& clock = store.clock;
    const QString path = store.path();
    MainWindow window;
    openWithPassphrase(window, store);
    showActive(window);
    LockController& lock = *window.lockController();
    LockPage& page = *lock.lockPage();
    lock.lock(lock::LockReason::Shortcut);

    for (int attempt = 1; attempt <= 3; ++attempt) {
        REQUIRE(page.secretBox()->isEnabled());
        QTest::keyClicks(page.secretBox(), QStringLiteral("wrong guess %1").arg(attempt));
        QTest::mouseClick(page.unlockButton(), Qt::LeftButton);
        CHECK(page.message().contains(QStringLiteral("not the right PIN")));
    }
    CHECK(lock.state() == State::Locked);
    // After the third, a wait: the box and button are off and the page says how long.
    CHECK_FALSE(page.secretBox()->isEnabled());
    CHECK_FALSE(page.unlockButton()->isEnabled());
    CHECK(page.waitMessage().contains(QStringLiteral("wait 2 seconds")));
    // Even the right passphrase is refused until the wait is over.
    CHECK_FALSE(lock.unlock(kTestPassphrase));

    clock.advanceSeconds(2);
    CHECK(waitUntil([&] { return page.secretBox()->isEnabled(); }, 3000));
    CHECK(page.waitMessage().contains(QStringLiteral("try again now")));
    CHECK_FALSE(lock.unlock(QStringLiteral("wrong guess 4")));
    CHECK(page.waitMessage().contains(QStringLiteral("wait 4 seconds")));
    clock.advanceSeconds(4);
    CHECK(lock.unlock(kTestPassphrase));

    const QList<audit::Action> actions = auditedActions(path, clock);
    CHECK(actions.count(audit::Action::UnlockFailed) == 4);
    CHECK(actions.count(audit::Action::Lock) == 1);
    CHECK(actions.count(audit::Action::Unlock) == 1);
    REQUIRE(actions.size() >= 6);
    CHECK(actions.mid(actions.size() - 6) ==
          QList<audit::Action>{audit::Action::Lock, audit::Action::UnlockFailed,
                               audit::Action::UnlockFailed, audit::Action::UnlockFailed,
                               audit::Action::UnlockFailed, audit::Action::Unlock});
}

TEST_CASE("A store with a PIN opens locked", "[ui][lock]") {
    ClockedDemoStore store(5);
    const QString path = store.path();
    {
        MainWindow first;
        openWithPassphrase(first, store);
    }
    StoreSession::Opened again = StoreSession::open(path, store.clock);
    REQUIRE(again);
    MainWindow window;
    window.setSession(std::move(again.session));
    CHECK(window.lockController()->state() == State::Locked);
    CHECK(window.centralWidget() == window.lockController()->lockPage());
    CHECK(window.lockController()->unlock(kTestPassphrase));
}

TEST_CASE("Lock Kith is in the File menu with Ctrl+L", "[ui][lock]") {
    ClockedDemoStore store(2);
    MainWindow window;
    openWithPassphrase(window, store);
    QAction* lockAction = window.lockController()->lockAction();
    CHECK(lockAction->shortcut() == QKeySequence(QStringLiteral("Ctrl+L")));
    const QMenu* file = window.menuBar()->actions().at(0)->menu();
    REQUIRE(file);
    CHECK(file->actions().contains(lockAction));
    CHECK(lockAction->text().remove(QLatin1Char('&')) == QStringLiteral("Lock Kith"));
}

TEST_CASE("A window locked before it is first shown shows no menus or status bar", "[ui][lock]") {
    ClockedDemoStore store(2);
    const QString path = store.path();
    {
        MainWindow first;
        openWithPassphrase(first, store);
    }
    StoreSession::Opened again = StoreSession::open(path, store.clock);
    REQUIRE(again);
    MainWindow window;
    window.setSession(std::move(again.session));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.menuBar()->isVisible());
    CHECK_FALSE(window.statusBar()->isVisible());
    REQUIRE(window.lockController()->unlock(kTestPassphrase));
    CHECK(window.menuBar()->isVisible());
    CHECK(window.statusBar()->isVisible());
}
