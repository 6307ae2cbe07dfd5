#include "case_note_dialog.h"
#include "episode_stage_dialog.h"
#include "journey/journey_store.h"
#include "journey_view.h"
#include "record_contact_dialog.h"
#include "ui_test_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::DemoStore;

namespace {

// A family with an open episode and at least one born child or young person.
struct Chosen {
    QString familyId;
    QString episodeId;
    QString childId;
};

Chosen familyWithOpenEpisodeAndChild(const StoreSession& session) {
    journey::JourneyStore journeys(session.database());
    for (const FamilySummary& summary : session.store().listFamilies()) {
        const auto episode = journeys.openEpisodeOf(summary.id);
        if (!episode)
            continue;
        const auto family = session.store().loadFamily(summary.id);
        if (!family)
            continue;
        for (const Person& person : family->people) {
            if ((person.role == PersonRole::Child || person.role == PersonRole::YoungPerson) &&
                !person.unborn)
                return {summary.id, episode->id, person.id};
        }
    }
    FAIL("no family with an open episode and a child in the demo store");
    return {};
}

// Answers the next question box with `button`, and says what it asked.
void answerNextQuestion(QMessageBox::StandardButton button, QString* asked) {
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->text();
        box->button(button)->click();
        poll->deleteLater();
    });
    poll->start();
}

bool saved(QPointer<QDialog>& dialog) {
    return test::waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); });
}

} // namespace

TEST_CASE("A home visit with a child seen alone is recorded from the Journey tab",
          "[ui][journey]") {
    DemoStore demo(40);
    const Chosen chosen = familyWithOpenEpisodeAndChild(*demo.session);
    JourneyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(chosen.familyId));
    view.show();
    journey::JourneyStore journeys(demo.session->database());
    const int before = static_cast<int>(journeys.contactsOf(chosen.episodeId).size());

    auto* dialog = qobject_cast<RecordContactDialog*>(view.recordContact());
    REQUIRE(dialog);
    QPointer<QDialog> guard(dialog);
    dialog->methodChooser()->setCurrentIndex(
        dialog->methodChooser()->findData(static_cast<int>(journey::ContactMethod::HomeVisit)));
    QTest::keyClicks(dialog->purposeEdit(), QStringLiteral("Check in after the school meeting"));
    REQUIRE(dialog->seenAloneBox(chosen.childId));
    dialog->seenAloneBox(chosen.childId)->setChecked(true);
    CHECK(dialog->seenBox(chosen.childId)->isChecked()); // seen alone means seen
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Talked about mornings."));
    dialog->purposeEdit()->setFocus();
    QTest::keyClick(dialog->purposeEdit(), Qt::Key_Return);
    REQUIRE(saved(guard));

    const QList<journey::ContactRecord> contacts = journeys.contactsOf(chosen.episodeId);
    REQUIRE(contacts.size() == before + 1);
    const auto it = std::find_if(contacts.cbegin(), contacts.cend(), [](const auto& contact) {
        return contact.purpose == QLatin1String("Check in after the school meeting");
    });
    REQUIRE(it != contacts.cend());
    CHECK(it->method == journey::ContactMethod::HomeVisit);
    CHECK(it->happenedAt == demo.session->database().clock().nowUtc()); // "now" by default
    bool childSeenAlone = false;
    for (const journey::ChildSeen& child : it->children) {
        if (child.personId == chosen.childId)
            childSeenAlone = child.seen && child.seenAlone;
        else
            CHECK_FALSE(child.seen);
    }
    CHECK(childSeenAlone);
    const QList<journey::CaseNote> notes = journeys.notesOf(chosen.episodeId);
    CHECK(std::any_of(notes.cbegin(), notes.cend(), [&](const journey::CaseNote& note) {
        return note.contactId == it->id && note.body == QLatin1String("Talked about mornings.");
    }));
    // The stage moves on from first contact at the latest.
    CHECK(static_cast<int>(journeys.episode(chosen.episodeId)->stage) >=
          static_cast<int>(journey::Stage::Contacted));

    CHECK(test::columnTexts(*view.contactsModel(), 3)
              .contains(QStringLiteral("Check in after the school meeting")));
    CHECK(test::columnTexts(*view.contactsModel(), 2)
              .join(u' ')
              .contains(QStringLiteral("(seen alone)")));
    CHECK(test::columnTexts(*view.notesModel(), 1)
              .contains(QStringLiteral("Talked about mornings.")));
}

