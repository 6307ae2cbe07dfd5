#include "../support/temp_store.h"
#include "registration/match_panel.h"
#include "ui_test_support.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using namespace kith;

namespace {

// The Khan family (testing::sampleFamily) with Jo Marsh of the Health Visiting Team as
// their lead professional.
struct PanelFixture {
    testing::TempStore store;
    QString familyId;
    PanelFixture() {
        familyId = store.families->createFamily(testing::sampleFamily()).value();
        const QString agency = store.families
                                   ->saveAgency({{},
                                                 QStringLiteral("Health Visiting Team"),
                                                 QStringLiteral("health"),
                                                 QStringLiteral("01632 960100"),
                                                 {}})
                                   .value();
        const QString lead = store.families
                                 ->saveProfessional({{},
                                                     agency,
                                                     QStringLiteral("Jo Marsh"),
                                                     QStringLiteral("Health visitor"),
                                                     QStringLiteral("07700 900456"),
                                                     {}})
                                 .value();
        REQUIRE(store.families->appointLeadProfessional(familyId, lead, QDate(2026, 9, 1),
                                                        QStringLiteral("First TAF"), true));
    }
};

// A small stand-in for the wizard's page: a name box and a date box that feed the panel
// on every keystroke, as the registration wizard does.
struct TypingForm {
    QWidget window;
    QLineEdit* given = new QLineEdit(&window);
    QLineEdit* family = new QLineEdit(&window);
    QLineEdit* born = new QLineEdit(&window);
    MatchPanel* panel;
    explicit TypingForm(const FamilyStore& store)
        : panel(new MatchPanel(store, &window)) {
        auto* layout = new QVBoxLayout(&window);
        for (QWidget* widget : {static_cast<QWidget*>(given), static_cast<QWidget*>(family),
                                static_cast<QWidget*>(born), static_cast<QWidget*>(panel)})
            layout->addWidget(widget);
        auto update = [this] {
            panel->setQuery({given->text(),
                             family->text(),
                             QDate::fromString(born->text(), QStringLiteral("dd/MM/yyyy")),
                             {},
                             {}});
        };
        for (QLineEdit* edit : {given, family, born})
            QObject::connect(edit, &QLineEdit::textEdited, &window, update);
        window.resize(420, 640);
        window.show();
    }
    QStringList texts(const char* objectName) const {
        QStringList all;
        for (const QLabel* label : panel->findChildren<QLabel*>(QString::fromLatin1(objectName)))
            all.append(label->text());
        return all;
    }
};

} // namespace

TEST_CASE("Typing shows the likely match with its reasons and lead professional", "[ui][match]") {
    PanelFixture f;
    TypingForm form(*f.store.families);
    QSignalSpy decision(form.panel, &MatchPanel::decisionNeededChanged);
    QTest::keyClicks(form.given, QStringLiteral("Amira"));
    QTest::keyClicks(form.family, QStringLiteral("Khan"));
    // Day and month swapped, as the clerk heard it.
    QTest::keyClicks(form.born, QStringLiteral("06/02/1994"));
    // Nothing is asked while the keys keep coming.
    CHECK(form.panel->shownMatches().isEmpty());
    REQUIRE(ui::test::waitUntil([&] { return !form.panel->shownMatches().isEmpty(); }));

    const match::MatchCandidate& best = form.panel->shownMatches().front();
    CHECK(best.familyId == f.familyId);
    CHECK(best.score >= match::kLikelyMatchScore);
    const QString reasons = form.texts("reasons").value(0);
    CHECK(reasons.contains(QStringLiteral("Day and month swapped in the date of birth")));
    CHECK(reasons.contains(QStringLiteral("Same first name")));
    const QString lead = form.texts("leadProfessional").value(0);
    CHECK(lead.contains(QStringLiteral("Jo Marsh")));
    CHECK(lead.contains(QStringLiteral("Health Visiting Team")));
    CHECK(lead.contains(QStringLiteral("07700 900456")));
    CHECK(form.texts("likelihood").value(0).contains(QStringLiteral("same person")));
    CHECK(form.texts("familyDetails").value(0).contains(QStringLiteral("Khan family")));
    CHECK(form.panel->needsDecision());
    CHECK(decision.count() == 1);
    // For a look at the layout: KITH_SCREENSHOT_DIR=/tmp kith_ui_tests "[match]"
    if (const QString folder = qEnvironmentVariable("KITH_SCREENSHOT_DIR"); !folder.isEmpty())
        form.window.grab().save(folder + QStringLiteral("/match_panel.png"));
}

TEST_CASE("A family the user may not see shows only the lead professional", "[ui][match]") {
    PanelFixture f;
    MatchPanel panel(*f.store.families);
    panel.setMaySeeFamily([](const QString&) { return false; });
    panel.setQuery({QStringLiteral("Amira"), QStringLiteral("Khan"), QDate(1994, 6, 2), {}, {}});
    panel.refreshNow();
    REQUIRE_FALSE(panel.shownMatches().isEmpty());
    QStringList all;
    for (const QLabel* label : panel.findChildren<QLabel*>())
        all.append(label->text());
    const QString shown = all.join(u'\n');
    CHECK(shown.contains(QStringLiteral("Jo Marsh")));
    CHECK_FALSE(shown.contains(QStringLiteral("Khan family")));
    CHECK_FALSE(shown.contains(QStringLiteral("Orchard Road")));
    CHECK_FALSE(shown.contains(QStringLiteral("Zainab")));
    CHECK(shown.contains(QStringLiteral("You may not see this family")));
}

TEST_CASE("The clerk decides from the keyboard: add to this family or a different one",
          "[ui][match]") {
    PanelFixture f;
    MatchPanel panel(*f.store.families);
    panel.show();
    QSignalSpy existing(&panel, &MatchPanel::chosenExisting);
    QSignalSpy different(&panel, &MatchPanel::confirmedDifferent);
    panel.setQuery({QStringLiteral("Amira"), QStringLiteral("Khan"), QDate(1994, 6, 2), {}, {}});
    panel.refreshNow();
    REQUIRE(panel.needsDecision());

    auto* add = panel.findChild<QPushButton*>(QStringLiteral("addToFamily"));
    REQUIRE(add);
    CHECK(add->focusPolicy() & Qt::TabFocus);
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    REQUIRE(existing.count() == 1);
    CHECK(existing.front().front().toString() == f.familyId);
    CHECK_FALSE(panel.needsDecision());

    // A new likely family needs a new decision.
    panel.setQuery({QStringLiteral("Zainab"), QStringLiteral("Khan"), QDate(2019, 3, 4), {}, {}});
    panel.refreshNow();
    CHECK_FALSE(panel.needsDecision()); // the same family: the decision stands
    auto* no = panel.findChild<QPushButton*>(QStringLiteral("confirmDifferentFamily"));
    REQUIRE(no);
    CHECK(no->isVisible());
    CHECK(no->text().contains(u'&'));
    no->setFocus();
    QTest::keyClick(no, Qt::Key_Space);
    CHECK(different.count() == 1);
}

TEST_CASE("Nobody alike shows a plain message and needs no decision", "[ui][match]") {
    PanelFixture f;
    MatchPanel panel(*f.store.families);
    panel.setQuery({QStringLiteral("Zebedee"), QStringLiteral("Quill"), QDate(2001, 1, 1), {}, {}});
    panel.refreshNow();
    CHECK(panel.shownMatches().isEmpty());
    CHECK_FALSE(panel.needsDecision());
    CHECK(panel.findChild<QLabel*>(QStringLiteral("matchStatus"))
              ->text()
              .contains(QStringLiteral("Nobody on this laptop")));
}
