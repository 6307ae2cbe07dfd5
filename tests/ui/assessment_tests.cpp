#include "assessment/assessment_page.h"
#include "assessment/assessment_store.h"
#include "assessment/field_editor.h"
#include "assessment/repeating_editor.h"
#include "assessment/section_editor.h"
#include "client/sync_state_store.h"
#include "ui_test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>
#include <stdexcept>

using namespace kith;
using namespace kith::ui;
using namespace kith::assessment;
using kith::ui::test::DemoStore;

namespace {

// A demo family with children, and, when asked, consent in force, that has no assessment.
QString familyWithoutAssessment(const StoreSession& session, bool needConsent) {
    const AssessmentStore store(session.database());
    for (const FamilySummary& summary : session.store().listFamilies()) {
        const FamilyContext family =
            FamilyContext::load(session.database().connection(), summary.id);
        if (family.children.isEmpty() || (needConsent && !family.consentInForce) ||
            store.current(summary.id))
            continue;
        return summary.id;
    }
    return {};
}

// Another family than `not`, for switching.
QString otherFamily(const StoreSession& session, const QString& notThis) {
    for (const FamilySummary& summary : session.store().listFamilies()) {
        if (summary.id != notThis)
            return summary.id;
    }
    return {};
}

Answers storedAnswers(const StoreSession& session, const AssessmentPage& page) {
    const AssessmentStore store(session.database());
    return store.answers(page.assessment()->id);
}

SectionEditor* sectionOf(AssessmentPage& page, const QString& key) {
    for (int i = 0; i < page.sectionCount(); ++i) {
        if (page.sectionEditor(i)->sectionKey() == key)
            return page.sectionEditor(i);
    }
    FAIL("no section " << key.toStdString());
    return nullptr;
}

// Shows a section as a person would, by choosing it in the list.
void openSection(AssessmentPage& page, const QString& key) {
    for (int row = 0; row < page.sectionList()->count(); ++row) {
        if (page.sectionList()->item(row)->data(Qt::UserRole).toString() == key)
            page.sectionList()->setCurrentRow(row);
    }
}

void typeInto(FieldEditor* editor, const QString& text) {
    REQUIRE(editor);
    editor->input()->setFocus();
    QTest::keyClicks(editor->input(), text);
}

// A small form that is not Torbay's: every field kind, a plain repeating field and a
// per-child one, and a shared section.
const FormLibrary& madeUpForms() {
    static const FormLibrary forms = [] {
        FormLibrary library;
        const QByteArray json = R"({
          "id": "tiny-form", "version": 1, "council": "Nowhere Council", "title": "Tiny form",
          "guidance": {"talk": [{"title": "Ask", "questions": ["What matters to you?"]}]},
          "sections": [
            {"key": "about", "title": "About the visit", "guidance": "talk", "fields": [
              {"key": "where", "kind": "short_text", "label": "Where we met", "required": true},
              {"key": "notes", "kind": "long_text", "label": "Notes", "help": "Plain words."},
              {"key": "when", "kind": "date", "label": "Date of the visit"},
              {"key": "mood", "kind": "choice", "label": "Mood",
               "options": [{"code": "good", "label": "Good"}, {"code": "low", "label": "Low"}]},
              {"key": "score", "kind": "scale", "label": "Score", "min": 0, "max": 5,
               "min_label": "All fine", "max_label": "Very worried"},
              {"key": "visits", "kind": "number", "label": "Visits so far", "min": 0,
               "max": 50},
              {"key": "safe", "kind": "yes_no", "label": "Feels safe"},
              {"key": "who", "kind": "person", "label": "Who we spoke to"}
            ]},
            {"key": "helpers", "title": "Helpers", "fields": [
              {"key": "people", "kind": "repeating", "label": "Helper", "fields": [
                {"key": "name", "kind": "short_text", "label": "Name"},
                {"key": "role", "kind": "short_text", "label": "Role"}]}
            ]},
            {"key": "kids", "title": "Each child's day", "fields": [
              {"key": "day", "kind": "repeating", "label": "Their day", "per_child": true,
               "fields": [{"key": "best", "kind": "long_text", "label": "Best bit"}]}
            ]},
            {"key": "tree", "kind": "genogram", "title": "Family tree"}
          ]})";
        const Status added = library.addJson(json, QStringLiteral("tiny-form-1.json"));
        if (!added)
            throw std::runtime_error(added.error().toStdString());
        return library;
    }();
    return forms;
}

} // namespace

