#include "genogram/editing/add_person_command.h"
#include "genogram/genogram_editor.h"
#include "genogram/genogram_items.h"
#include "genogram/genogram_labels.h"
#include "genogram/genogram_page.h"
#include "genogram/genogram_picture.h"
#include "genogram/genogram_scene.h"
#include "genogram/genogram_view.h"
#include "genogram_test_pictures.h"
#include "store_session.h"
#include "ui_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>
#include <catch2/catch.hpp>

using kith::Status;
using namespace kith::ui;
using namespace kith::genogram;

namespace {

// A mother on her own, the start of many genograms drawn at a first visit.
std::unique_ptr<GenogramDocument> motherOnly() {
    Genogram g;
    Person mother;
    mother.id = QStringLiteral("mother");
    mother.name = QStringLiteral("Amira");
    mother.sex = Sex::Female;
    mother.birthYear = 1994;
    g.people = {mother};
    return std::make_unique<GenogramDocument>(g);
}

void trigger(GenogramEditor& editor, const char* name) {
    QAction* action = editor.action(QLatin1String(name));
    REQUIRE(action);
    action->trigger();
}

QPoint onScreen(const GenogramEditor& editor, const QString& personId) {
    const PersonItem* item = editor.scene()->personItem(personId);
    REQUIRE(item);
    return editor.view()->mapFromScene(item->pos());
}

} // namespace

TEST_CASE("A partner, a child and a parent are added from the toolbar and undone",
          "[ui][genogram]") {
    GenogramEditor editor;
    editor.setDocument(motherOnly());
    const Genogram& g = editor.document()->genogram();
    GenogramScene& scene = *editor.scene();

    trigger(editor, "addPartner"); // nobody chosen: refused, with a message
    CHECK(g.people.size() == 1);
    scene.selectPerson(QStringLiteral("mother"));
    trigger(editor, "addPartner");
    REQUIRE(g.people.size() == 2);
    REQUIRE(g.unions.size() == 1);
    CHECK(g.people[1].sex == Sex::Male);
    CHECK(scene.personItem(g.people[1].id) != nullptr);
    CHECK(scene.lineItem(g.unions[0].id) != nullptr);

    scene.selectPerson(QStringLiteral("mother"));
    trigger(editor, "addChild");
    REQUIRE(g.children.size() == 1);
    CHECK(g.children[0].parentA == QStringLiteral("mother"));
    CHECK(g.children[0].parentB == g.people[1].id); // her partner, the other parent
    const QString child = g.children[0].childId;
    CHECK(scene.selectedPeople() == QStringList{child}); // the new person is chosen

    scene.selectPerson(QStringLiteral("mother"));
    trigger(editor, "addParent");
    CHECK(g.people.size() == 4);
    trigger(editor, "addPerson");
    CHECK(g.people.size() == 5);

    trigger(editor, "undo");
    trigger(editor, "undo");
    trigger(editor, "undo");
    CHECK(g.people.size() == 2);
    CHECK(g.children.isEmpty());
    CHECK(scene.personItem(child) == nullptr);
    trigger(editor, "redo");
    CHECK(g.children.size() == 1);
    CHECK(scene.personItem(child) != nullptr);

    scene.selectPerson(child);
    trigger(editor, "removeSelected");
    CHECK(g.people.size() == 2);
    trigger(editor, "undo");
    CHECK(g.people.size() == 3);
    CHECK(g.children.size() == 1);
}

