// "Known to the hub?" in registration: the match panel's hub section with a fake asker, and
// how its answers fit in the wizard. The real directory: hub_directory_sync_tests.cpp.
#include "../support/temp_store.h"
#include "registration/hub_directory_section.h"
#include "registration/match_panel.h"
#include "registration/people_page.h"
#include "registration/registration_wizard.h"
#include "ui_test_support.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace kith;
using kith::ui::test::waitUntil;

namespace {

const QString kElsewhere = QStringLiteral("7d0c9a52-1b7e-4a55-9d2e-000000000001");

// A fake hub: keeps each question and its callback for the test to answer.
struct FakeHub {
    QList<sync::DirectoryLookup> asked;
    QList<HubDirectorySection::Answered> callbacks;
    MatchPanel::AskHub asker() {
        return [this](const sync::DirectoryLookup& lookup, HubDirectorySection::Answered done) {
            asked.append(lookup);
            callbacks.append(std::move(done));
        };
    }
    void answerLast(const sync::HubDirectoryAnswer& answer) { callbacks.last()(answer); }
};

sync::HubDirectoryAnswer knownWithLead() {
    sync::HubDirectoryAnswer answer;
    answer.ok = true;
    answer.matches.append(
        {kElsewhere, true,
         sync::DirectoryContact{QStringLiteral("Jo Marsh"), QStringLiteral("Health Visiting Team"),
                                QStringLiteral("07700 900456")}});
    return answer;
}

sync::HubDirectoryAnswer failed(sync::SyncProblem problem) {
    sync::HubDirectoryAnswer answer;
    answer.failure.problem = problem;
    return answer;
}

match::MatchQuery sam(const QDate& born = QDate(2015, 5, 5)) {
    return {QStringLiteral("Sam"), QStringLiteral("Jones"), born, {}, {}};
}

// The panel on a store holding the Khan family (testing::sampleFamily).
struct HubPanel {
    testing::TempStore store;
    QString localFamily;
    FakeHub hub;
    std::unique_ptr<MatchPanel> panel;
    HubPanel() {
        localFamily = store.families->createFamily(testing::sampleFamily()).value();
        panel = std::make_unique<MatchPanel>(*store.families);
        panel->setHubAsker(hub.asker());
    }
    // As after a pause in typing.
    void typed(const match::MatchQuery& query) {
        panel->setQuery(query);
        panel->refreshNow();
    }
    HubDirectorySection::State state() const { return panel->hubSection()->state(); }
    QString text(const char* name) const {
        const auto* label = panel->hubSection()->findChild<QLabel*>(QString::fromLatin1(name));
        return label && !label->isHidden() ? label->text() : QString();
    }
};

} // namespace

TEST_CASE("The hub is asked only when the details are enough to identify someone",
          "[ui][hub-directory]") {
    using Section = HubDirectorySection;
    CHECK_FALSE(Section::lookupFor({QStringLiteral("Sam"), {}, QDate(2015, 5, 5), {}, {}}));
    CHECK_FALSE(Section::lookupFor({QStringLiteral("Sam"), QStringLiteral("Jones"), {}, {}, {}}));
    CHECK_FALSE(Section::lookupFor({{}, {}, {}, {}, QStringLiteral("943 476 591")}));  // 9 digits
    CHECK_FALSE(Section::lookupFor({{}, {}, {}, {}, QStringLiteral("943 476 5918")})); // bad check

    const auto byNhs = Section::lookupFor(
        {QStringLiteral("Sam"), QStringLiteral("Jones"), {}, {}, QStringLiteral("943 476 5919")});
    REQUIRE(byNhs);
    CHECK(byNhs->nhsNumber == QStringLiteral("9434765919"));
    CHECK(byNhs->familyName.isEmpty()); // the NHS number alone identifies

    const auto byBirth = Section::lookupFor({QStringLiteral(" Sam "),
                                             QStringLiteral("Jones"),
                                             QDate(2015, 5, 5),
                                             QStringLiteral("TQ1 4AB"),
                                             {}});
    REQUIRE(byBirth);
    CHECK(byBirth->givenName == QStringLiteral("Sam"));
    CHECK(byBirth->familyName == QStringLiteral("Jones"));
    CHECK(byBirth->dateOfBirth == QStringLiteral("2015-05-05"));
    CHECK(byBirth->postcode.isEmpty()); // a family that moved is still found

    const auto byAddress = Section::lookupFor(
        {QStringLiteral("Sam"), QStringLiteral("Jones"), {}, QStringLiteral("tq1 4ab"), {}});
    REQUIRE(byAddress);
    CHECK(byAddress->postcode == QStringLiteral("tq1 4ab"));
    CHECK(byAddress->dateOfBirth.isEmpty());
}

TEST_CASE("Without a way to ask the hub the panel has no hub section", "[ui][hub-directory]") {
    testing::TempStore store;
    MatchPanel panel(*store.families);
    CHECK(panel.hubSection()->isHidden());
    panel.setQuery(sam());
    panel.refreshNow();
    CHECK(panel.hubSection()->isHidden());
    CHECK(panel.hubSection()->state() == HubDirectorySection::State::NotEnough);
}