TEST_CASE("The Assessment tab renders every section of the Torbay form", "[ui][assessment]") {
    DemoStore demo(20);
    const QString familyId = familyWithoutAssessment(*demo.session, false);
    REQUIRE_FALSE(familyId.isEmpty());
    AssessmentPage page;
    page.setSession(demo.session.get());
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.showFamily(familyId));
    auto* start = page.findChild<QPushButton*>(QStringLiteral("assessmentStart"));
    REQUIRE(start);
    CHECK(start->isVisible());
    start->click();
    REQUIRE(page.assessment());

    const FormDefinition* torbay = FormLibrary::builtIn().latest(QStringLiteral("torbay-eha"));
    REQUIRE(torbay);
    REQUIRE(page.sectionList()->count() == torbay->sections.size());
    REQUIRE(page.sectionCount() == torbay->sections.size());
    const FamilyContext family =
        FamilyContext::load(demo.session->database().connection(), familyId);
    for (qsizetype i = 0; i < torbay->sections.size(); ++i) {
        const SectionDefinition& section = torbay->sections.at(i);
        CAPTURE(section.key);
        CHECK(page.sectionList()->item(static_cast<int>(i))->text().startsWith(section.title));
        const SectionEditor* editor = page.sectionEditor(static_cast<int>(i));
        CHECK(editor->sectionKey() == section.key);
        // A shared section shows the record with a way to where it is changed.
        CHECK((editor->findChild<QPushButton*>(QStringLiteral("openSharedTab")) != nullptr) ==
              (section.kind != SectionKind::Fields));
        CHECK((editor->findChild<QWidget*>(QStringLiteral("sectionGuidance")) != nullptr) ==
              !section.guidanceKey.isEmpty());
        for (const FieldDefinition& field : section.fields) {
            if (field.kind != FieldKind::Repeating) {
                CHECK(page.fieldEditor(AnswerPath::make(section.key, field.key)));
                continue;
            }
            for (const auto& child : family.children) {
                for (const FieldDefinition& sub : field.subfields)
                    CHECK(page.fieldEditor(
                        AnswerPath::make(section.key, field.key, child.id, sub.key)));
            }
        }
    }
    // The restorative prompts in plain words beside the story.
    auto* prompts = sectionOf(page, QStringLiteral("story"))
                        ->findChild<QLabel*>(QStringLiteral("guidancePrompts"));
    REQUIRE(prompts);
    CHECK(prompts->text().contains(QStringLiteral("What happened?")));
    // The scale shows what its two ends mean.
    FieldEditor* score = page.fieldEditor(QStringLiteral("scaling/score"));
    REQUIRE(score);
    CHECK(qobject_cast<QSpinBox*>(score->input()));
    bool endsShown = false;
    for (QLabel* label : score->findChildren<QLabel*>())
        endsShown = endsShown || (label->text().contains(QStringLiteral("Where we want to be")) &&
                                  label->text().contains(QStringLiteral("Crisis")));
    CHECK(endsShown);
}

