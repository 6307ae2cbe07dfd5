#include "meeting/agenda_controller.h"
#include "meeting/chair_window.h"
#include "meeting/meeting_timer.h"
#include "meeting/presentation_window.h"
#include "plan/plan_editor.h"
#include "plan/plan_item_form.h"
#include "plan_test_support.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::PlanFamily;

namespace {

bool drawn(const PresentationWindow& window, const QString& text) {
    const QStringList texts = window.drawnTexts();
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&text](const QString& each) { return each.contains(text); });
}

QString titleOf(const PresentationWindow& window) {
    const auto* title = window.findChild<QLabel*>(QStringLiteral("presentationTitle"));
    return title ? title->text() : QString();
}

} // namespace

TEST_CASE("The meeting timer reads minutes and seconds, then hours", "[ui][agenda]") {
    CHECK(MeetingTimer::format(0) == QLatin1String("0:00"));
    CHECK(MeetingTimer::format(75) == QLatin1String("1:15"));
    CHECK(MeetingTimer::format(3600 + 5 * 60 + 3) == QLatin1String("1:05:03"));
}

TEST_CASE("The projected window moves through the agenda with the keys", "[ui][agenda]") {
    PlanFamily f;
    AgendaController agenda(*f.demo.session, f.meetingId);
    REQUIRE(agenda.start());
    agenda.setProjecting(true);
    PresentationWindow* shown = agenda.presentationWindow();
    REQUIRE(shown);
    REQUIRE(shown->isVisible());
    CHECK(shown->currentStep() == 1);
    CHECK(titleOf(*shown).startsWith(QStringLiteral("1. ")));

    QTest::keyClick(shown, Qt::Key_Right);
    CHECK(agenda.currentStep() == 2);
    QTest::keyClick(shown, Qt::Key_Space);
    QTest::keyClick(shown, Qt::Key_PageDown);
    CHECK(shown->currentStep() == 4);
    CHECK(titleOf(*shown).startsWith(QStringLiteral("4. ")));
    QTest::keyClick(shown, Qt::Key_Left);
    QTest::keyClick(shown, Qt::Key_PageUp);
    CHECK(shown->currentStep() == 2);
    // Not past either end.
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(shown, Qt::Key_Right);
    CHECK(shown->currentStep() == 8);
    // The chair's window moves the projected one too.
    QTest::keyClick(agenda.chairWindow(), Qt::Key_PageUp);
    CHECK(shown->currentStep() == 7);
    // Esc leaves the presentation; the chair's window stays.
    QTest::keyClick(shown, Qt::Key_Escape);
    CHECK_FALSE(shown->isVisible());
    CHECK_FALSE(agenda.chairWindow()->projectorButton()->isChecked());
    CHECK(agenda.chairWindow()->isVisible());
}

TEST_CASE("Typing a note in the chair's window does not change the step", "[ui][agenda]") {
    PlanFamily f;
    AgendaController agenda(*f.demo.session, f.meetingId);
    REQUIRE(agenda.start());
    ChairWindow* chair = agenda.chairWindow();
    chair->activateWindow();
    chair->noteEdit()->setFocus();
    QTest::keyClicks(chair->noteEdit(), QStringLiteral("A quiet start"));
    QTest::keyClick(chair->noteEdit(), Qt::Key_Left);
    QTest::keyClick(chair->noteEdit(), Qt::Key_Space);
    CHECK(agenda.currentStep() == 1);
    // Left and Space went into the note: the cursor moved back one and a space went in.
    CHECK(chair->noteEdit()->toPlainText() == QLatin1String("A quiet star t"));
    REQUIRE(chair->addNote());
    CHECK(agenda.meeting().notesFor(1).size() == 1);
    CHECK(agenda.meeting().notesFor(1).first().text == QLatin1String("A quiet star t"));
    CHECK(chair->noteEdit()->toPlainText().isEmpty());
}

TEST_CASE("An action typed in the chair's window appears on the projected plan at step 6",
          "[ui][agenda]") {
    PlanFamily f;
    AgendaController agenda(*f.demo.session, f.meetingId);
    REQUIRE(agenda.start());
    agenda.setProjecting(true);
    ChairWindow* chair = agenda.chairWindow();
    PresentationWindow* shown = agenda.presentationWindow();
    chair->activateWindow();
    chair->planEditor()->tree()->setFocus();

    // A: add an action, from the chair's window; the agenda goes to the plan step.
    QTest::keyClick(chair, Qt::Key_A);
    CHECK(agenda.currentStep() == PresentationWindow::kPlanStep);
    CHECK(shown->currentStep() == PresentationWindow::kPlanStep);
    QLineEdit* what = chair->planEditor()->form()->actionWhat();
    REQUIRE(what->isVisible());
    const QString words = QStringLiteral("Set two alarms for 7:15 on school days");
    QTest::keyClicks(what, words);
    QTest::keyClick(what, Qt::Key_Return);

    CHECK(drawn(*shown, words));
    CHECK(drawn(*shown, QStringLiteral("Sam is in class by 8:50 every day")));
    const auto stored = f.plans->current(f.family.family.id);
    REQUIRE(stored);
    CHECK(std::any_of(stored->actions.cbegin(), stored->actions.cend(),
                      [&words](const plan::PlanAction& a) { return a.what == words; }));
    // Other steps do not show the plan.
    QTest::keyClick(shown, Qt::Key_Right);
    CHECK_FALSE(drawn(*shown, words));
}

TEST_CASE("A confidential action is shown to the chair but never on the projected window",
          "[ui][agenda]") {
    PlanFamily f;
    const QString secret = QStringLiteral("Refer Mum to the drug and alcohol service");
    const QString open = QStringLiteral("Walk to school together by 8:30 each day");
    const QString secretId = f.addAction(secret, true, QDate(2025, 12, 12));
    f.addAction(open, false, QDate(2025, 12, 12));

    AgendaController agenda(*f.demo.session, f.meetingId);
    REQUIRE(agenda.start());
    agenda.setProjecting(true);
    agenda.goToStep(PresentationWindow::kPlanStep);
    PresentationWindow* shown = agenda.presentationWindow();

    CHECK(drawn(*shown, open));
    CHECK_FALSE(drawn(*shown, secret));
    CHECK(agenda.projection().isHidden(secretId));
    const int hiddenBefore = agenda.projection().safe.hiddenCount;
    CHECK(hiddenBefore >= 1);

    // The chair sees it, marked.
    const QList<QTreeWidgetItem*> found = agenda.chairWindow()->planEditor()->tree()->findItems(
        secret, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    CHECK(found.first()->text(5) == PlanEditor::tr("Not shown on the projector"));
    CHECK(agenda.chairWindow()->hiddenNote()->text().contains(QString::number(hiddenBefore)));

    // Marking the open one confidential in the chair's window takes it off the projector.
    agenda.chairWindow()->planEditor()->focusAction(
        found.first()->parent()->child(1)->data(0, Qt::UserRole).toString());
    auto* box = agenda.chairWindow()->planEditor()->form()->findChild<QCheckBox*>(
        QStringLiteral("planActionConfidential"));
    REQUIRE(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    CHECK_FALSE(drawn(*shown, open));
    CHECK(agenda.projection().safe.hiddenCount == hiddenBefore + 1);
}