TEST_CASE("A person known to the hub shows the lead professional and asks only once",
          "[ui][hub-directory]") {
    HubPanel open;
    CHECK_FALSE(open.panel->hubSection()->isHidden());

    open.typed({QStringLiteral("Sam"), QStringLiteral("Jones"), {}, {}, {}});
    CHECK(open.hub.asked.isEmpty());
    CHECK(open.state() == HubDirectorySection::State::NotEnough);
    CHECK(open.text("hubDetails").contains(QStringLiteral("date of birth")));

    open.typed(sam());
    REQUIRE(open.hub.asked.size() == 1);
    CHECK(open.hub.asked.first().familyName == QStringLiteral("Jones"));
    CHECK(open.hub.asked.first().dateOfBirth == QStringLiteral("2015-05-05"));
    CHECK(open.text("hubHeading") == QStringLiteral("Asking the hub\u2026"));

    open.hub.answerLast(knownWithLead());
    CHECK(open.state() == HubDirectorySection::State::Known);
    CHECK(open.text("hubHeading") == QStringLiteral("Known to the hub"));
    const QString details = open.text("hubDetails");
    CHECK(details.contains(
        QStringLiteral("Lead professional: Jo Marsh, Health Visiting Team, 07700 900456")));
    CHECK(open.text("hubAdvice").contains(QStringLiteral("not on this laptop")));
    CHECK(open.text("hubAdvice")
              .contains(QStringLiteral("Ask the lead professional before registering")));
    // Advice only: registration is not held up by the hub's answer.
    CHECK_FALSE(open.panel->needsDecision());

    // The same details after another pause (or typed away and back) are not asked again.
    open.panel->refreshNow();
    open.typed({QStringLiteral("Sam"),
                QStringLiteral("Jones"),
                QDate(2015, 5, 5),
                QStringLiteral("TQ1 4AB"),
                {}}); // the postcode is not sent beside a birth date
    CHECK(open.hub.asked.size() == 1);
    CHECK(open.state() == HubDirectorySection::State::Known);

    // New details are asked about; a lead not named yet is said so.
    open.typed(sam(QDate(2015, 5, 6)));
    REQUIRE(open.hub.asked.size() == 2);
    sync::HubDirectoryAnswer noLead;
    noLead.ok = true;
    noLead.matches.append({kElsewhere, true, std::nullopt});
    open.hub.answerLast(noLead);
    CHECK(open.text("hubDetails").startsWith(QStringLiteral("No lead professional named yet")));
}

TEST_CASE("The hub section waits for a pause in typing", "[ui][hub-directory]") {
    HubPanel open;
    open.panel->setQuery(sam());
    CHECK(open.hub.asked.isEmpty()); // not while typing
    REQUIRE(waitUntil([&] { return open.hub.asked.size() == 1; }));
    open.panel->setQuery(sam());
    QTest::qWait(3 * MatchPanel::kTypingPauseMs);
    CHECK(open.hub.asked.size() == 1);
}

TEST_CASE("Nobody known to the hub, and families already on this laptop", "[ui][hub-directory]") {
    HubPanel open;
    open.typed(sam());
    sync::HubDirectoryAnswer none;
    none.ok = true;
    open.hub.answerLast(none);
    CHECK(open.state() == HubDirectorySection::State::NotKnown);
    CHECK(open.text("hubHeading") == QStringLiteral("Not known to the hub either"));
    CHECK(open.text("hubDetails").isEmpty());

    // Amira Khan's family is on this laptop: the local card shows it, no hub card.
    open.typed({QStringLiteral("Amira"), QStringLiteral("Khan"), QDate(1994, 6, 2), {}, {}});
    REQUIRE(open.hub.asked.size() == 2);
    sync::HubDirectoryAnswer here = knownWithLead();
    here.matches.first().familyId = open.localFamily;
    open.hub.answerLast(here);
    CHECK(open.state() == HubDirectorySection::State::OnlyHeldHere);
    CHECK_FALSE(open.text("hubHeading").isEmpty());
    CHECK_FALSE(open.text("hubDetails").contains(QStringLiteral("Lead professional")));
    CHECK(open.text("hubAdvice").isEmpty());
    CHECK(open.panel->hasLikelyMatch()); // the local card is there instead
}

