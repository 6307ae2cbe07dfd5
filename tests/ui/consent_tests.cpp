#include "consent/consent_dialog.h"
#include "consent/consent_page.h"
#include "consent/signature_pad.h"
#include "ui_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::DemoStore;

namespace {

void choose(QComboBox* box, const QString& data) {
    REQUIRE(box);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

// Signs like a person would: press, a wavy drag, release.
void sign(SignaturePad* pad) {
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(30, 100));
    for (int x = 40; x <= 260; x += 10)
        QTest::mouseMove(pad, QPoint(x, 100 + ((x / 10) % 2 ? -25 : 25)));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(270, 90));
}

} // namespace

TEST_CASE("Consent is recorded with a signature drawn on the pad and listed", "[ui][consent]") {
    DemoStore demo(20);
    const auto family = test::findFamilyWith(
        demo.session->store(), [](const Person& p) { return p.role == PersonRole::Parent; });
    REQUIRE(family);
    QString parentId;
    for (const Person& person : family->people) {
        if (person.role == PersonRole::Parent && parentId.isEmpty())
            parentId = person.id;
    }
    ConsentPage page;
    page.setSession(demo.session.get());
    page.resize(900, 700);
    page.show();
    REQUIRE(page.showFamily(family->family.id));
    const int before = page.historyModel()->rowCount();

    QPointer<QDialog> dialog = page.recordConsent();
    REQUIRE(dialog);
    auto* consentDialog = qobject_cast<ConsentDialog*>(dialog.data());
    REQUIRE(consentDialog);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("consentGivenBy")), parentId);
    auto* obtainedBy = dialog->findChild<QComboBox*>(QStringLiteral("consentObtainedBy"));
    REQUIRE(obtainedBy);
    obtainedBy->setCurrentIndex(1);
    dialog->findChild<QCheckBox*>(QStringLiteral("share_family-lives"))->setChecked(true);

    // Unsigned written consent is refused in the form, and nothing is stored.
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("recordSave"));
    REQUIRE(save);
    save->click();
    auto* signError = dialog->findChild<QLabel*>(QStringLiteral("consentSignError"));
    REQUIRE(signError);
    CHECK_FALSE(signError->isHidden());
    CHECK(page.historyModel()->rowCount() == before);

    SignaturePad* pad = consentDialog->signaturePad();
    REQUIRE(test::waitUntil([&] { return pad->isVisible(); }));
    sign(pad);
    CHECK(pad->signature().pointCount() > 10);
    CHECK_FALSE(pad->signature().isEmpty());
    const consent::Signature drawn = pad->signature();
    save->click();
    REQUIRE(test::waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }));

    // Listed newest first, with the signature stored and shown again.
    REQUIRE(page.historyModel()->rowCount() == before + 1);
    CHECK(page.historyModel()->item(0, 1)->text() == QLatin1String("Consent given"));
    CHECK(page.historyModel()->item(0, 4)->text() == QLatin1String("written"));
    CHECK_FALSE(page.historyModel()->item(0, 5)->data(Qt::DecorationRole).isNull());
    auto* latest = page.findChild<SignaturePad*>(QStringLiteral("consentLatestSignature"));
    REQUIRE(latest);
    CHECK(latest->signature() == drawn);
    CHECK(page.family().state().family().isInForce());
    CHECK(page.family().state().family().current->sharesWith(QStringLiteral("family-lives")));
    CHECK(page.findChild<QLabel*>(QStringLiteral("consentStatus"))
              ->text()
              .startsWith(QStringLiteral("Consent given (written)")));
}

TEST_CASE("Withdrawing consent is one action that stops sharing", "[ui][consent]") {
    DemoStore demo(20);
    ConsentPage page;
    page.setSession(demo.session.get());
    QString familyId;
    for (const FamilySummary& summary : demo.session->store().listFamilies()) {
        page.showFamily(summary.id);
        if (page.family().state().family().isInForce()) {
            familyId = summary.id;
            break;
        }
    }
    REQUIRE_FALSE(familyId.isEmpty());
    const QString givenBy = page.family().state().family().current->givenByPersonId;
    QPointer<QDialog> dialog = page.withdrawConsent();
    REQUIRE(dialog);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("consentGivenBy")), givenBy);
    dialog->findChild<QComboBox*>(QStringLiteral("consentObtainedBy"))->setCurrentIndex(1);
    dialog->findChild<QPushButton*>(QStringLiteral("recordSave"))->click();
    REQUIRE(test::waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }));
    CHECK_FALSE(page.family().state().family().isInForce());
    CHECK(page.findChild<QLabel*>(QStringLiteral("consentStatus"))
              ->text()
              .contains(QStringLiteral("Nothing is shared")));
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("consentWithdraw"))->isEnabled());
    CHECK_FALSE(
        page.family().mayShare({}, consent::Audience::agency(QStringLiteral("family-lives"))));
}
