#include "family_list_model.h"
#include "family_list_pane.h"
#include "family_view.h"
#include "main_window.h"
#include "people_table_model.h"
#include "store_status_bar.h"
#include "ui_test_support.h"

#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::DemoStore;
using kith::ui::test::waitUntil;

namespace {

QStringList menuTitles(const QMainWindow& window) {
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles.append(action->text().remove(QLatin1Char('&')));
    return titles;
}

} // namespace

TEST_CASE("The main window opens on the first family with the store in the status bar",
          "[ui][window]") {
    DemoStore demo(200);
    const QString firstId = demo.session->store().listFamilies(1).first().id;
    const int people = demo.session->store().personCount();
    MainWindow window;
    window.setSession(std::move(demo.session));
    window.resize(1366, 768);
    window.show();

    CHECK(window.familyList()->model()->rowCount() == 200);
    CHECK(window.familyView()->familyId() == firstId);
    CHECK(window.familyView()->householdModel()->rowCount() > 0);

    const QString status = window.storeStatusBar()->summaryText();
    CHECK(status.contains(QStringLiteral("200 families")));
    CHECK(status.contains(QStringLiteral("%L1 people").arg(people)));
    CHECK(status.contains(QStringLiteral("ui-test.sqlite")));
    CHECK(status.contains(QStringLiteral("Offline")));
    // The demo families were written through the change log and are waiting to sync.
    CHECK(status.contains(QStringLiteral("changes waiting to sync")));

    // The start screen and the team view come first; the family's pages follow.
    QStringList tabs;
    for (int i = 0; i < window.familyTabs()->count(); ++i)
        tabs.append(window.familyTabs()->tabText(i).remove(u'&'));
    CHECK(tabs.mid(0, 4) == QStringList{QStringLiteral("My week"), QStringLiteral("Team"),
                                        QStringLiteral("Family"), QStringLiteral("Consent")});
    for (const QString& page :
         {QStringLiteral("Journey"), QStringLiteral("Genogram"), QStringLiteral("Assessment"),
          QStringLiteral("Plan"), QStringLiteral("Meetings")})
        CHECK(tabs.count(page) == 1);
    CHECK(menuTitles(window) == QStringList{QStringLiteral("File"), QStringLiteral("View"),
                                            QStringLiteral("Sync"), QStringLiteral("Help")});
}

TEST_CASE("Searching and pressing Enter opens the best match", "[ui][window]") {
    DemoStore demo(200);
    const auto family = test::findFamilyWith(demo.session->store(),
                                             [](const Person& person) { return person.unborn; });
    REQUIRE(family);
    const Person& first = family->people.first();
    MainWindow window;
    window.setSession(std::move(demo.session));
    window.show();

    QLineEdit* search = window.familyList()->searchBox();
    search->setFocus();
    QTest::keyClicks(search, first.givenName + QLatin1Char(' ') + first.familyName);
    QTest::keyClick(search, Qt::Key_Return);

    const FamilyListModel& model = *window.familyList()->model();
    CHECK(model.mode() == FamilyListModel::Mode::SearchResults);
    REQUIRE(model.rowCount() > 0);
    const QString chosen = model.index(0, 0).data(FamilyListModel::FamilyIdRole).toString();
    CHECK(window.familyView()->familyId() == chosen);
    REQUIRE(model.rowOfFamily(family->family.id) >= 0);

    // Choose the family we were looking for and see its unborn baby.
    window.familyList()->selectRow(model.rowOfFamily(family->family.id));
    REQUIRE(window.familyView()->familyId() == family->family.id);
    const QAbstractItemModel& household = *window.familyView()->householdModel();
    bool unbornShown = false;
    for (int row = 0; row < household.rowCount(); ++row) {
        unbornShown = unbornShown || household.index(row, PeopleTableModel::NameColumn)
                                         .data()
                                         .toString()
                                         .startsWith(QStringLiteral("Unborn baby of "));
    }
    CHECK(unbornShown);
}

TEST_CASE("Clicking a family in the list shows it", "[ui][window]") {
    DemoStore demo(40);
    const QString fifthId = demo.session->store().listFamilies().at(4).id;
    MainWindow window;
    window.setSession(std::move(demo.session));
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QTableView* list = window.familyList()->list();
    const QRect cell = list->visualRect(list->model()->index(4, 0));
    REQUIRE(cell.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(window.familyView()->familyId() == fifthId);
}

TEST_CASE("A file that is not a Kith store is refused and left alone", "[ui][window]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray contents("These are not the families you are looking for.\n");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    StoreSession::Opened opened = StoreSession::open(path);
    CHECK_FALSE(opened);
    CHECK(opened.failure == OpenFailure::NotADatabase);
    CHECK_FALSE(opened.message.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == contents);
}

TEST_CASE("Zooming makes the text larger and back", "[ui][window]") {
    DemoStore demo(5);
    MainWindow window;
    window.setSession(std::move(demo.session));
    const qreal normal = window.familyView()->font().pointSizeF();
    window.zoomIn();
    window.zoomIn();
    CHECK(window.familyView()->font().pointSizeF() > normal);
    window.resetZoom();
    CHECK(window.familyView()->font().pointSizeF() == Approx(normal));
}
