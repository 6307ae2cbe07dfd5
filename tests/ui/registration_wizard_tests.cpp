#include "../support/temp_store.h"
#include "registration/match_panel.h"
#include "registration/people_page.h"
#include "registration/registration_drafts.h"
#include "registration/registration_form.h"
#include "registration/registration_wizard.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace kith;
using kith::ui::RegistrationWizard;

namespace {

// Sends keys to whatever has the keyboard focus, as a clerk's keyboard would.
struct Keyboard {
    QWidget* window;
    QWidget* target() const {
        QWidget* focus = QApplication::focusWidget();
        return focus ? focus : window;
    }
    void type(const QString& text) const { QTest::keyClicks(target(), text); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const {
        QTest::keyClick(target(), key, modifiers);
    }
    void alt(Qt::Key key) const { press(key, Qt::AltModifier); }
    // A field reached by its mnemonic, then typed into.
    void field(Qt::Key mnemonic, const QString& text) const {
        alt(mnemonic);
        type(text);
    }
};

struct OpenWizard {
    testing::TempStore store;
    std::unique_ptr<RegistrationWizard> owned;
    RegistrationWizard& wizard;
    Keyboard keys;
    OpenWizard()
        : owned(makeWizard(store))
        , wizard(*owned)
        , keys{owned.get()} {
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        REQUIRE(QTest::qWaitForWindowActive(&wizard));
    }
    static std::unique_ptr<RegistrationWizard> makeWizard(testing::TempStore& store) {
        if (!store.database) {
            const auto opened =
                Database::open(store.path() + QStringLiteral(".probe"), store.clock);
            FAIL("The test store did not open: " << opened.message.toStdString());
        }
        return std::make_unique<RegistrationWizard>(*store.families, *store.database);
    }
    int page() const { return wizard.currentId(); }
    // Alt+A: a button's mnemonic clicks it a moment later, as on screen.
    void addPerson() {
        const auto before = wizard.form().document().members.size();
        keys.alt(Qt::Key_A);
        REQUIRE(
            QTest::qWaitFor([&] { return wizard.form().document().members.size() == before + 1; }));
    }
};

// Answers the next question box, once it is on screen, by pressing `mnemonic` in it.
void answerNextQuestion(Qt::Key mnemonic) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, mnemonic] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        QTest::keyClick(box, mnemonic, Qt::AltModifier);
    });
    poll->start();
}

} // namespace