TEST_CASE("A relationship is drawn by dragging from one person to another", "[ui][genogram]") {
    GenogramEditor editor;
    editor.resize(1200, 800);
    editor.setDocument(motherOnly());
    editor.scene()->selectPerson(QStringLiteral("mother"));
    trigger(editor, "addPartner");
    const QString partner = editor.document()->genogram().people[1].id;
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    trigger(editor, "fit");

    auto* bond = editor.findChild<QComboBox*>(QStringLiteral("genogramBond"));
    REQUIRE(bond);
    bond->setCurrentIndex(bond->findData(static_cast<int>(Bond::EmotionalAbuse)));
    trigger(editor, "drawRelationship");
    QWidget* canvas = editor.view()->viewport();
    const QPoint from = onScreen(editor, partner);
    const QPoint to = onScreen(editor, QStringLiteral("mother"));
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas, (from + to) / 2);
    QTest::mouseMove(canvas, to);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);

    const Genogram& g = editor.document()->genogram();
    REQUIRE(g.relationships.size() == 1);
    CHECK(g.relationships[0].from == partner);
    CHECK(g.relationships[0].to == QStringLiteral("mother"));
    CHECK(g.relationships[0].bond == Bond::EmotionalAbuse);
    CHECK(editor.scene()->lineItem(g.relationships[0].id) != nullptr);
    trigger(editor, "undo");
    CHECK(g.relationships.isEmpty());
}

TEST_CASE("Dragging a person is one undo step and they stay where they were put",
          "[ui][genogram]") {
    GenogramEditor editor;
    editor.resize(1200, 800);
    editor.setDocument(motherOnly());
    editor.scene()->selectPerson(QStringLiteral("mother"));
    trigger(editor, "addPartner");
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    trigger(editor, "fit");
    QUndoStack* stack = editor.document()->undoStack();
    const int before = stack->count();

    QWidget* canvas = editor.view()->viewport();
    const QPoint start = onScreen(editor, QStringLiteral("mother"));
    QTest::mousePress(canvas, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(canvas, start + QPoint(0, 15 * step));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + QPoint(0, 60));

    CHECK(stack->count() == before + 1);
    const Person* mother = editor.document()->genogram().person(QStringLiteral("mother"));
    REQUIRE(mother->pinnedAt.has_value());
    CHECK(editor.scene()->personItem(QStringLiteral("mother"))->pos() == *mother->pinnedAt);
    stack->undo();
    CHECK_FALSE(editor.document()->genogram().person(QStringLiteral("mother"))->pinnedAt);
}

