#include "content_height_table_view.h"
#include "due/due_settings.h"
#include "journey_tabs.h"
#include "journey_view.h"
#include "my_week_model.h"
#include "my_week_view.h"
#include "team_view.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::DemoStore;

namespace {

// The lead professional with the most families with open Early Help.
QString busiestLead(const StoreSession& session) {
    const auto report = due::DueReports::build(session.database(), {});
    REQUIRE(report);
    QHash<QString, int> caseloads;
    for (const due::EpisodeTimeline& episode : report.value().episodes) {
        if (!episode.leadProfessionalId.isEmpty())
            ++caseloads[episode.leadProfessionalId];
    }
    REQUIRE_FALSE(caseloads.isEmpty());
    QString busiest;
    for (auto it = caseloads.cbegin(); it != caseloads.cend(); ++it) {
        if (busiest.isEmpty() || it.value() > caseloads.value(busiest))
            busiest = it.key();
    }
    return busiest;
}

void choose(QComboBox& chooser, const QString& id) {
    const int index = chooser.findData(id);
    REQUIRE(index > 0);
    chooser.setCurrentIndex(index);
    emit chooser.activated(index);
}

} // namespace

TEST_CASE("The start screen asks once who you are, then shows your week", "[ui][due]") {
    DemoStore demo(400);
    const QString me = busiestLead(*demo.session);
    // Demo stores choose their busiest practitioner; a real store starts with nobody.
    CHECK(due::DueSettings::currentProfessionalId(demo.session->database()) == me);
    REQUIRE(due::DueSettings::setCurrentProfessionalId(demo.session->database(), {}));
    MyWeekView view;
    view.setSession(demo.session.get());
    view.resize(1366, 768);
    view.show();
    auto* prompt = view.findChild<QLabel*>(QStringLiteral("myWeekPrompt"));
    REQUIRE(prompt);
    CHECK(prompt->isVisible());
    CHECK(view.familiesModel()->rowCount() == 0);
    CHECK(view.whoChooser()->currentData().toString().isEmpty());

    choose(*view.whoChooser(), me);
    CHECK_FALSE(prompt->isVisible());
    CHECK(due::DueSettings::currentProfessionalId(demo.session->database()) == me);
    const auto mine = due::DueReports::build(demo.session->database(), {me, {}, {}});
    REQUIRE(mine);
    CHECK(view.familiesModel()->rowCount() == mine.value().episodes.size());
    CHECK(view.findChild<QLabel*>(QStringLiteral("myWeekPolicy"))
              ->text()
              .contains(QStringLiteral("London Borough of Hackney")));

    const QDate today = demo.session->today();
    for (int row = 0; row < view.overdueModel()->rowCount(); ++row) {
        CHECK(view.overdueModel()->itemAt(row).status == due::DueStatus::Overdue);
        CHECK(view.overdueModel()->itemAt(row).ruleId != QLatin1String("child_seen"));
    }
    for (int row = 0; row < view.thisWeekModel()->rowCount(); ++row) {
        CHECK(view.thisWeekModel()->itemAt(row).status != due::DueStatus::Overdue);
        CHECK(view.thisWeekModel()->itemAt(row).dueDate <= today.addDays(7));
    }
    for (int row = 0; row < view.childrenNotSeenModel()->rowCount(); ++row) {
        CHECK(view.childrenNotSeenModel()->itemAt(row).ruleId == QLatin1String("child_seen"));
        CHECK_FALSE(view.childrenNotSeenModel()->itemAt(row).personName.isEmpty());
    }
    const int shown = view.overdueModel()->rowCount() + view.childrenNotSeenModel()->rowCount();
    CHECK(shown == mine.value().count(due::DueStatus::Overdue));
    CHECK(view.findChild<QLabel*>(QStringLiteral("myWeekSummary"))
              ->text()
              .contains(QStringLiteral("%1 families with open Early Help")
                            .arg(mine.value().episodes.size())));

    // A second screen on the same store remembers the choice.
    MyWeekView again;
    again.setSession(demo.session.get());
    CHECK(again.whoChooser()->currentData().toString() == me);
    CHECK(again.familiesModel()->rowCount() == view.familiesModel()->rowCount());
}

