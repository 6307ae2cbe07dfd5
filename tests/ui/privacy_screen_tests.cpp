#include "access_history_model.h"
#include "access_history_view.h"
#include "family_list_pane.h"
#include "family_view.h"
#include "lock_controller.h"
#include "lock_page.h"
#include "lock_test_support.h"
#include "main_window.h"
#include "privacy_screen.h"
#include "ui_test_support.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using namespace kith::ui::test;

namespace {

QStringList shownDetailsOfFamilyOnShow(const MainWindow& window) {
    const auto family = window.session()->store().loadFamily(window.familyView()->familyId());
    REQUIRE(family);
    return detailsShown(personalDetails(*family), visibleTexts());
}

} // namespace

TEST_CASE("Ctrl+Shift+H hides the families at once and shows them again", "[ui][privacy]") {
    ClockedDemoStore store(20);
    MainWindow window;
    openWithPassphrase(window, store);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.familyList()->selectRow(2);
    const QString familyId = window.familyView()->familyId();
    REQUIRE_FALSE(shownDetailsOfFamilyOnShow(window).isEmpty());
    const QString title = window.windowTitle();

    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    PrivacyScreen& privacy = *window.privacyScreen();
    REQUIRE(privacy.isHiding());
    CHECK(privacy.action()->isChecked());
    CHECK(window.centralWidget() == privacy.page());
    CHECK_FALSE(window.familyView()->isVisible());
    // The list names other families: hidden too.
    CHECK_FALSE(window.familyList()->isVisible());
    CHECK(shownDetailsOfFamilyOnShow(window).isEmpty());
    // Not a lock: no PIN needed, the title and menus stay.
    CHECK(window.lockController()->state() == LockController::State::Open);
    CHECK(window.windowTitle() == title);

    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(privacy.isHiding());
    CHECK(window.familyView()->isVisible());
    CHECK(window.familyView()->familyId() == familyId);
    CHECK_FALSE(shownDetailsOfFamilyOnShow(window).isEmpty());
}

TEST_CASE("The privacy screen is in the View menu and has a button to go back", "[ui][privacy]") {
    ClockedDemoStore store(3);
    MainWindow window;
    openWithPassphrase(window, store);
    window.show();
    PrivacyScreen& privacy = *window.privacyScreen();
    const QMenu* view = window.menuBar()->actions().at(1)->menu();
    REQUIRE(view);
    CHECK(view->actions().contains(privacy.action()));
    CHECK(privacy.action()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+H")));

    privacy.action()->trigger();
    REQUIRE(privacy.isHiding());
    auto* back = privacy.page()->findChild<QAbstractButton*>(QStringLiteral("privacyScreenShow"));
    REQUIRE(back);
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK_FALSE(privacy.isHiding());
    CHECK_FALSE(privacy.action()->isChecked());
    CHECK(window.familyView()->isVisible());
}

TEST_CASE("Unlocking goes back to the privacy screen if it was on", "[ui][privacy]") {
    ClockedDemoStore store(3);
    MainWindow window;
    openWithPassphrase(window, store);
    window.show();
    window.privacyScreen()->setHiding(true);
    LockController& lock = *window.lockController();
    lock.lock(lock::LockReason::Shortcut);
    CHECK(window.centralWidget() == lock.lockPage());
    REQUIRE(lock.unlock(kTestPassphrase));
    CHECK(window.centralWidget() == window.privacyScreen()->page());
    CHECK(shownDetailsOfFamilyOnShow(window).isEmpty());
    window.privacyScreen()->setHiding(false);
    CHECK(window.familyView()->isVisible());
}

TEST_CASE("The access history shows who looked at the family", "[ui][privacy][audit]") {
    ClockedDemoStore store(10);
    MainWindow window;
    window.setSession(std::move(store.session));
    window.show();
    // Loaded behind the first-use page: not yet seen, so not yet recorded.
    const QString first = window.familyView()->familyId();
    REQUIRE(window.lockController()->chooseSecret(kTestPassphrase, kTestPassphrase));
    window.familyList()->selectRow(4);
    const QString fifth = window.familyView()->familyId();
    window.familyList()->selectRow(0);
    REQUIRE(window.familyView()->familyId() == first);

    QAction* open = window.accessHistory()->openAction();
    const QMenu* view = window.menuBar()->actions().at(1)->menu();
    REQUIRE(view);
    CHECK(view->actions().contains(open));
    open->trigger();
    REQUIRE(window.accessHistory()->isVisible());
    const AccessHistoryModel& model = *window.accessHistory()->model();
    const auto views = [&model] {
        int count = 0;
        for (const audit::AuditEvent& event : model.events())
            count += event.action == audit::Action::View ? 1 : 0;
        return count;
    };
    // Seen once when the first-use page went away, and once more after the fifth.
    CHECK(views() == 2);
    CHECK(columnTexts(model, AccessHistoryModel::WhatColumn)
              .contains(QStringLiteral("Looked at the family")));
    CHECK(columnTexts(model, AccessHistoryModel::WhereColumn)
              .contains(QStringLiteral("This computer")));
    // The demo families' records were written on this computer too.
    CHECK(columnTexts(model, AccessHistoryModel::WhatColumn)
              .contains(QStringLiteral("Changed the family's record")));

    // Following the family on show: the fifth was seen before, and now again.
    window.familyList()->selectRow(4);
    REQUIRE(window.familyView()->familyId() == fifth);
    CHECK(views() == 2);
    for (const audit::AuditEvent& event : model.events())
        CHECK(event.familyId == fifth);
}