TEST_CASE("The Assessment tab renders a form that is not Torbay's, every field kind",
          "[ui][assessment]") {
    DemoStore demo(20);
    const QString familyId = familyWithoutAssessment(*demo.session, false);
    REQUIRE_FALSE(familyId.isEmpty());
    AssessmentPage page;
    page.setFormLibrary(&madeUpForms());
    page.setSession(demo.session.get());
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.showFamily(familyId));
    REQUIRE(page.start(QStringLiteral("tiny-form")));
    REQUIRE(page.sectionList()->count() == 4);
    CHECK(page.sectionList()->item(0)->text().startsWith(QStringLiteral("About the visit")));
    CHECK(page.sectionList()->item(3)->text().startsWith(QStringLiteral("Family tree")));

    const auto input = [&](const QString& path) {
        FieldEditor* editor = page.fieldEditor(path);
        REQUIRE(editor);
        return editor->input();
    };
    CHECK(qobject_cast<QLineEdit*>(input(QStringLiteral("about/where"))));
    CHECK(qobject_cast<QPlainTextEdit*>(input(QStringLiteral("about/notes"))));
    CHECK(qobject_cast<QLineEdit*>(input(QStringLiteral("about/when"))));
    CHECK(qobject_cast<QSpinBox*>(input(QStringLiteral("about/score"))));
    CHECK(qobject_cast<QLineEdit*>(input(QStringLiteral("about/visits"))));
    auto* mood = qobject_cast<QComboBox*>(input(QStringLiteral("about/mood")));
    REQUIRE(mood);
    CHECK(mood->count() == 3); // not answered, Good, Low
    auto* safe = qobject_cast<QComboBox*>(input(QStringLiteral("about/safe")));
    REQUIRE(safe);
    CHECK(safe->count() == 3);
    // A person reference lists the family's people.
    const FamilyContext family =
        FamilyContext::load(demo.session->database().connection(), familyId);
    auto* who = qobject_cast<QComboBox*>(input(QStringLiteral("about/who")));
    REQUIRE(who);
    CHECK(who->count() == family.names.size() + 1);
    CHECK(who->findText(family.children.first().name) > 0);
    // Required fields are marked, and the restorative-style guidance sits beside the section.
    CHECK(input(QStringLiteral("about/where"))
              ->accessibleName()
              .contains(QStringLiteral("required")));
    CHECK(sectionOf(page, QStringLiteral("about"))
              ->findChild<QWidget*>(QStringLiteral("sectionGuidance")));
    // One entry per child, named after the child.
    for (const auto& child : family.children)
        CHECK(page.fieldEditor(AnswerPath::make(QStringLiteral("kids"), QStringLiteral("day"),
                                                child.id, QStringLiteral("best"))));
    // The shared section shows the record, not fields.
    CHECK(sectionOf(page, QStringLiteral("tree"))
              ->findChild<QPushButton*>(QStringLiteral("openSharedTab")));

    // Choices save as their codes; a person as their id.
    openSection(page, QStringLiteral("about"));
    mood->setCurrentIndex(mood->findText(QStringLiteral("Low")));
    who->setCurrentIndex(who->findText(family.children.first().name));
    REQUIRE(page.savePending());
    Answers answers = storedAnswers(*demo.session, page);
    CHECK(answers.value(QStringLiteral("about/mood")).toString() == QStringLiteral("low"));
    CHECK(answers.value(QStringLiteral("about/who")).toString() == family.children.first().id);

    // Rows are added and removed; a removed row's answers are cleared.
    openSection(page, QStringLiteral("helpers"));
    RepeatingEditor* helpers =
        sectionOf(page, QStringLiteral("helpers"))->repeatingEditors().first();
    CHECK(helpers->rowCount() == 0);
    helpers->addButton()->click();
    REQUIRE(helpers->rowCount() == 1);
    FieldEditor* name = helpers->editors().first();
    typeInto(name, QStringLiteral("Aunt Jo"));
    REQUIRE(page.savePending());
    answers = storedAnswers(*demo.session, page);
    CHECK(answers.value(name->path()).toString() == QStringLiteral("Aunt Jo"));
    const QString rowId = AnswerPath::parse(name->path())->row;
    auto* remove = helpers->findChild<QPushButton*>(QStringLiteral("removeRow:") + rowId);
    REQUIRE(remove);
    remove->click();
    CHECK(helpers->rowCount() == 0);
    answers = storedAnswers(*demo.session, page);
    CHECK_FALSE(isAnswered(answers.value(AnswerPath::make(
        QStringLiteral("helpers"), QStringLiteral("people"), rowId, QStringLiteral("name")))));
}

