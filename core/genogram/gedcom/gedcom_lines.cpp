#include "genogram/gedcom/gedcom_lines.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace kith::genogram::gedcom {
namespace {

// What HEAD.CHAR says, read from the raw bytes before anything is decoded (the line
// itself is plain ASCII in every encoding GEDCOM allows).
QByteArray declaredCharset(const QByteArray& bytes) {
    static const QRegularExpression charLine(QStringLiteral("(?m)^\\s*1\\s+CHAR\\s+(\\S+)"));
    const QString head = QString::fromLatin1(bytes.left(4096));
    const auto match = charLine.match(head);
    return match.hasMatch() ? match.captured(1).toUpper().toLatin1() : QByteArray();
}

} // namespace

QString Warning::text() const {
    return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message;
}

const Node* Node::child(const char* childTag) const {
    for (const Node& node : children) {
        if (node.tag == QLatin1String(childTag))
            return &node;
    }
    return nullptr;
}

QList<const Node*> Node::all(const char* childTag) const {
    QList<const Node*> found;
    for (const Node& node : children) {
        if (node.tag == QLatin1String(childTag))
            found.append(&node);
    }
    return found;
}

QString Node::childValue(const char* childTag) const {
    const Node* node = child(childTag);
    return node ? node->value : QString();
}

QString Node::pointer() const {
    if (value.size() > 2 && value.startsWith(u'@') && value.endsWith(u'@') &&
        !value.mid(1, value.size() - 2).contains(u'@'))
        return value.mid(1, value.size() - 2);
    return {};
}

QString LineReader::decode(const QByteArray& bytes, ParsedFile& file) {
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        file.encoding = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        file.encoding = QStringLiteral("UTF-16");
        auto decoder = QStringDecoder(QStringDecoder::Utf16, QStringDecoder::Flag::Stateless);
        return decoder.decode(bytes);
    }
    const QByteArray declared = declaredCharset(bytes);
    if (file.encoding.isEmpty() && !declared.isEmpty() && declared != "UTF-8" &&
        declared != "UNICODE" && declared != "ASCII") {
        // ANSI is Windows-1252 in practice; ANSEL (the old library character set) is not
        // something Qt can decode, so its accented letters become "?" and we say so.
        if (declared == "ANSI") {
            file.encoding = QStringLiteral("Windows-1252");
            QStringDecoder ansi("Windows-1252");
            if (ansi.isValid())
                return ansi.decode(bytes);
            file.encoding = QStringLiteral("Latin-1");
            file.warnings.append({0, tr("The file says it is in ANSI (Windows-1252); it was "
                                        "read as Latin-1, so a few symbols may be wrong.")});
            return QString::fromLatin1(bytes);
        }
        file.encoding = QStringLiteral("ASCII");
        QByteArray ascii = bytes;
        int replaced = 0;
        for (char& c : ascii) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                c = '?';
                ++replaced;
            }
        }
        file.warnings.append(
            {0, tr("The file is in the %1 character set, which Kith cannot read: %2 letters "
                   "outside plain English were replaced by \"?\". Export the file again as "
                   "UTF-8 (GEDCOM 7 or 5.5.1 with CHAR UTF-8) to keep them.")
                    .arg(QString::fromLatin1(declared))
                    .arg(replaced)});
        return QString::fromLatin1(ascii);
    }
    if (file.encoding.isEmpty())
        file.encoding = QStringLiteral("UTF-8");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (utf8.hasError()) {
        // Name the first bad line so that the person can find it.
        int line = 1;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QChar::ReplacementCharacter)
                break;
            if (text.at(i) == u'\n')
                ++line;
        }
        file.warnings.append(
            {line, tr("This file is not valid UTF-8 (first from this line): "
                      "the letters that could not be read show as a question mark in a "
                      "diamond. "
                      "Check the file's character set.")});
    }
    return text;
}

