#include "documents/family_copy_style.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace kith::documents {
namespace {

using Style = FamilyCopyStyle;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kHeadingInk(0x0b, 0x3d, 0x5c);
const QColor kQuietInk(0x4a, 0x4a, 0x4a);
const QColor kRule(0xb0, 0xb8, 0xc0);
const QColor kNoteBorder(0xc2, 0x7c, 0x0e);
const QColor kNoteFill(0xfd, 0xf3, 0xe1);
const QColor kTableHeaderFill(0xe8, 0xee, 0xf3);

// Table and picture lengths are in the layout's units (1/96 inch), which the layout scales
// to the device; paragraph and box spacing is not scaled (CopyWriter::device).
double pt(double points) {
    return points * 96.0 / 72.0;
}

QFont copyFont(double points, bool bold = false) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No ligatures where the script does not need them: "fi" stays two letters, so that the
    // text can be searched, copied and read aloud from the PDF.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QTextCharFormat chars(double points, bool bold = false, const QColor& ink = kInk) {
    QTextCharFormat format;
    format.setFont(copyFont(points, bold));
    format.setForeground(ink);
    return format;
}

} // namespace

QTextBlockFormat CopyWriter::block(double beforePt, double afterPt) const {
    QTextBlockFormat format;
    format.setTopMargin(device(beforePt));
    format.setBottomMargin(device(afterPt));
    // Extra space between lines: LineDistanceHeight, because with ProportionalHeight the
    // layout breaks pages by the line's own height and a line can end up on two pages.
    format.setLineHeight(device(Style::kLineGapPt), QTextBlockFormat::LineDistanceHeight);
    return format;
}

CopyWriter::CopyWriter(QTextDocument& document, const QSizeF& body, double dpi)
    : m_document(document)
    , m_cursor(&document)
    , m_body(body)
    , m_dpi(dpi) {
    m_document.setDefaultFont(copyFont(Style::kBodyPt));
    QTextFrameFormat root = m_document.rootFrame()->frameFormat();
    root.setMargin(0);
    m_document.rootFrame()->setFrameFormat(root);
}

void CopyWriter::startBlock(const QTextBlockFormat& blockFormat,
                            const QTextCharFormat& charFormat) {
    if (m_blockIsFree) {
        m_cursor.setBlockFormat(blockFormat);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_blockIsFree = false;
        return;
    }
    m_cursor.insertBlock(blockFormat, charFormat);
}

// Text with line breaks becomes one block a paragraph, each spaced like the first.
void CopyWriter::lines(const QString& text, const QTextBlockFormat& blockFormat,
                       const QTextCharFormat& charFormat) {
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        startBlock(blockFormat, charFormat);
        m_cursor.insertText(paragraph, charFormat);
    }
}

void CopyWriter::afterFrame() {
    m_cursor.movePosition(QTextCursor::End);
    m_blockIsFree = true;
}

void CopyWriter::title(const QString& title, const QString& family, const QString& printed) {
    lines(title, block(0, 4), chars(Style::kTitlePt, true, kHeadingInk));
    if (!family.isEmpty())
        lines(family, block(2, 2), chars(Style::kSubheadingPt, true));
    if (!printed.isEmpty())
        lines(printed, block(2, 10), chars(Style::kBodyPt, false, kQuietInk));
}

void CopyWriter::heading(const QString& text) {
    QTextBlockFormat format = block(16, 4);
    format.setProperty(Style::kKeepWithNext, true);
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    lines(text, format, chars(Style::kHeadingPt, true, kHeadingInk));
}

void CopyWriter::subheading(const QString& text) {
    QTextBlockFormat format = block(10, 2);
    format.setProperty(Style::kKeepWithNext, true);
    lines(text, format, chars(Style::kSubheadingPt, true, kHeadingInk));
}

void CopyWriter::paragraph(const QString& text) {
    lines(text, block(2, 6), chars(Style::kBodyPt));
}

void CopyWriter::answer(const QString& label, const QString& text) {
    QTextBlockFormat question = block(6, 0);
    question.setProperty(Style::kKeepWithNext, true);
    lines(label, question, chars(Style::kBodyPt, true, kQuietInk));
    QTextBlockFormat format = block(0, 4);
    format.setLeftMargin(device(14));
    lines(text, format, chars(Style::kBodyPt));
}

void CopyWriter::bullets(const QStringList& items) {
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextList* list = nullptr;
    for (const QString& item : items) {
        startBlock(block(2, 4), chars(Style::kBodyPt));
        if (!list)
            list = m_cursor.createList(listFormat);
        else
            list->add(m_cursor.block());
        m_cursor.insertText(item, chars(Style::kBodyPt));
    }
    // The next block starts outside the list (insertBlock copies the list membership).
    startBlock(block(0, 0), chars(Style::kBodyPt));
    if (QTextList* current = m_cursor.currentList())
        current->remove(m_cursor.block());
    m_blockIsFree = true;
}