TEST_CASE("Typing in a field and pausing saves it through the store", "[ui][assessment]") {
    DemoStore demo(20);
    const QString familyId = familyWithoutAssessment(*demo.session, false);
    AssessmentPage page;
    page.setSession(demo.session.get());
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.showFamily(familyId));
    REQUIRE(page.start());
    openSection(page, QStringLiteral("story"));
    FieldEditor* now = page.fieldEditor(QStringLiteral("story/now"));
    typeInto(now, QStringLiteral("Mum's hours were cut"));
    CHECK(page.saveStateText() == QStringLiteral("Saving\u2026"));
    CHECK_FALSE(isAnswered(storedAnswers(*demo.session, page).value(QStringLiteral("story/now"))));
    REQUIRE(test::waitUntil([&] {
        return storedAnswers(*demo.session, page).value(QStringLiteral("story/now")).toString() ==
               QStringLiteral("Mum's hours were cut");
    }));
    CHECK(page.saveStateText().startsWith(QStringLiteral("Saved ")));
    // The section list counts it.
    const QString storyItem = page.sectionList()->item(page.sectionList()->currentRow())->text();
    CHECK(storyItem.contains(QStringLiteral("1 of 2 answered")));

    // Leaving the field saves at once, without waiting for the pause.
    FieldEditor* past = page.fieldEditor(QStringLiteral("story/past"));
    typeInto(past, QStringLiteral("Moved from Plymouth"));
    now->input()->setFocus();
    QApplication::processEvents();
    if (QApplication::focusWidget() == now->input()) // focus moves only in an active window
        CHECK(storedAnswers(*demo.session, page).value(QStringLiteral("story/past")).toString() ==
              QStringLiteral("Moved from Plymouth"));
}

TEST_CASE("A value the store refuses shows its message by the field and keeps the text",
          "[ui][assessment]") {
    DemoStore demo(20);
    const QString familyId = familyWithoutAssessment(*demo.session, false);
    AssessmentPage page;
    page.setFormLibrary(&madeUpForms());
    page.setSession(demo.session.get());
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.showFamily(familyId));
    REQUIRE(page.start(QStringLiteral("tiny-form")));

    FieldEditor* when = page.fieldEditor(QStringLiteral("about/when"));
    typeInto(when, QStringLiteral("next Tuesday"));
    CHECK_FALSE(page.savePending());
    CHECK(when->error().contains(QStringLiteral("Date of the visit")));
    CHECK(when->error().contains(QStringLiteral("year-month-day")));
    CHECK(qobject_cast<QLineEdit*>(when->input())->text() == QStringLiteral("next Tuesday"));
    CHECK_FALSE(isAnswered(storedAnswers(*demo.session, page).value(QStringLiteral("about/when"))));
    CHECK(page.saveStateText().startsWith(QStringLiteral("Not saved")));

    FieldEditor* visits = page.fieldEditor(QStringLiteral("about/visits"));
    typeInto(visits, QStringLiteral("120"));
    REQUIRE(test::waitUntil([&] { return !visits->error().isEmpty(); }));
    CHECK(visits->error().contains(QStringLiteral("from 0 to 50")));
    CHECK(qobject_cast<QLineEdit*>(visits->input())->text() == QStringLiteral("120"));

    // Put right, it saves and the message goes.
    qobject_cast<QLineEdit*>(when->input())->clear();
    typeInto(when, QStringLiteral("24/11/2026"));
    page.savePending();
    CHECK(when->error().isEmpty());
    CHECK(storedAnswers(*demo.session, page).value(QStringLiteral("about/when")).toString() ==
          QStringLiteral("2026-11-24"));
}