TEST_CASE("Arrow keys move the choice from person to person", "[ui][genogram]") {
    GenogramEditor editor;
    editor.setDocument(motherOnly());
    GenogramScene& scene = *editor.scene();
    scene.selectPerson(QStringLiteral("mother"));
    trigger(editor, "addChild");
    const QString child = scene.selectedPeople().value(0);
    scene.selectPerson(QStringLiteral("mother"));
    QTest::keyClick(editor.view(), Qt::Key_Down);
    CHECK(scene.selectedPeople() == QStringList{child});
    QTest::keyClick(editor.view(), Qt::Key_Up);
    CHECK(scene.selectedPeople() == QStringList{QStringLiteral("mother")});
    // Every tool says its shortcut in its tooltip.
    for (const char* name : {"addPerson", "addPartner", "addChild", "addParent", "drawRelationship",
                             "removeSelected", "undo", "zoomIn", "fit", "large", "exportPicture"}) {
        QAction* action = editor.action(QLatin1String(name));
        REQUIRE(action);
        CHECK_FALSE(action->shortcut().isEmpty());
        CHECK(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
}

TEST_CASE("The genogram is saved as PNG, SVG and PDF with its key", "[ui][genogram]") {
    GenogramEditor editor;
    editor.setDocument(motherOnly());
    editor.scene()->selectPerson(QStringLiteral("mother"));
    trigger(editor, "addPartner");
    editor.scene()->selectPerson(QStringLiteral("mother"));
    trigger(editor, "addChild");
    const Genogram& g = editor.document()->genogram();
    editor.document()->undoStack()->push(new AddPersonCommand(editor.document(), Person{}));
    QTemporaryDir folder;

    const QString png = folder.filePath(QStringLiteral("g.png"));
    REQUIRE(editor.exportPicture(PictureFormat::Png, png));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 640);
    CHECK(image.height() >= 300);
    int inked = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            inked += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(inked > 200);

    const QString svg = folder.filePath(QStringLiteral("g.svg"));
    REQUIRE(editor.exportPicture(PictureFormat::Svg, svg));
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QXmlStreamReader xml(svgText);
    int elements = 0;
    while (!xml.atEnd())
        elements += xml.readNext() == QXmlStreamReader::StartElement ? 1 : 0;
    CHECK_FALSE(xml.hasError());
    CHECK(elements > 10);
    CHECK(svgText.contains("Key"));
    CHECK(svgText.contains(GenogramLabels::unionKind(g.unions[0].kind).toUtf8()));
    CHECK(svgText.contains("Amira"));

    const QString pdf = folder.filePath(QStringLiteral("g.pdf"));
    REQUIRE(editor.exportPicture(PictureFormat::Pdf, pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    CHECK(pdfBytes.startsWith("%PDF"));
    CHECK(pdfBytes.size() > 1000);

    const Status refused = editor.exportPicture(
        PictureFormat::Png, folder.filePath(QStringLiteral("no/such/folder/g.png")));
    CHECK_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("folder")));
}

TEST_CASE("The Genogram tab opens the family's genogram and keeps each edit", "[ui][genogram]") {
    test::DemoStore demo(3);
    const QString familyId = demo.session->store().listFamilies(1).value(0).id;
    REQUIRE_FALSE(familyId.isEmpty());
    int people = 0;
    {
        GenogramPage page;
        page.setSession(demo.session.get());
        page.showFamily(familyId);
        REQUIRE(page.openNow());
        GenogramEditor& editor = *page.editor();
        people = static_cast<int>(editor.document()->genogram().people.size());
        CHECK(people > 0);
        CHECK(editor.scene()->personItems().size() == people);
        editor.scene()->selectPerson(editor.document()->genogram().people.first().id);
        trigger(editor, "addPartner");
        CHECK_FALSE(editor.document()->hasUnsavedChanges());
    }
    GenogramPage reopened;
    reopened.setSession(demo.session.get());
    reopened.showFamily(familyId);
    REQUIRE(reopened.openNow());
    CHECK(reopened.editor()->document()->genogram().people.size() == people + 1);
}

TEST_CASE("A household's label fits inside its box, clear of the edge", "[ui][genogram]") {
    test::DemoStore demo(3);
    const QString familyId = demo.session->store().listFamilies(1).value(0).id;
    REQUIRE_FALSE(familyId.isEmpty());
    GenogramPage page;
    page.setSession(demo.session.get());
    page.resize(1100, 700);
    page.show();
    page.showFamily(familyId);
    REQUIRE(page.openNow());
    GenogramEditor& editor = *page.editor();
    const Genogram& g = editor.document()->genogram();
    REQUIRE_FALSE(g.households.isEmpty());
    // The font the label is painted in: 12 units, bold (genogram_symbols.cpp).
    QFont font;
    font.setPixelSize(12);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    for (const PlacedHousehold& placed : editor.scene()->layout().households) {
        const auto home =
            std::find_if(g.households.cbegin(), g.households.cend(),
                         [&](const Household& h) { return h.id == placed.householdId; });
        REQUIRE(home != g.households.cend());
        INFO(home->label.toStdString());
        // Whole, not elided, with the inset on both sides.
        CHECK(metrics.horizontalAdvance(home->label) + 2 * layout_units::kHouseholdLabelInset <=
              placed.bounds.width());
        CHECK(metrics.height() + layout_units::kHouseholdLabelTop <=
              layout_units::kHouseholdLabelBand);
    }
    // The picture as exported, at twice the size, to look at.
    test::saveGenogramPicture(g, editor.scene()->layout(),
                              QStringLiteral("/tmp/polish_genogram_household.png"));
}