ParsedFile LineReader::parse(const QByteArray& bytes, const Limits& limits) {
    ParsedFile file;
    if (bytes.size() > limits.maxBytes) {
        file.warnings.append({0, tr("The file is %1 MB; Kith reads GEDCOM files up to %2 MB. "
                                    "Nothing was imported.")
                                     .arg(bytes.size() / (1024 * 1024))
                                     .arg(limits.maxBytes / (1024 * 1024))});
        return file;
    }
    const QString text = decode(bytes, file);
    // Open nodes by level; a node is attached to its parent when the next line at its
    // level or above comes, so the tree is built in one pass with no recursion.
    QList<Node> open;
    int skipBelow = -1; // while >= 0, lines deeper than this level belong to a skipped line
    int skipped = 0;
    int lineNumber = 0;
    auto closeTo = [&](qsizetype depth) {
        while (open.size() > depth) {
            Node done = std::move(open.last());
            open.removeLast();
            if (open.isEmpty())
                file.records.append(std::move(done));
            else
                open.last().children.append(std::move(done));
        }
    };
    auto warn = [&](const QString& message) {
        ++skipped;
        if (skipped <= 200)
            file.warnings.append({lineNumber, message});
    };
    static const QRegularExpression lineShape(QStringLiteral(
        "^\\s*(\\d{1,3})[ \\t]+(?:@([^@\\s]+)@[ \\t]+)?([A-Za-z0-9_]+)(?:[ \\t](.*))?$"));
    qsizetype position = 0;
    // The next line feed and carriage return, found once each and reused: searching
    // afresh on every line would scan to the end of a file with none of one kind.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    auto nextOf = [&](char16_t c, qsizetype& cached) {
        if (cached != text.size() && cached < position)
            cached = text.indexOf(QChar(c), position);
        if (cached < 0)
            cached = text.size();
        return cached;
    };
    while (position <= text.size()) {
        const qsizetype end = std::min(nextOf(u'\n', nextLf), nextOf(u'\r', nextCr));
        QString line = text.mid(position, end - position);
        position = end + 1;
        if (end < text.size() && text.at(end) == u'\r' && position < text.size() &&
            text.at(position) == u'\n')
            ++position;
        ++lineNumber;
        if (lineNumber > limits.maxLines) {
            file.warnings.append({lineNumber, tr("The file has more than %1 lines; the rest "
                                                 "was not read.")
                                                  .arg(limits.maxLines)});
            break;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (line.contains(QChar(0))) {
            warn(tr("This line has a NUL character in it (the file may be damaged); it was "
                    "skipped."));
            continue;
        }
        if (line.size() > limits.maxLineLength) {
            warn(tr("This line is %1 characters long; only the first %2 were kept.")
                     .arg(line.size())
                     .arg(limits.maxLineLength));
            line.truncate(limits.maxLineLength);
        }
        const auto match = lineShape.match(line);
        if (!match.hasMatch()) {
            warn(tr("This line is not a GEDCOM line (level, tag, value); it was skipped."));
            continue;
        }
        const int level = match.captured(1).toInt();
        if (skipBelow >= 0 && level > skipBelow)
            continue; // under a line that was skipped
        skipBelow = -1;
        if (level > open.size()) {
            warn(tr("Level %1 comes straight after level %2; this line and the lines under it "
                    "were skipped.")
                     .arg(level)
                     .arg(open.size() - 1));
            skipBelow = static_cast<int>(open.size()) - 1;
            continue;
        }
        if (level >= limits.maxDepth) {
            warn(tr("This line is nested %1 levels deep; Kith reads up to %2. It was skipped.")
                     .arg(level)
                     .arg(limits.maxDepth));
            skipBelow = level;
            continue;
        }
        QString value = match.captured(4);
        if (value.startsWith(QLatin1String("@@")))
            value.remove(0, 1); // GEDCOM 7: a leading @@ stands for one @
        const QString tag = match.captured(3);
        if ((tag == QLatin1String("CONT") || tag == QLatin1String("CONC")) && level > 0) {
            closeTo(level); // continues the open line one level up
            if (tag == QLatin1String("CONT"))
                open.last().value += u'\n';
            open.last().value += value;
            continue;
        }
        closeTo(level);
        Node node;
        node.line = lineNumber;
        node.xref = match.captured(2);
        node.tag = tag;
        node.value = value;
        open.append(std::move(node));
    }
    closeTo(0);
    if (skipped > 200)
        file.warnings.append(
            {0, tr("%1 more lines were skipped for the same kinds of reason.").arg(skipped - 200)});
    for (const Node& record : std::as_const(file.records)) {
        if (record.tag == QLatin1String("HEAD")) {
            if (const Node* gedc = record.child("GEDC"))
                file.version = gedc->childValue("VERS");
        }
    }
    if (file.records.isEmpty() || file.records.first().tag != QLatin1String("HEAD"))
        file.warnings.append({0, tr("The file does not start with a GEDCOM header (0 HEAD); "
                                    "it was read as far as possible.")});
    return file;
}

} // namespace kith::genogram::gedcom
