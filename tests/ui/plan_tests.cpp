#include "family_view.h"
#include "meeting/circulation_panel.h"
#include "meeting/lead_panel.h"
#include "meeting/meeting_details.h"
#include "meeting/meetings_page.h"
#include "meeting/schedule_meeting_dialog.h"
#include "plan/plan_editor.h"
#include "plan/plan_item_form.h"
#include "plan/plan_page.h"
#include "plan/rag_chip.h"
#include "plan/smart_panel.h"
#include "plan_test_support.h"
#include "temp_store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::PlanFamily;

namespace {

QListWidgetItem* findingFor(const SmartPanel& panel, const QString& actionId, const QString& code) {
    for (int row = 0; row < panel.list()->count(); ++row) {
        QListWidgetItem* item = panel.list()->item(row);
        if (item->data(Qt::UserRole).toString() == actionId &&
            item->data(Qt::UserRole + 1).toString() == code)
            return item;
    }
    return nullptr;
}

QTreeWidgetItem* treeItem(const PlanEditor& editor, const QString& text) {
    const QList<QTreeWidgetItem*> found =
        editor.tree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.size() == 1 ? found.first() : nullptr;
}

// The Meetings tab, shown, on the family's planned meeting.
void openMeeting(MeetingsPage& page, PlanFamily& f) {
    page.setSession(f.demo.session.get());
    page.resize(1000, 700);
    page.show();
    page.showFamily(f.family.family.id);
    page.chooseMeeting(f.meetingId);
}

} // namespace

