#pragma once

// A printed copy for a family, in plain words and large type: the EHA family copy and the
// plan's family copy are both made with this. QtGui only (no widgets): kithctl uses it.
//
// STABLE API (other documents build on it; add to it, do not change what is here):
//
//   documents::FamilyCopyDocument copy(tr("Early Help Assessment"));
//   copy.setFamily(tr("Khan family"));
//   copy.setPrinted(today, tr("the parents and carers"));  // "Printed on 25 November 2026
//                                                          //  for the parents and carers"
//   copy.addHeading(tr("Our family story"));               // a section
//   copy.addSubheading(tr("Zainab"));                      // a part of a section
//   copy.addParagraph(text);                               // may hold line breaks
//   copy.addAnswer(tr("What is happening now"), answer);   // label, then the answer;
//                                                          // empty: "Not answered yet"
//   copy.addBullets({...});
//   copy.addTable({tr("Name"), tr("Role")}, {{...}, {...}});
//   copy.addPicture(image, tr("Our family genogram"));     // scaled to fit the page
//   copy.addNote(tr("Some information is not shown in this copy because ..."));
//   const Result<int> pages = copy.writePdf(path);         // A4, page n of N, footer
//   FamilyCopyDocument::dateText(day);                     // "25 November 2026"
//
// Every page has the footer "Official-Sensitive: keep safe" and "Page n of N". Body text
// is 13 pt, headings larger, with generous spacing (FamilyCopyStyle).

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QTextDocument;
class QPagedPaintDevice;

namespace kith::documents {

// The printed PDF and how many pages it has.
struct PrintedPdf {
    QByteArray bytes;
    int pageCount = 0;
};

class FamilyCopyDocument {
    Q_DECLARE_TR_FUNCTIONS(kith::documents::FamilyCopyDocument)

public:
    explicit FamilyCopyDocument(QString title);
    ~FamilyCopyDocument();
    FamilyCopyDocument(const FamilyCopyDocument&) = default;
    FamilyCopyDocument& operator=(const FamilyCopyDocument&) = default;

    // The subtitle: the family's name, and when and for whom the copy was printed.
    void setFamily(const QString& familyName);
    void setPrinted(const QDate& on, const QString& printedFor);

    void addHeading(const QString& text);
    void addSubheading(const QString& text);
    void addParagraph(const QString& text);
    void addAnswer(const QString& label, const QString& answer);
    void addBullets(const QStringList& items);
    void addTable(const QStringList& headers, const QList<QStringList>& rows);
    void addPicture(const QImage& image, const QString& caption = {});
    // A boxed note that stands out: what is not shown and why, in general terms.
    void addNote(const QString& text);

    // A day as the copy prints it: "25 November 2026".
    static QString dateText(const QDate& day);

    const QString& title() const { return m_title; }
    // Everything the copy says, as plain text (one block a line): for tests and previews.
    QString plainText() const;

    // The copy as an A4 PDF. Fails only when Qt cannot draw a PDF.
    Result<PrintedPdf> toPdf() const;
    // Writes the PDF (all or nothing); the result is the number of pages. A failure names
    // the file and says what to check.
    Result<int> writePdf(const QString& path) const;

private:
    enum class Kind { Heading, Subheading, Paragraph, Answer, Bullets, Table, Picture, Note };
    struct Block {
        Kind kind = Kind::Paragraph;
        QString text;     // heading, paragraph, answer, note, picture caption
        QString label;    // answer
        QStringList list; // bullets; table headers
        QList<QStringList> rows;
        QImage image;
    };

    void fill(QTextDocument& document, const QSizeF& body, double dpi) const;
    QString subtitle() const;
    int paint(QTextDocument& document, QPagedPaintDevice& device) const;

    QString m_title;
    QString m_family;
    QDate m_printedOn;
    QString m_printedFor;
    QList<Block> m_blocks;
};

} // namespace kith::documents
