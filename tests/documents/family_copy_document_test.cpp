// The printed family copy builder: a real PDF, its text as a reader's program extracts it,
// page numbers and the footer on every page.
#include "documents/family_copy_document.h"
#include "pdf_text.h"

#include <QPainter>
#include <QTemporaryDir>

using kith::documents::FamilyCopyDocument;
using namespace kith::testing;

namespace {

FamilyCopyDocument sampleCopy() {
    FamilyCopyDocument copy(QStringLiteral("Early Help Assessment"));
    copy.setFamily(QStringLiteral("Khan family"));
    copy.setPrinted(QDate(2026, 11, 25), QStringLiteral("the parents and carers"));
    copy.addHeading(QStringLiteral("Our family story"));
    copy.addAnswer(QStringLiteral("What is happening now"),
                   QStringLiteral("Mum has started a new job.\nZainab walks to school."));
    copy.addAnswer(QStringLiteral("What has happened in the past"), QString());
    copy.addSubheading(QStringLiteral("Zainab"));
    copy.addBullets({QStringLiteral("Homework club"), QStringLiteral("Swimming on Fridays")});
    copy.addTable({QStringLiteral("Name"), QStringLiteral("Who they are")},
                  {{QStringLiteral("Amira Khan"), QStringLiteral("Parent")},
                   {QStringLiteral("Zainab Khan"), QStringLiteral("Child")}});
    copy.addNote(QStringLiteral("Some information is not shown in this copy."));
    return copy;
}

} // namespace

TEST_CASE("a family copy is a PDF whose text says what was added, in order", "[documents]") {
    const auto printed = sampleCopy().toPdf();
    REQUIRE(printed);
    REQUIRE(printed.value().bytes.startsWith("%PDF"));
    REQUIRE(printed.value().pageCount >= 1);
    const PdfText extracted = pdfText(printed.value().bytes);
    REQUIRE_PDFTOTEXT(extracted);
    const QString text = flattened(extracted.text);
    for (const char* expected :
         {"Early Help Assessment", "Khan family",
          "Printed on 25 November 2026 for the parents and "
          "carers",
          "Our family story", "What is happening now", "Mum has started a new job.",
          "Zainab walks to school.", "Not answered yet", "Homework club", "Swimming on Fridays",
          "Amira Khan", "Who they are", "Some information is not shown in this copy."}) {
        INFO(expected);
        CHECK(text.contains(QLatin1String(expected)));
    }
    CHECK(text.indexOf(QLatin1String("What is happening now")) <
          text.indexOf(QLatin1String("Homework club")));
    CHECK(extracted.pages() == printed.value().pageCount);
}

TEST_CASE("every page of a family copy has its number and the footer", "[documents]") {
    FamilyCopyDocument copy = sampleCopy();
    for (int i = 1; i <= 40; ++i)
        copy.addAnswer(QStringLiteral("Question %1").arg(i),
                       QStringLiteral("An answer long enough to take a line or two of the page, "
                                      "so that forty of them need more than one page."));
    const auto printed = copy.toPdf();
    REQUIRE(printed);
    const int pages = printed.value().pageCount;
    REQUIRE(pages >= 2);
    const PdfText extracted = pdfText(printed.value().bytes);
    REQUIRE_PDFTOTEXT(extracted);
    REQUIRE(extracted.pages() == pages);
    const QStringList each = extracted.text.split(QLatin1Char('\f'));
    for (int page = 1; page <= pages; ++page) {
        const QString text = flattened(each.value(page - 1));
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        CHECK(text.contains(QLatin1String("Official-Sensitive: keep safe")));
    }
    CHECK(flattened(extracted.text).contains(QLatin1String("Question 40")));
}

TEST_CASE("a family copy shows a picture with its caption", "[documents]") {
    QImage image(400, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(50, 50, 100, 100), Qt::black);
    painter.end();
    FamilyCopyDocument copy(QStringLiteral("Plan"));
    copy.addPicture(image, QStringLiteral("Our family genogram"));
    const auto printed = copy.toPdf();
    REQUIRE(printed);
    const PdfText extracted = pdfText(printed.value().bytes);
    REQUIRE_PDFTOTEXT(extracted);
    CHECK(flattened(extracted.text).contains(QLatin1String("Our family genogram")));
    // The picture is embedded as an image object.
    CHECK(printed.value().bytes.contains("/Subtype /Image"));
}

TEST_CASE("writing a family copy where it cannot be written says where and why", "[documents]") {
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/copy.pdf"));
    const auto written = sampleCopy().writePdf(path);
    REQUIRE_FALSE(written);
    CHECK(written.error().contains(QLatin1String("no-such-folder")));
    const QString good = dir.filePath(QStringLiteral("copy.pdf"));
    const auto saved = sampleCopy().writePdf(good);
    REQUIRE(saved);
    CHECK(saved.value() >= 1);
    CHECK(pdfTextOfFile(good).text.contains(QLatin1String("Khan family")));
}

TEST_CASE("a family copy's plain text follows its blocks", "[documents]") {
    const QString text = sampleCopy().plainText();
    CHECK(text.startsWith(QLatin1String("Early Help Assessment\nKhan family\n")));
    CHECK(text.contains(QLatin1String("- Homework club")));
    CHECK(text.contains(QLatin1String("Amira Khan\tParent")));
}
