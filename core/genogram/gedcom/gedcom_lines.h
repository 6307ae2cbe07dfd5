#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Reading a GEDCOM file into a tree of lines, whatever state the file is in: the
// encoding is worked out (UTF-8, or what HEAD.CHAR declares), CONT/CONC are joined, and
// every line that cannot be read is skipped with a warning that names its line number.
namespace kith::genogram::gedcom {

struct Warning {
    int line = 0; // 0 = the file as a whole
    QString message;
    QString text() const; // "line 12: ..." for people and JSON
};

struct Node {
    int line = 0;
    QString xref; // without the @ signs
    QString tag;
    QString value;
    QList<Node> children;

    const Node* child(const char* childTag) const;
    QList<const Node*> all(const char* childTag) const;
    QString childValue(const char* childTag) const;
    // The xref a pointer value names ("@I1@" -> "I1"); empty if it is not a pointer.
    QString pointer() const;
};

struct Limits {
    qsizetype maxBytes = 64 * 1024 * 1024;
    int maxDepth = 32;
    qsizetype maxLineLength = 64 * 1024;
    qsizetype maxLines = 4'000'000;
};

struct ParsedFile {
    QList<Node> records; // level 0 lines, HEAD first when present
    QString version;     // HEAD.GEDC.VERS, e.g. "7.0" or "5.5.1"
    QString encoding;    // what was used to read the file
    QList<Warning> warnings;
};

class LineReader {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::gedcom::LineReader)

public:
    static ParsedFile parse(const QByteArray& bytes, const Limits& limits = {});

private:
    static QString decode(const QByteArray& bytes, ParsedFile& file);
};

} // namespace kith::genogram::gedcom
