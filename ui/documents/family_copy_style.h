#pragma once

// How a family copy looks, and the writer that turns its blocks into a QTextDocument.
// Internal to FamilyCopyDocument; change the look here, not in the documents that use it.

#include <QCoreApplication>
#include <QImage>
#include <QMarginsF>
#include <QSizeF>
#include <QStringList>
#include <QTextCursor>
#include <QTextFormat>

class QPainter;
class QTextDocument;

namespace kith::documents {

struct FamilyCopyStyle {
    static constexpr int kDpi = 300;
    static constexpr double kBodyPt = 13;
    static constexpr double kSubheadingPt = 15;
    static constexpr double kHeadingPt = 19;
    static constexpr double kTitlePt = 26;
    static constexpr double kFooterPt = 10;
    static constexpr double kFooterMm = 14;       // reserved at the foot of each page
    static constexpr double kLineGapPt = 3;       // added between the lines of a paragraph
    static constexpr double kPictureShare = 0.55; // of the page's height, at most
    static QMarginsF margins() { return {20, 18, 20, 12}; } // millimetres
    // Set on a block (heading, question) that must start a page rather than end one alone.
    static constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;
};

// Appends the copy's parts to a document, one call a part, in reading order.
class CopyWriter {
public:
    // `body` in layout units (1/96 inch, as pictures and tables are sized); `dpi` of the
    // device, in which paragraph and box spacing is given.
    CopyWriter(QTextDocument& document, const QSizeF& body, double dpi);

    void title(const QString& title, const QString& family, const QString& printed);
    void heading(const QString& text);
    void subheading(const QString& text);
    void paragraph(const QString& text);
    void answer(const QString& label, const QString& text);
    void bullets(const QStringList& items);
    void table(const QStringList& headers, const QList<QStringList>& rows);
    void picture(const QImage& image, const QString& caption);
    void note(const QString& text);

private:
    // Starts a block: the document's first, the empty one after a table or box, or a new one.
    void startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars);
    void lines(const QString& text, const QTextBlockFormat& block, const QTextCharFormat& chars);
    void afterFrame();
    QTextBlockFormat block(double beforePt, double afterPt) const;
    double device(double points) const { return points / 72.0 * m_dpi; }

    QTextDocument& m_document;
    QTextCursor m_cursor;
    QSizeF m_body;
    double m_dpi;
    bool m_blockIsFree = true; // the cursor's block is empty and not yet used
    int m_pictures = 0;
};

struct CopyFooter {
    Q_DECLARE_TR_FUNCTIONS(kith::documents::CopyFooter)
};

// Moves each heading or question that would end a page apart from what follows it to the
// next page. `pageHeight` in the document's units (its page size).
void keepWithNext(QTextDocument& document, double pageHeight);

// "Official-Sensitive: keep safe" on the left and "Page n of N" on the right of `area`.
void paintFooter(QPainter& painter, const QRectF& area, int page, int pageCount);

} // namespace kith::documents