TEST_CASE("When the hub cannot be asked the panel says why and can check again",
          "[ui][hub-directory]") {
    HubPanel open;
    open.typed(sam());
    auto* again =
        open.panel->hubSection()->findChild<QPushButton*>(QStringLiteral("hubCheckAgain"));
    REQUIRE(again);
    CHECK(again->isHidden());

    open.hub.answerLast(failed(sync::SyncProblem::ServerUnreachable));
    CHECK(open.state() == HubDirectorySection::State::Failed);
    CHECK(open.text("hubDetails") ==
          QStringLiteral("The hub could not be asked (no connection). Check again when online."));
    CHECK_FALSE(again->isHidden());

    again->click();
    REQUIRE(open.hub.asked.size() == 2);
    CHECK(open.hub.asked.at(1).dateOfBirth == open.hub.asked.at(0).dateOfBirth);
    open.hub.answerLast(failed(sync::SyncProblem::SignInAgain));
    CHECK(open.text("hubDetails") ==
          QStringLiteral("Sync once to sign in, then the hub can be asked."));

    again->click();
    open.hub.answerLast(failed(sync::SyncProblem::ServerError));
    CHECK(open.text("hubDetails").contains(QStringLiteral("could not answer")));
}

TEST_CASE("An answer about details no longer typed is not shown", "[ui][hub-directory]") {
    HubPanel open;
    open.typed(sam());
    open.typed(sam(QDate(2016, 1, 1)));
    REQUIRE(open.hub.asked.size() == 2);
    open.hub.callbacks.first()(knownWithLead()); // the first question's answer comes late
    CHECK(open.state() == HubDirectorySection::State::Asking);
    sync::HubDirectoryAnswer none;
    none.ok = true;
    open.hub.answerLast(none);
    CHECK(open.state() == HubDirectorySection::State::NotKnown);
}

namespace {

// Types into the field called `name` on `page`, as the keyboard would.
void typeInto(QWidget* page, const char* name, const QString& text) {
    auto* field = page->findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(field);
    QTest::keyClicks(field, text);
}

} // namespace

TEST_CASE("The hub's answer fits in the wizard at 1366x768", "[ui][hub-directory]") {
    HubPanel local; // for its store with the Khan family
    ui::RegistrationWizard wizard(*local.store.families, *local.store.database);
    wizard.resize(1100, 680); // as opened; the screen is 1366x768
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QWidget* familyPage = wizard.page(ui::RegistrationWizard::FamilyPageId);
    typeInto(familyPage, "addressLine1", QStringLiteral("3 Mill Lane"));
    typeInto(familyPage, "town", QStringLiteral("Paignton"));
    typeInto(familyPage, "postcode", QStringLiteral("TQ3 2AA"));
    wizard.next();
    REQUIRE(wizard.currentId() == ui::RegistrationWizard::PeoplePageId);

    MatchPanel* panel = wizard.peoplePage()->matchPanel();
    sync::HubDirectoryAnswer hubSays = knownWithLead();
    QString given = QStringLiteral("Sam");
    QString family = QStringLiteral("Jones");
    QString look;
    HubDirectorySection::State expected = HubDirectorySection::State::Known;
    SECTION("a family known only to the hub") {
        look = QStringLiteral("known");
    }
    SECTION("beside a likely local match, the hub knowing two other families") {
        // The worst case for room: a local card with its decision button, and hub lines.
        look = QStringLiteral("crowded");
        given = QStringLiteral("Amira");
        family = QStringLiteral("Khan");
        hubSays.matches.append(
            {QStringLiteral("7d0c9a52-1b7e-4a55-9d2e-000000000002"), true, std::nullopt});
    }
    SECTION("the hub out of reach") {
        look = QStringLiteral("offline");
        hubSays = failed(sync::SyncProblem::ServerUnreachable);
        expected = HubDirectorySection::State::Failed;
    }
    panel->setHubAsker([hubSays](const sync::DirectoryLookup&, HubDirectorySection::Answered done) {
        done(hubSays);
    });
    QWidget* people = wizard.peoplePage();
    typeInto(people, "givenName", given);
    typeInto(people, "familyName", family);
    typeInto(people, "dateOfBirth", QStringLiteral("02/06/1994"));
    REQUIRE(waitUntil([&] { return panel->hubSection()->state() == expected; }));
    if (look == u"crowded") {
        REQUIRE(panel->hasLikelyMatch());
        CHECK(panel->hubSection()->findChild<QLabel*>(QStringLiteral("hubHeading"))->text() ==
              QStringLiteral("Known to the hub: 2 families"));
    }
    QApplication::processEvents();

    // Every line of the hub's answer is on screen, whole, inside the page.
    const QRect page = people->rect();
    for (const QLabel* label : panel->hubSection()->findChildren<QLabel*>()) {
        if (label->isHidden())
            continue;
        INFO(label->objectName().toStdString());
        CHECK(label->height() >= label->heightForWidth(label->width()));
        CHECK(page.contains(QRect(label->mapTo(people, QPoint(0, 0)), label->size())));
    }
    const QWidget* section = panel->hubSection();
    CHECK(page.contains(QRect(section->mapTo(people, QPoint(0, 0)), section->size())));
    // For looking at it: KITH_SCREENSHOT=/tmp/hub saves /tmp/hub-known.png and so on.
    if (const QString path = qEnvironmentVariable("KITH_SCREENSHOT"); !path.isEmpty())
        CHECK(wizard.grab().save(path + u'-' + look + QStringLiteral(".png")));
}