TEST_CASE("The SMART panel helps with an action that has no date", "[ui][plan]") {
    PlanFamily f;
    const QString what = QStringLiteral("Ring the school office at 8:45 when Sam is unwell");
    const QString actionId = f.addAction(what);
    PlanPage page;
    page.setSession(f.demo.session.get());
    page.resize(1100, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.showFamily(f.family.family.id);

    QListWidgetItem* finding = findingFor(*page.smartPanel(), actionId, QStringLiteral("no_date"));
    REQUIRE(finding);
    CHECK(finding->text().contains(what));
    // Choosing it takes the chair to the action and its date.
    page.smartPanel()->list()->setCurrentItem(finding);
    emit page.smartPanel()->list()->itemActivated(finding);
    CHECK(page.editor()->form()->kind() == PlanItemForm::Kind::Action);
    CHECK(page.editor()->form()->itemId() == actionId);
    CHECK(page.editor()->form()->actionDue()->hasFocus());

    // Given a date, the finding goes.
    page.editor()->form()->actionDue()->setDate(f.demo.session->today().addDays(20));
    REQUIRE(page.editor()->saveNow());
    CHECK_FALSE(findingFor(*page.smartPanel(), actionId, QStringLiteral("no_date")));
    const auto stored = f.plans->current(f.family.family.id);
    REQUIRE(stored);
    REQUIRE(stored->action(actionId));
    CHECK(stored->action(actionId)->dueOn == f.demo.session->today().addDays(20));
}

TEST_CASE("An action is edited in place and shows its RAG in words", "[ui][plan]") {
    PlanFamily f;
    const QString before = QStringLiteral("Walk to school together");
    const QString actionId = f.addAction(before, false, test::testToday().addDays(-3));
    PlanEditor editor;
    editor.setSession(f.demo.session.get());
    editor.resize(900, 700);
    editor.show();
    REQUIRE(editor.showFamily(f.family.family.id));

    QTreeWidgetItem* item = treeItem(editor, before);
    REQUIRE(item);
    // Overdue and not done: red, said in a word and not by colour alone.
    CHECK(item->text(4) == RagChip::word(plan::Rag::Red));
    CHECK(item->background(4).color() == RagChip::background(plan::Rag::Red));

    editor.tree()->setCurrentItem(item);
    QLineEdit* what = editor.form()->actionWhat();
    REQUIRE(editor.form()->itemId() == actionId);
    const QString after = QStringLiteral("Walk to school together, leaving by 8:20");
    what->setFocus();
    what->selectAll();
    QTest::keyClicks(what, after);
    QTest::keyClick(what, Qt::Key_Return);
    const auto stored = f.plans->current(f.family.family.id);
    REQUIRE(stored);
    REQUIRE(stored->action(actionId));
    CHECK(stored->action(actionId)->what == after);
    CHECK(treeItem(editor, after));
    CHECK(editor.problem().isEmpty());
}

TEST_CASE("A new action is saved only once it says what will be done", "[ui][plan]") {
    PlanFamily f;
    PlanEditor editor;
    editor.setSession(f.demo.session.get());
    editor.show();
    REQUIRE(editor.showFamily(f.family.family.id));
    const int actionsBefore = static_cast<int>(editor.plan()->actions.size());
    REQUIRE(editor.addAction());
    CHECK_FALSE(editor.saveNow()); // nothing written yet: nothing stored, no complaint
    CHECK(editor.plan()->actions.size() == actionsBefore);
    QTest::keyClicks(editor.form()->actionWhat(), QStringLiteral("Book a GP appointment"));
    REQUIRE(editor.saveNow());
    CHECK(editor.plan()->actions.size() == actionsBefore + 1);
    CHECK(editor.plan()->actions.last().outcomeId == f.outcomeId);
}

TEST_CASE("The family view gets Plan and Meetings tabs", "[ui][plan]") {
    PlanFamily f;
    QTabWidget tabs;
    auto* view = new FamilyView(&tabs);
    tabs.addTab(view, QStringLiteral("Family"));
    view->setSession(f.demo.session.get());
    QStringList titles;
    for (int i = 0; i < tabs.count(); ++i)
        titles << tabs.tabText(i);
    CHECK(titles.contains(PlanPage::tr("Plan")));
    CHECK(titles.contains(MeetingsPage::tr("Meetings")));
}

TEST_CASE("A meeting agrees the plan and is recorded as held", "[ui][plan][meeting]") {
    PlanFamily f;
    f.addAction(QStringLiteral("Set an alarm for 7:15 on school days"), false,
                test::testToday().addDays(14));
    MeetingsPage page;
    openMeeting(page, f);
    REQUIRE(page.list()->rowCount() >= 1);
    CHECK(page.details()->attendance()->rowCount() == 1);

    REQUIRE(page.agreeAndHold());
    const auto held = f.meetings->load(f.meetingId);
    REQUIRE(held);
    CHECK(held->status == meeting::MeetingStatus::Held);
    CHECK_FALSE(held->agreedPlanVersionId.isEmpty());
    CHECK(held->nextReviewOn.isValid());
    const auto plan = f.plans->current(f.family.family.id);
    REQUIRE(plan);
    CHECK(plan->status == plan::PlanStatus::Agreed);
    CHECK(plan->version >= 1);
}

TEST_CASE("After the meeting the plan is marked as sent to each person who came",
          "[ui][plan][meeting]") {
    PlanFamily f;
    f.addAction(QStringLiteral("Set an alarm for 7:15 on school days"), false,
                test::testToday().addDays(14));
    MeetingsPage page;
    openMeeting(page, f);
    auto* status = page.details()->findChild<QLabel*>(QStringLiteral("circulationStatus"));
    auto* people = page.details()->findChild<QTableWidget*>(QStringLiteral("circulationPeople"));
    auto* markSent = page.details()->findChild<QPushButton*>(QStringLiteral("circulationMarkSent"));
    REQUIRE(status);
    REQUIRE(people);
    REQUIRE(markSent);
    CHECK_FALSE(markSent->isEnabled()); // not before the meeting is held
    // The meeting took place this morning.
    REQUIRE(f.meetings->reschedule(f.meetingId, QDateTime(test::testToday(), QTime(8, 0), Qt::UTC),
                                   60, QStringLiteral("Family Hub")));
    page.chooseMeeting(f.meetingId);
    REQUIRE(page.agreeAndHold());
    page.chooseMeeting(f.meetingId);
    people = page.details()->findChild<QTableWidget*>(QStringLiteral("circulationPeople"));
    REQUIRE(people->rowCount() == 1); // the parent who came
    CHECK(people->item(0, 1)->text() == CirculationPanel::tr("Not yet"));
    CHECK(status->text().contains(QStringLiteral("Still to send: 1")));

    people->selectRow(0);
    QTest::mouseClick(markSent, Qt::LeftButton);
    const auto held = f.meetings->load(f.meetingId);
    REQUIRE(held);
    CHECK(f.meetings->circulation(f.meetingId).size() == 1);
    CHECK(f.meetings->circulationStatus(*held).complete());
    status = page.details()->findChild<QLabel*>(QStringLiteral("circulationStatus"));
    CHECK(status->text() == CirculationPanel::tr("Everyone who came has had the plan."));
}

TEST_CASE("At the first meeting the lead professional is named with the family's agreement, "
          "and later handed over",
          "[ui][plan][meeting]") {
    PlanFamily f;
    QSqlQuery query(f.demo.session->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM professional ORDER BY id LIMIT 2")));
    QStringList professionals;
    while (query.next())
        professionals.append(query.value(0).toString());
    REQUIRE(professionals.size() == 2);
    const auto invite = [&](const QString& meetingId) {
        for (const QString& id : professionals) {
            meeting::Attendee worker;
            worker.kind = meeting::AttendeeKind::Professional;
            worker.professionalId = id;
            worker.role = QStringLiteral("Health visitor");
            worker.attendance = meeting::Attendance::Present;
            REQUIRE(f.meetings->addAttendee(meetingId, worker));
        }
    };
    invite(f.meetingId);
    MeetingsPage page;
    openMeeting(page, f);
    const auto widget = [&page](auto* type, const char* name) {
        return page.details()->findChild<std::remove_pointer_t<decltype(type)>*>(
            QString::fromLatin1(name));
    };
    auto* choice = widget(static_cast<QComboBox*>(nullptr), "leadProfessionalChoice");
    auto* agreed = widget(static_cast<QListWidget*>(nullptr), "leadAgreedBy");
    auto* record = widget(static_cast<QPushButton*>(nullptr), "leadRecord");
    auto* problem = widget(static_cast<QLabel*>(nullptr), "leadProblem");
    REQUIRE(choice);
    REQUIRE(agreed);
    REQUIRE(record);
    REQUIRE(problem);
    CHECK(record->text() == LeadPanel::tr("Name as lead professional"));
    REQUIRE(choice->count() == 2);
    REQUIRE(agreed->count() == 1); // the parent who came

    // Nobody in the family has agreed yet: refused, with the reason beside it.
    choice->setCurrentIndex(choice->findData(professionals.at(0)));
    QTest::mouseClick(record, Qt::LeftButton);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("agreement")));
    CHECK(f.meetings->leadChanges(f.family.family.id).isEmpty());

    agreed->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(record, Qt::LeftButton);
    const auto lead = f.demo.session->store().currentLeadProfessional(f.family.family.id);
    REQUIRE(lead);
    CHECK(lead->assignment.professionalId == professionals.at(0));
    const QList<meeting::LeadChange> changes = f.meetings->leadChanges(f.family.family.id);
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last().meetingId == f.meetingId);
    CHECK(changes.last().agreedByPersonIds == QStringList{f.parentId});

    // Named here already: the panel now offers a handover, and asks why.
    CHECK(record->text() == LeadPanel::tr("Hand over to them"));

    // A review six weeks on, where the lead is handed over.
    meeting::NewMeeting review;
    review.familyId = f.family.family.id;
    review.kind = meeting::MeetingKind::Review;
    review.startsAt = QDateTime(test::testToday().addDays(44), QTime(10, 0), Qt::UTC);
    review.place = QStringLiteral("Family Hub");
    const Result<QString> reviewId = f.meetings->schedule(review);
    REQUIRE(reviewId);
    invite(reviewId.value());
    meeting::Attendee parent;
    parent.kind = meeting::AttendeeKind::FamilyMember;
    parent.personId = f.parentId;
    parent.attendance = meeting::Attendance::Present;
    REQUIRE(f.meetings->addAttendee(reviewId.value(), parent));
    page.showFamily(f.family.family.id);
    page.chooseMeeting(reviewId.value());
    record = widget(static_cast<QPushButton*>(nullptr), "leadRecord");
    choice = widget(static_cast<QComboBox*>(nullptr), "leadProfessionalChoice");
    auto* why = widget(static_cast<QLineEdit*>(nullptr), "leadWhy");
    agreed = widget(static_cast<QListWidget*>(nullptr), "leadAgreedBy");
    REQUIRE(why);
    CHECK(record->text() == LeadPanel::tr("Hand over to them"));
    CHECK_FALSE(why->isHidden());
    choice->setCurrentIndex(choice->findData(professionals.at(1)));
    agreed->item(0)->setCheckState(Qt::Checked);
    why->setText(QStringLiteral("Moving to the school nursing team"));
    QTest::mouseClick(record, Qt::LeftButton);
    problem = widget(static_cast<QLabel*>(nullptr), "leadProblem");
    INFO(problem->text().toStdString());
    CHECK(problem->isHidden());
    const auto after = f.demo.session->store().currentLeadProfessional(f.family.family.id);
    REQUIRE(after);
    CHECK(after->assignment.professionalId == professionals.at(1));
    CHECK(f.meetings->leadChanges(f.family.family.id).last().kind ==
          meeting::LeadChangeKind::HandedOver);
}

