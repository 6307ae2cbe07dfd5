#pragma once

// The text of a PDF as a reader's program sees it: pdftotext (poppler-utils), found at run
// time. Tests that need it fail with a clear message when it is not installed.

#include "process_runner.h"

#include <QStandardPaths>
#include <QTemporaryDir>

namespace kith::testing {

struct PdfText {
    bool toolFound = false;
    QString text; // pages are separated by a form feed
    int pages() const { return static_cast<int>(text.count(QLatin1Char('\f'))); }
};

inline PdfText pdfTextOfFile(const QString& path) {
    PdfText result;
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return result;
    result.toolFound = true;
    const ProcessResult run = runProgram(
        tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    result.text = run.exitCode == 0 ? run.out : QString();
    return result;
}

inline PdfText pdfText(const QByteArray& pdf) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    return pdfTextOfFile(path);
}

// Words as one line each apart: pdftotext breaks lines where the page does.
inline QString flattened(const QString& text) {
    return text.simplified();
}

} // namespace kith::testing

#define REQUIRE_PDFTOTEXT(extracted)                                                               \
    do {                                                                                           \
        if (!(extracted).toolFound)                                                                \
            FAIL("pdftotext is not installed: apt-get install poppler-utils "                      \
                 "(packaging/debian-packages.txt lists it)");                                      \
    } while (false)