TEST_CASE("A clerk registers a family of four without the mouse", "[ui][registration]") {
    OpenWizard open;
    const Keyboard& keys = open.keys;
    REQUIRE(open.page() == RegistrationWizard::FamilyPageId);
    keys.field(Qt::Key_L, QStringLiteral("12 Orchard Road"));
    keys.field(Qt::Key_T, QStringLiteral("Torquay"));
    keys.field(Qt::Key_P, QStringLiteral("tq1 4ab"));
    keys.press(Qt::Key_Return);
    REQUIRE(open.page() == RegistrationWizard::PeoplePageId);

    // Amira, a parent (the first person starts as one).
    keys.field(Qt::Key_G, QStringLiteral("Amira"));
    keys.field(Qt::Key_Y, QStringLiteral("Khan"));
    keys.field(Qt::Key_D, QStringLiteral("02/06/1994"));
    keys.alt(Qt::Key_E);
    keys.type(QStringLiteral("F"));
    keys.field(Qt::Key_H, QStringLiteral("943 476 5919"));
    // Mohammed: the next person starts as a child, so the role is chosen first.
    open.addPerson();
    keys.alt(Qt::Key_R);
    keys.type(QStringLiteral("P"));
    keys.field(Qt::Key_G, QStringLiteral("Mohammed"));
    keys.field(Qt::Key_D, QStringLiteral("15/01/1990"));
    keys.alt(Qt::Key_E);
    keys.type(QStringLiteral("M"));
    // Zainab and Yusuf, children; the family name carries over.
    open.addPerson();
    keys.field(Qt::Key_G, QStringLiteral("Zainab"));
    keys.field(Qt::Key_D, QStringLiteral("04/03/2019"));
    open.addPerson();
    keys.field(Qt::Key_G, QStringLiteral("Yusuf"));
    keys.field(Qt::Key_D, QStringLiteral("10/10/2021"));

    // Going on without the parents' relationships is stopped, with the reason shown.
    keys.press(Qt::Key_Return);
    CHECK(open.page() == RegistrationWizard::PeoplePageId);
    CHECK(open.wizard.peoplePage()->currentIndex() == 0);

    // Amira (first in the list) is mother to both children; Mohammed father to both.
    // From the NHS number, Tab passes "lives in the household" to the first child's list.
    const auto toRelationships = [&] {
        keys.alt(Qt::Key_H);
        keys.press(Qt::Key_Tab);
        keys.press(Qt::Key_Tab);
    };
    keys.alt(Qt::Key_O);
    keys.press(Qt::Key_Home);
    toRelationships();
    keys.type(QStringLiteral("M"));
    keys.press(Qt::Key_Tab);
    keys.type(QStringLiteral("M"));
    keys.alt(Qt::Key_O);
    keys.press(Qt::Key_Down);
    REQUIRE(open.wizard.peoplePage()->currentIndex() == 1);
    toRelationships();
    keys.type(QStringLiteral("F"));
    keys.press(Qt::Key_Tab);
    keys.type(QStringLiteral("F"));
    keys.press(Qt::Key_Return);
    INFO(open.wizard.form().check().problems.value(0).message.toStdString());
    REQUIRE(open.page() == RegistrationWizard::ContactPageId);

    keys.field(Qt::Key_1, QStringLiteral("+44 7700 900123"));
    keys.press(Qt::Key_Return);
    REQUIRE(open.page() == RegistrationWizard::BackgroundPageId);
    keys.field(Qt::Key_L, QStringLiteral("Urdu"));
    keys.press(Qt::Key_Tab); // to "Interpreter needed"
    keys.press(Qt::Key_Space);
    keys.press(Qt::Key_Return);
    REQUIRE(open.page() == RegistrationWizard::CheckPageId);

    // The match panel may ask for a decision if the store knows a similar family; this
    // store is empty, so Enter registers.
    CHECK_FALSE(open.wizard.peoplePage()->matchPanel()->needsDecision());
    keys.press(Qt::Key_Return);
    REQUIRE(open.wizard.result() == QDialog::Accepted);

    const QString familyId = open.wizard.registeredFamilyId();
    const auto record = open.store.families->loadFamily(familyId);
    REQUIRE(record);
    CHECK(record->family.name == QLatin1String("Khan family"));
    REQUIRE(record->people.size() == 4);
    CHECK(record->relationships.size() == 4);
    CHECK(record->currentAddress()->postcode == QLatin1String("TQ1 4AB"));
    REQUIRE(record->contacts.size() == 1);
    CHECK(record->contacts.front().value == QLatin1String("07700 900123"));
    const Person* amira = nullptr;
    for (const Person& person : record->people) {
        if (person.givenName == QLatin1String("Amira"))
            amira = &person;
    }
    REQUIRE(amira);
    CHECK(amira->nhsNumber == QLatin1String("9434765919"));
    CHECK(amira->gender == Gender::Female);
    CHECK(amira->language == QLatin1String("Urdu"));
    CHECK(amira->interpreterNeeded);
    // Registered, so no draft is left to offer again.
    CHECK(registration::DraftStore(*open.store.database).count() == 0);
}

TEST_CASE("A mistyped postcode is explained beside the field and stops the step",
          "[ui][registration]") {
    OpenWizard open;
    open.keys.field(Qt::Key_L, QStringLiteral("12 Orchard Road"));
    open.keys.field(Qt::Key_P, QStringLiteral("TQ1 4CB"));
    open.keys.press(Qt::Key_Return);
    CHECK(open.page() == RegistrationWizard::FamilyPageId);
    auto* postcode = open.wizard.findChild<QLineEdit*>(QStringLiteral("postcode"));
    REQUIRE(postcode);
    CHECK(postcode->hasFocus());
    CHECK(postcode->accessibleDescription().contains(QStringLiteral("not a UK postcode")));
}

TEST_CASE("Closing the window keeps a draft; Escape asks before discarding it",
          "[ui][registration]") {
    testing::TempStore store;
    {
        RegistrationWizard wizard(*store.families, *store.database);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        REQUIRE(QTest::qWaitForWindowActive(&wizard));
        Keyboard{&wizard}.field(Qt::Key_P, QStringLiteral("TQ1 4AB"));
        wizard.close();
    }
    registration::DraftStore drafts(*store.database);
    const auto draft = drafts.latest();
    REQUIRE(draft);
    REQUIRE(draft->document.addresses.size() == 1);
    CHECK(draft->document.addresses.front().postcode == QLatin1String("TQ1 4AB"));

    RegistrationWizard wizard(*store.families, *store.database);
    wizard.resume(*draft);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    auto* postcode = wizard.findChild<QLineEdit*>(QStringLiteral("postcode"));
    CHECK(postcode->text() == QLatin1String("TQ1 4AB"));

    answerNextQuestion(Qt::Key_G); // "Go back": nothing happens
    Keyboard{&wizard}.press(Qt::Key_Escape);
    CHECK(wizard.isVisible());
    CHECK(drafts.count() == 1);

    answerNextQuestion(Qt::Key_D); // "Discard"
    Keyboard{&wizard}.press(Qt::Key_Escape);
    CHECK_FALSE(wizard.isVisible());
    CHECK(drafts.count() == 0);
}