TEST_CASE("A planned meeting is cancelled only with a reason, which the record keeps",
          "[ui][plan][meeting]") {
    PlanFamily f;
    MeetingsPage page;
    openMeeting(page, f);
    auto* cancel = page.findChild<QPushButton*>(QStringLiteral("meetingCancel"));
    auto* message = page.findChild<QLabel*>(QStringLiteral("meetingMessage"));
    REQUIRE(cancel);
    REQUIRE(message);
    CHECK(cancel->isEnabled());

    CHECK_FALSE(page.cancelChosen(QStringLiteral("   ")));
    CHECK(message->text().contains(QStringLiteral("Reason is missing")));
    CHECK(f.meetings->load(f.meetingId)->status == meeting::MeetingStatus::Planned);

    REQUIRE(page.cancelChosen(QStringLiteral("The family asked to meet after half term")));
    const auto cancelled = f.meetings->load(f.meetingId);
    REQUIRE(cancelled);
    CHECK(cancelled->status == meeting::MeetingStatus::Cancelled);
    page.chooseMeeting(f.meetingId);
    CHECK_FALSE(cancel->isEnabled()); // a cancelled meeting cannot be cancelled again
}

TEST_CASE("With no meetings the page offers the first one instead of an empty form",
          "[ui][plan][meeting]") {
    test::DemoStore demo(2);
    meeting::MeetingStore meetings(demo.session->database());
    const auto created = demo.session->store().createFamily(kith::testing::sampleFamily());
    REQUIRE(created);
    const QString familyId = created.value();
    REQUIRE(meetings.list(familyId).isEmpty());
    MeetingsPage page;
    page.setSession(demo.session.get());
    page.resize(1000, 700);
    page.show();
    page.showFamily(familyId);
    auto* empty = page.findChild<QWidget*>(QStringLiteral("meetingsEmptyState"));
    auto* first = page.findChild<QPushButton*>(QStringLiteral("meetingScheduleFirst"));
    REQUIRE(empty);
    REQUIRE(first);
    CHECK(empty->isVisible());
    CHECK(first->isVisible());
    CHECK(first->isEnabled());
    CHECK_FALSE(page.details()->isVisible());
    CHECK_FALSE(page.list()->isVisible());
    CHECK(page.grab().save(QStringLiteral("/tmp/polish_meetings_empty.png")));

    QTest::mouseClick(first, Qt::LeftButton);
    auto* dialog = page.findChild<ScheduleMeetingDialog*>(QStringLiteral("scheduleMeetingDialog"));
    REQUIRE(dialog);
    dialog->placeEdit()->setText(QStringLiteral("Family Hub"));
    dialog->accept();
    REQUIRE_FALSE(dialog->meetingId().isEmpty());
    CHECK(meetings.list(familyId).size() == 1);
    CHECK_FALSE(empty->isVisible());
    CHECK(page.list()->isVisible());
    CHECK(page.list()->rowCount() == 1);
    CHECK(page.details()->isVisible());
    CHECK(page.details()->isEnabled());
    CHECK(page.lowerPart()->currentWidget()->isAncestorOf(page.details()));
    CHECK(page.grab().save(QStringLiteral("/tmp/polish_meetings_first.png")));

    // With the meeting unchosen the form hides again, and a hint says what to do.
    page.list()->clearSelection();
    CHECK_FALSE(page.details()->isVisible());
    auto* hint = page.findChild<QLabel*>(QStringLiteral("meetingHint"));
    REQUIRE(hint);
    CHECK(hint->isVisible());
}