TEST_CASE("Send for sign-off waits until the assessment is complete; the sender cannot sign "
          "it off; the family's disagreement stays on the page",
          "[ui][assessment]") {
    DemoStore demo(30);
    const QString familyId = familyWithoutAssessment(*demo.session, true);
    REQUIRE_FALSE(familyId.isEmpty());
    AssessmentPage page;
    page.setSession(demo.session.get());
    page.resize(1100, 760);
    page.show();
    REQUIRE(page.showFamily(familyId));
    REQUIRE(page.start());
    CHECK_FALSE(page.submitButton()->isEnabled());
    auto* missing = page.findChild<QLabel*>(QStringLiteral("assessmentMissing"));
    REQUIRE(missing);
    CHECK(missing->isVisible());
    CHECK(missing->text().contains(QStringLiteral("Still needed")));
    CHECK(page.sendForSignOff().error().contains(QStringLiteral("not finished")));

    // Everything the form needs, typed or chosen in the page's own fields.
    const FamilyContext family =
        FamilyContext::load(demo.session->database().connection(), familyId);
    for (const QString& path :
         {QStringLiteral("story/past"), QStringLiteral("story/now"),
          QStringLiteral("worries/worries"), QStringLiteral("going_well/strengths"),
          QStringLiteral("support/support"), QStringLiteral("need/reason")})
        typeInto(page.fieldEditor(path), QStringLiteral("Said with the family."));
    for (const auto& child : family.children)
        typeInto(
            page.fieldEditor(AnswerPath::make(QStringLiteral("voice"), QStringLiteral("children"),
                                              child.id, QStringLiteral("views"))),
            QStringLiteral("Football is the best bit."));
    qobject_cast<QComboBox*>(page.fieldEditor(QStringLiteral("exploitation/concern"))->input())
        ->setCurrentIndex(2); // No
    qobject_cast<QSpinBox*>(page.fieldEditor(QStringLiteral("scaling/score"))->input())
        ->setValue(7);
    CHECK_FALSE(page.submitButton()->isEnabled()); // the level of need is still missing
    qobject_cast<QComboBox*>(page.fieldEditor(QStringLiteral("need/level"))->input())
        ->setCurrentIndex(2);
    REQUIRE(page.savePending());
    REQUIRE(page.submitButton()->isEnabled());
    CHECK(missing->isHidden());
    page.submitButton()->click();
    REQUIRE(page.assessment()->status == AssessmentStatus::Submitted);
    CHECK_FALSE(page.submitButton()->isEnabled());
    // Waiting for sign-off, answers cannot be changed.
    CHECK(qobject_cast<QPlainTextEdit*>(page.fieldEditor(QStringLiteral("story/now"))->input())
              ->isReadOnly());

    // The person who sent it cannot sign it off: the store's message is shown.
    const Status refused = page.signOff({});
    CHECK_FALSE(refused);
    CHECK(page.messageText() == refused.error());
    CHECK(page.messageText().contains(QStringLiteral("someone else")));
    CHECK(page.assessment()->status == AssessmentStatus::Submitted);

    // The family disagrees; a later agreement does not hide it.
    REQUIRE(page.recordFamilyView(Agreement::Disagree,
                                  QStringLiteral("We don't agree that school is the problem.")));
    auto* views = page.findChild<QLabel*>(QStringLiteral("assessmentFamilyViews"));
    REQUIRE(views);
    CHECK(views->isVisible());
    CHECK(views->text().contains(QStringLiteral("disagreed")));
    CHECK(views->text().contains(QStringLiteral("school is the problem")));
    REQUIRE(page.recordFamilyView(Agreement::Agree, {}));
    CHECK(views->text().contains(QStringLiteral("school is the problem")));
    // Disagreeing without their words is refused with the store's message.
    CHECK_FALSE(page.recordFamilyView(Agreement::Partly, {}));
    CHECK(page.messageText().contains(QStringLiteral("comments are missing")));

    // A manager on another laptop returns it: the comments show and it is editable again.
    AssessmentStore manager(demo.session->database());
    manager.setActor(QStringLiteral("a manager"));
    REQUIRE(manager.returnForChanges(page.assessment()->id, QStringLiteral("Add the dates.")));
    REQUIRE(page.showFamily(familyId));
    auto* returned = page.findChild<QLabel*>(QStringLiteral("assessmentReturned"));
    REQUIRE(returned);
    CHECK(returned->isVisible());
    CHECK(returned->text().contains(QStringLiteral("Add the dates.")));
    CHECK_FALSE(
        qobject_cast<QPlainTextEdit*>(page.fieldEditor(QStringLiteral("story/now"))->input())
            ->isReadOnly());
}

TEST_CASE("Nothing typed is lost when the window closes or another family is chosen",
          "[ui][assessment]") {
    DemoStore demo(20);
    const QString familyId = familyWithoutAssessment(*demo.session, false);
    QWidget window;
    auto* page = new AssessmentPage(&window);
    page->setSession(demo.session.get());
    window.resize(1000, 700);
    window.show();
    REQUIRE(page->showFamily(familyId));
    REQUIRE(page->start());
    openSection(*page, QStringLiteral("worries"));
    typeInto(page->fieldEditor(QStringLiteral("worries/worries")), QStringLiteral("The damp"));
    window.close(); // at once, well inside the pause
    CHECK(storedAnswers(*demo.session, *page).value(QStringLiteral("worries/worries")).toString() ==
          QStringLiteral("The damp"));

    window.show();
    REQUIRE(page->showFamily(familyId));
    const QString assessmentId = page->assessment()->id;
    openSection(*page, QStringLiteral("going_well"));
    typeInto(page->fieldEditor(QStringLiteral("going_well/strengths")),
             QStringLiteral("Nan helps"));
    REQUIRE(page->showFamily(otherFamily(*demo.session, familyId)));
    const AssessmentStore store(demo.session->database());
    CHECK(store.answers(assessmentId).value(QStringLiteral("going_well/strengths")).toString() ==
          QStringLiteral("Nan helps"));
}

