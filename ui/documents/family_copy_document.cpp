#include "documents/family_copy_document.h"

#include "documents/family_copy_style.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace kith::documents {

FamilyCopyDocument::FamilyCopyDocument(QString title)
    : m_title(std::move(title)) {}

FamilyCopyDocument::~FamilyCopyDocument() = default;

void FamilyCopyDocument::setFamily(const QString& familyName) {
    m_family = familyName;
}

void FamilyCopyDocument::setPrinted(const QDate& on, const QString& printedFor) {
    m_printedOn = on;
    m_printedFor = printedFor;
}

void FamilyCopyDocument::addHeading(const QString& text) {
    m_blocks.append({Kind::Heading, text, {}, {}, {}, {}});
}

void FamilyCopyDocument::addSubheading(const QString& text) {
    m_blocks.append({Kind::Subheading, text, {}, {}, {}, {}});
}

void FamilyCopyDocument::addParagraph(const QString& text) {
    m_blocks.append({Kind::Paragraph, text, {}, {}, {}, {}});
}

void FamilyCopyDocument::addAnswer(const QString& label, const QString& answer) {
    const QString shown = answer.trimmed().isEmpty() ? tr("Not answered yet") : answer;
    m_blocks.append({Kind::Answer, shown, label, {}, {}, {}});
}

void FamilyCopyDocument::addBullets(const QStringList& items) {
    if (!items.isEmpty())
        m_blocks.append({Kind::Bullets, {}, {}, items, {}, {}});
}

void FamilyCopyDocument::addTable(const QStringList& headers, const QList<QStringList>& rows) {
    if (!headers.isEmpty())
        m_blocks.append({Kind::Table, {}, {}, headers, rows, {}});
}

void FamilyCopyDocument::addPicture(const QImage& image, const QString& caption) {
    if (!image.isNull())
        m_blocks.append({Kind::Picture, caption, {}, {}, {}, image});
}

void FamilyCopyDocument::addNote(const QString& text) {
    m_blocks.append({Kind::Note, text, {}, {}, {}, {}});
}

QString FamilyCopyDocument::dateText(const QDate& day) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(day, QStringLiteral("d MMMM yyyy"));
}

QString FamilyCopyDocument::subtitle() const {
    const QString day = dateText(m_printedOn);
    if (m_printedOn.isValid() && !m_printedFor.isEmpty())
        return tr("Printed on %1 for %2").arg(day, m_printedFor);
    if (m_printedOn.isValid())
        return tr("Printed on %1").arg(day);
    return m_printedFor.isEmpty() ? QString() : tr("Printed for %1").arg(m_printedFor);
}

QString FamilyCopyDocument::plainText() const {
    QStringList lines{m_title};
    if (!m_family.isEmpty())
        lines.append(m_family);
    if (const QString printed = subtitle(); !printed.isEmpty())
        lines.append(printed);
    for (const Block& block : m_blocks) {
        switch (block.kind) {
        case Kind::Answer:
            lines.append(block.label);
            lines.append(block.text);
            break;
        case Kind::Bullets:
            for (const QString& item : block.list)
                lines.append(QStringLiteral("- ") + item);
            break;
        case Kind::Table:
            lines.append(block.list.join(QLatin1Char('\t')));
            for (const QStringList& row : block.rows)
                lines.append(row.join(QLatin1Char('\t')));
            break;
        default:
            if (!block.text.isEmpty())
                lines.append(block.text);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void FamilyCopyDocument::fill(QTextDocument& document, const QSizeF& body, double dpi) const {
    CopyWriter writer(document, body, dpi);
    writer.title(m_title, m_family, subtitle());
    for (const Block& block : m_blocks) {
        switch (block.kind) {
        case Kind::Heading:
            writer.heading(block.text);
            break;
        case Kind::Subheading:
            writer.subheading(block.text);
            break;
        case Kind::Paragraph:
            writer.paragraph(block.text);
            break;
        case Kind::Answer:
            writer.answer(block.label, block.text);
            break;
        case Kind::Bullets:
            writer.bullets(block.list);
            break;
        case Kind::Table:
            writer.table(block.list, block.rows);
            break;
        case Kind::Picture:
            writer.picture(block.image, block.text);
            break;
        case Kind::Note:
            writer.note(block.text);
            break;
        }
    }
}

// Lays the document out page by page inside the margins, each page with its footer.
int FamilyCopyDocument::paint(QTextDocument& document, QPagedPaintDevice& device) const {
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const double dpi = device.logicalDpiY();
    const QSizeF page(device.width(), device.height());
    const double footerHeight = FamilyCopyStyle::kFooterMm / 25.4 * dpi;
    const QSizeF body(page.width(), page.height() - footerHeight);

    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(body);
    // Pictures and tables are sized in layout units (1/96 inch), scaled to the device.
    fill(document, body * (96.0 / dpi), dpi);
    keepWithNext(document, body.height());
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        const QRectF shown(QPointF(0, index * body.height()), body);
        painter.translate(0, -shown.top());
        painter.setClipRect(shown); // a line that goes on to the next page is drawn there
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, QRectF(0, body.height(), page.width(), footerHeight), index + 1,
                    pages);
    }
    painter.end();
    return pages;
}

Result<PrintedPdf> FamilyCopyDocument::toPdf() const {
    using R = Result<PrintedPdf>;
    QByteArray bytes;
    int pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(m_family.isEmpty() ? m_title
                                        : QStringLiteral("%1: %2").arg(m_title, m_family));
        pdf.setCreator(QStringLiteral("Kith"));
        pdf.setResolution(FamilyCopyStyle::kDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      FamilyCopyStyle::margins(), QPageLayout::Millimeter));
        QTextDocument document;
        pages = paint(document, pdf);
    }
    if (pages < 1 || !bytes.startsWith("%PDF"))
        return R::fail(tr("Could not draw the PDF. Check that fonts are installed (the "
                          "fonts-dejavu-core package)."));
    return R::ok({bytes, pages});
}

Result<int> FamilyCopyDocument::writePdf(const QString& path) const {
    using R = Result<int>;
    const auto printed = toPdf();
    if (!printed)
        return R::fail(printed.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(printed.value().bytes) < 0 || !file.commit())
        return R::fail(tr("Could not write the PDF to %1 (%2). Check that the folder exists "
                          "and that you may save files there.")
                           .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return R::ok(printed.value().pageCount);
}

} // namespace kith::documents