TEST_CASE("A visit with no purpose is refused and nothing is stored", "[ui][journey]") {
    DemoStore demo(40);
    const Chosen chosen = familyWithOpenEpisodeAndChild(*demo.session);
    JourneyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(chosen.familyId));
    view.show();
    journey::JourneyStore journeys(demo.session->database());
    const auto before = journeys.contactsOf(chosen.episodeId).size();

    auto* dialog = qobject_cast<RecordContactDialog*>(view.recordContact());
    REQUIRE(dialog);
    dialog->seenBox(chosen.childId)->setChecked(true);
    QTest::keyClick(dialog->purposeEdit(), Qt::Key_Return);
    QTest::qWait(20);
    CHECK(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("contactPurposeError"));
    REQUIRE(error);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text() == QStringLiteral("Say what the visit was for."));
    CHECK(dialog->seenBox(chosen.childId)->isChecked()); // what was typed is kept
    CHECK(journeys.contactsOf(chosen.episodeId).size() == before);

    // With a purpose it saves.
    QPointer<QDialog> guard(dialog);
    QTest::keyClicks(dialog->purposeEdit(), QStringLiteral("Weekly visit"));
    QTest::keyClick(dialog->purposeEdit(), Qt::Key_Return);
    REQUIRE(saved(guard));
    CHECK(journeys.contactsOf(chosen.episodeId).size() == before + 1);
}

TEST_CASE("Correcting a note keeps the original and links the correction", "[ui][journey]") {
    DemoStore demo(40);
    const Chosen chosen = familyWithOpenEpisodeAndChild(*demo.session);
    JourneyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(chosen.familyId));
    view.show();
    journey::JourneyStore journeys(demo.session->database());

    auto* added = qobject_cast<CaseNoteDialog*>(view.addNote());
    REQUIRE(added);
    QPointer<QDialog> guard(added);
    QTest::keyClicks(added->bodyEdit(), QStringLiteral("Visited on Tuesday."));
    QTest::keyClick(added->bodyEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(saved(guard));
    const int row = static_cast<int>(
        test::columnTexts(*view.notesModel(), 1).indexOf(QStringLiteral("Visited on Tuesday.")));
    REQUIRE(row >= 0);

    auto* correction = qobject_cast<CaseNoteDialog*>(view.correctNote(row));
    REQUIRE(correction);
    guard = correction;
    CHECK(correction->bodyEdit()->toPlainText() == QStringLiteral("Visited on Tuesday."));
    correction->bodyEdit()->selectAll();
    QTest::keyClicks(correction->bodyEdit(), QStringLiteral("Visited on Wednesday."));
    correction->findChild<QPushButton*>(QStringLiteral("recordSave"))->click();
    REQUIRE(saved(guard));

    const QList<journey::CaseNote> notes = journeys.notesOf(chosen.episodeId);
    const auto original = std::find_if(notes.cbegin(), notes.cend(), [](const auto& note) {
        return note.body == QLatin1String("Visited on Tuesday.");
    });
    const auto amended = std::find_if(notes.cbegin(), notes.cend(), [](const auto& note) {
        return note.body == QLatin1String("Visited on Wednesday.");
    });
    REQUIRE(original != notes.cend());
    REQUIRE(amended != notes.cend());
    CHECK(amended->amendsId == original->id);
    CHECK(original->amendsId.isEmpty());

    const QStringList bodies = test::columnTexts(*view.notesModel(), 1);
    const QStringList status = test::columnTexts(*view.notesModel(), 3);
    const auto originalRow = bodies.indexOf(QStringLiteral("Visited on Tuesday."));
    const auto amendedRow = bodies.indexOf(QStringLiteral("Visited on Wednesday."));
    REQUIRE(originalRow >= 0);
    REQUIRE(amendedRow >= 0);
    CHECK(status.at(originalRow).startsWith(QStringLiteral("Corrected on")));
    CHECK(status.at(amendedRow).startsWith(QStringLiteral("Corrects the note of")));
}