TEST_CASE("Choosing a row on the start screen asks for that family", "[ui][due]") {
    DemoStore demo(400);
    due::DueSettings::setCurrentProfessionalId(demo.session->database(),
                                               busiestLead(*demo.session));
    MyWeekView view;
    view.setSession(demo.session.get());
    REQUIRE(view.familiesModel()->rowCount() > 0);
    QSignalSpy requested(&view, &MyWeekView::familyRequested);
    auto* table = view.findChild<ContentHeightTableView*>(QStringLiteral("myWeekFamilies"));
    REQUIRE(table);
    emit table->activated(view.familiesModel()->index(0, 1));
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() ==
          view.familiesModel()->index(0, 0).data(DueItemsModel::FamilyIdRole).toString());
}

TEST_CASE("Overdue text counts working days in plain words", "[ui][due]") {
    due::DueItem item;
    item.status = due::DueStatus::Overdue;
    item.workingDaysOverdue = 1;
    const QDate today(2026, 12, 29);
    CHECK(DueItemsModel::whenText(item, today) == QLatin1String("Overdue by 1 working day"));
    item.workingDaysOverdue = 4;
    CHECK(DueItemsModel::whenText(item, today) == QLatin1String("Overdue by 4 working days"));
    item.workingDaysOverdue = 0;
    CHECK(DueItemsModel::whenText(item, today) == QLatin1String("Overdue today"));
    item.status = due::DueStatus::DueSoon;
    item.dueDate = today;
    CHECK(DueItemsModel::whenText(item, today) == QLatin1String("Due today"));
    item.dueDate = today.addDays(1);
    CHECK(DueItemsModel::whenText(item, today) == QLatin1String("Due tomorrow"));
}

TEST_CASE("The team view groups everyone's items by person and narrows to one agency",
          "[ui][due]") {
    DemoStore demo(400);
    TeamView view;
    view.setSession(demo.session.get());
    view.refresh();
    QTreeWidget* tree = view.tree();
    REQUIRE(tree->topLevelItemCount() > 1);
    int everyone = 0;
    QString previous;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* person = tree->topLevelItem(i);
        CHECK(person->childCount() > 0);
        CHECK(person->text(1).contains(QStringLiteral("overdue")));
        CHECK(previous < person->text(0)); // in order, each person once
        previous = person->text(0);
        everyone += person->childCount();
    }
    const auto report = due::DueReports::build(demo.session->database(), {});
    CHECK(everyone == report.value().count(due::DueStatus::Overdue) +
                          report.value().count(due::DueStatus::DueSoon));

    REQUIRE(view.agencyChooser()->count() > 2);
    view.agencyChooser()->setCurrentIndex(1);
    view.refresh();
    int oneAgency = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        oneAgency += tree->topLevelItem(i)->childCount();
    CHECK(oneAgency < everyone);
}

TEST_CASE("The Journey tab shows an episode's stages, visits and chronology", "[ui][due]") {
    DemoStore demo(200);
    const auto report = due::DueReports::build(demo.session->database(), {});
    REQUIRE(report);
    QString planned;
    for (const due::EpisodeTimeline& episode : report.value().episodes) {
        if (episode.stage >= journey::Stage::Planned)
            planned = episode.familyId;
    }
    REQUIRE_FALSE(planned.isEmpty());
    JourneyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(planned));
    CHECK(view.episodeChooser()->count() >= 1);
    CHECK(view.stagesModel()->rowCount() >= 6);
    CHECK(view.contactsModel()->rowCount() >= 1);
    CHECK(view.chronologyModel()->rowCount() >= 3); // allocated, assessed, plan agreed
    const QStringList stages = test::columnTexts(*view.stagesModel(), 1);
    CHECK(stages.contains(QStringLiteral("Plan agreed")));
    CHECK(stages.contains(QStringLiteral("Lead professional allocated")));
}

TEST_CASE("The start screen and the Journey tab sit in the window's tabs", "[ui][due]") {
    DemoStore demo(100);
    QTabWidget tabs;
    auto* familyPage = new QWidget; // owned by the tabs
    tabs.addTab(familyPage, QStringLiteral("Family"));
    JourneyTabs journeyTabs(&tabs, familyPage);
    journeyTabs.setSession(demo.session.get());
    REQUIRE(tabs.count() == 4);
    CHECK(tabs.tabText(0) == QLatin1String("My week"));
    CHECK(tabs.tabText(1) == QLatin1String("Team"));
    CHECK(tabs.tabText(3) == QLatin1String("Journey"));
    CHECK(tabs.currentWidget() == journeyTabs.myWeek());
    // A family asked for from the start screen brings the family page forward.
    QSignalSpy requested(&journeyTabs, &JourneyTabs::familyRequested);
    emit journeyTabs.myWeek()->familyRequested(QStringLiteral("some-family"));
    CHECK(requested.count() == 1);
    CHECK(tabs.currentWidget() == familyPage);
}