TEST_CASE("The Assessment tab can be used from the keyboard", "[ui][assessment]") {
    DemoStore demo(20);
    const QString familyId = familyWithoutAssessment(*demo.session, false);
    AssessmentPage page;
    page.setSession(demo.session.get());
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.showFamily(familyId));
    REQUIRE(page.start());
    // Every input has a name for a screen reader and takes focus from the Tab key.
    for (int i = 0; i < page.sectionCount(); ++i) {
        SectionEditor* section = page.sectionEditor(i);
        for (FieldEditor* editor : section->editors()) {
            CAPTURE(editor->path());
            CHECK_FALSE(editor->input()->accessibleName().isEmpty());
            CHECK((editor->input()->focusPolicy() & Qt::TabFocus) == Qt::TabFocus);
        }
    }
    // No two mnemonics on the page's buttons and labels clash, nor with the menu bar's
    // File, View, Sync and Help.
    QStringList taken{QStringLiteral("f"), QStringLiteral("v"), QStringLiteral("s"),
                      QStringLiteral("h")};
    const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QStringList texts;
    for (QPushButton* button : page.findChildren<QPushButton*>())
        texts.append(button->text());
    for (QLabel* label : page.findChildren<QLabel*>()) {
        if (label->buddy()) // only a label with a buddy has a mnemonic
            texts.append(label->text());
    }
    for (const QString& text : std::as_const(texts)) {
        const auto match = mnemonic.match(text);
        if (!match.hasMatch())
            continue;
        const QString letter = match.captured(1).toLower();
        CAPTURE(text);
        CHECK_FALSE(taken.contains(letter));
        taken.append(letter);
    }
    CHECK(taken.size() >= 4 + 6);
}

TEST_CASE("On a laptop that syncs as a practitioner, signing off and returning say they are a "
          "manager's",
          "[ui][assessment]") {
    DemoStore demo(150); // enough families for one waiting for sign-off
    const AssessmentStore store(demo.session->database());
    QString familyId;
    for (const FamilySummary& summary : demo.session->store().listFamilies()) {
        const auto current = store.current(summary.id);
        if (current && current->status == AssessmentStatus::Submitted)
            familyId = summary.id;
    }
    REQUIRE_FALSE(familyId.isEmpty());
    AssessmentPage page;
    page.setSession(demo.session.get());
    page.resize(1100, 760);
    page.show();
    auto* signOff = page.findChild<QPushButton*>(QStringLiteral("assessmentSignOff"));
    auto* sendBack = page.findChild<QPushButton*>(QStringLiteral("assessmentReturn"));
    auto* why = page.findChild<QLabel*>(QStringLiteral("assessmentManagersDecision"));
    REQUIRE(signOff);
    REQUIRE(sendBack);
    REQUIRE(why);

    // Never synced: the role is not known, and the buttons are there to use.
    REQUIRE(page.showFamily(familyId));
    CHECK(signOff->isEnabled());
    CHECK(sendBack->isEnabled());
    CHECK(why->isHidden());

    sync::SyncStateStore state(demo.session->database().connection());
    REQUIRE(state.setAccountRole(QStringLiteral("practitioner")));
    REQUIRE(page.showFamily(familyId));
    CHECK_FALSE(signOff->isEnabled());
    CHECK_FALSE(sendBack->isEnabled());
    CHECK(why->isVisible());
    CHECK(why->text().contains(QStringLiteral("Only a manager")));
    CHECK(signOff->toolTip() == why->text());
    page.grab().save(QStringLiteral("/tmp/assessment_managers_decision.png"));

    REQUIRE(state.setAccountRole(QStringLiteral("manager")));
    REQUIRE(page.showFamily(familyId));
    CHECK(signOff->isEnabled());
    CHECK(why->isHidden());
}