TEST_CASE("Closing an episode with a reason moves it to closed", "[ui][journey]") {
    DemoStore demo(40);
    const Chosen chosen = familyWithOpenEpisodeAndChild(*demo.session);
    JourneyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(chosen.familyId));
    view.show();
    auto* dialog =
        qobject_cast<EpisodeStageDialog*>(view.recordStage(EpisodeStageDialog::Action::Close));
    REQUIRE(dialog);
    QPointer<QDialog> guard(dialog);
    // No reason: refused, with the reason's line saying so.
    QTest::keyClicks(dialog->summaryEdit(), QStringLiteral("Attendance back above 95%."));
    dialog->findChild<QPushButton*>(QStringLiteral("recordSave"))->click();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("closeReasonError"))->isHidden());

    dialog->reasonChooser()->setCurrentIndex(
        dialog->reasonChooser()->findData(static_cast<int>(journey::ClosureReason::NeedsMet)));
    dialog->findChild<QPushButton*>(QStringLiteral("recordSave"))->click();
    REQUIRE(saved(guard));
    journey::JourneyStore journeys(demo.session->database());
    const auto episode = journeys.episode(chosen.episodeId);
    REQUIRE(episode);
    CHECK(episode->stage == journey::Stage::Closed);
    CHECK(episode->closureReason == journey::ClosureReason::NeedsMet);
    CHECK(episode->closureSummary == QStringLiteral("Attendance back above 95%."));
    CHECK_FALSE(journeys.openEpisodeOf(chosen.familyId));
    CHECK(view.findChild<QLabel*>(QStringLiteral("journeySummary"))
              ->text()
              .contains(QStringLiteral("Closed:")));
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("journeyNewRequest"))->isHidden());
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("journeyRecordContact"))->isEnabled());
}

TEST_CASE("Escape asks before throwing away what was typed", "[ui][journey]") {
    DemoStore demo(40);
    const Chosen chosen = familyWithOpenEpisodeAndChild(*demo.session);
    JourneyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(chosen.familyId));
    view.show();
    journey::JourneyStore journeys(demo.session->database());
    const auto before = journeys.notesOf(chosen.episodeId).size();

    // Nothing typed: Escape just closes.
    QPointer<QDialog> empty(view.addNote());
    REQUIRE(empty);
    QTest::keyClick(empty, Qt::Key_Escape);
    REQUIRE(saved(empty));

    auto* dialog = qobject_cast<CaseNoteDialog*>(view.addNote());
    REQUIRE(dialog);
    QPointer<QDialog> guard(dialog);
    QTest::keyClicks(dialog->bodyEdit(), QStringLiteral("Half a thought"));
    QString asked;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    QTest::keyClick(dialog->bodyEdit(), Qt::Key_Escape);
    CHECK(asked == QStringLiteral("Discard what you typed?"));
    REQUIRE(guard);
    CHECK(dialog->isVisible());
    CHECK(dialog->bodyEdit()->toPlainText() == QStringLiteral("Half a thought"));

    asked.clear();
    answerNextQuestion(QMessageBox::Discard, &asked);
    QTest::keyClick(dialog->bodyEdit(), Qt::Key_Escape);
    CHECK(asked == QStringLiteral("Discard what you typed?"));
    REQUIRE(saved(guard));
    CHECK(journeys.notesOf(chosen.episodeId).size() == before);
}