void CopyWriter::table(const QStringList& headers, const QList<QStringList>& rows) {
    // Tables and boxes go after the current block; a free (empty) block is left before them.
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorder(pt(0.75));
    format.setBorderBrush(kRule);
    format.setCellPadding(pt(5));
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    format.setTopMargin(device(4));
    format.setBottomMargin(device(10));
    const int columns = static_cast<int>(headers.size());
    QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()) + 1, columns, format);
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextCharFormat cellFormat = cell.format();
        cellFormat.setBackground(kTableHeaderFill);
        cell.setFormat(cellFormat);
        cell.firstCursorPosition().insertText(headers[column], chars(Style::kBodyPt, true));
    }
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < columns; ++column)
            table->cellAt(row + 1, column)
                .firstCursorPosition()
                .insertText(rows[row].value(column), chars(Style::kBodyPt));
    }
    afterFrame();
}

void CopyWriter::picture(const QImage& image, const QString& caption) {
    const QUrl name(QStringLiteral("kith-picture:%1").arg(++m_pictures));
    m_document.addResource(QTextDocument::ImageResource, name, image);
    // As wide as the page allows, but no taller than part of it, so that the picture fits
    // on one page with its heading and caption.
    const double aspect = double(image.height()) / std::max(1, image.width());
    const double width =
        std::min(m_body.width(), m_body.height() * Style::kPictureShare / std::max(aspect, 0.01));
    QTextImageFormat format;
    format.setName(name.toString());
    format.setWidth(width);
    format.setHeight(width * aspect);
    QTextBlockFormat centred = block(8, 4);
    centred.setAlignment(Qt::AlignHCenter);
    startBlock(centred, chars(Style::kBodyPt));
    m_cursor.insertImage(format);
    if (!caption.isEmpty()) {
        QTextCharFormat quiet = chars(Style::kBodyPt - 1, false, kQuietInk);
        quiet.setFontItalic(true);
        QTextBlockFormat captionFormat = block(2, 10);
        captionFormat.setAlignment(Qt::AlignHCenter);
        lines(caption, captionFormat, quiet);
    }
}

void CopyWriter::note(const QString& text) {
    QTextFrameFormat box;
    box.setBorder(device(1.5));
    box.setBorderBrush(kNoteBorder);
    box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box.setBackground(kNoteFill);
    box.setPadding(device(10));
    box.setTopMargin(device(8));
    box.setBottomMargin(device(12));
    m_cursor.insertFrame(box);
    m_blockIsFree = true;
    lines(text, block(0, 0), chars(Style::kBodyPt));
    afterFrame();
}

void keepWithNext(QTextDocument& document, double pageHeight) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const auto pageOf = [pageHeight](double y) {
        return static_cast<int>(y / pageHeight);
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (!next.isValid() || !block.blockFormat().boolProperty(Style::kKeepWithNext) ||
            block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QTextLayout* mine = block.layout();
        const QTextLayout* theirs = next.layout();
        if (mine->lineCount() == 0 || theirs->lineCount() == 0)
            continue;
        // Line positions include the move to the next page that a block's own rect lacks.
        const double lastLine =
            layout->blockBoundingRect(block).top() + mine->lineAt(mine->lineCount() - 1).y() + 1;
        const double firstLine = layout->blockBoundingRect(next).top() + theirs->lineAt(0).y() + 1;
        if (pageOf(lastLine) != pageOf(firstLine)) {
            QTextBlockFormat moved;
            moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(moved);
        }
    }
}

void paintFooter(QPainter& painter, const QRectF& area, int page, int pageCount) {
    painter.save();
    const double dpi = painter.device()->logicalDpiY();
    const double gap = 3.0 / 25.4 * dpi; // 3 mm under the body
    QPen rule(kRule);
    rule.setWidthF(0.5 / 72.0 * dpi);
    painter.setPen(rule);
    painter.drawLine(QPointF(area.left(), area.top() + gap),
                     QPointF(area.right(), area.top() + gap));
    const QRectF text = area.adjusted(0, 2 * gap, 0, 0);
    painter.setPen(kQuietInk);
    painter.setFont(copyFont(Style::kFooterPt, true));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                     CopyFooter::tr("Official-Sensitive: keep safe"));
    painter.setFont(copyFont(Style::kFooterPt));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop,
                     CopyFooter::tr("Page %1 of %2").arg(page).arg(pageCount));
    painter.restore();
}

} // namespace kith::documents
