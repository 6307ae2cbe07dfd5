#include "consent/signature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace kith::consent {
namespace {

// Pads bigger than this are refused on reading: a stored signature is never a way to make
// Kith allocate without limit.
constexpr int kMaxSide = 4000;
constexpr int kMaxPoints = 20000;

// A reader for the path data that Signature writes: commands M and l, whole numbers.
class PathReader {
public:
    explicit PathReader(const QString& text)
        : m_text(text) {}

    bool atEnd() {
        skipSpace();
        return m_at >= m_text.size();
    }
    QChar peekCommand() {
        skipSpace();
        return m_at < m_text.size() && m_text.at(m_at).isLetter() ? m_text.at(m_at) : QChar();
    }
    void skipCommand() { ++m_at; }
    bool number(int& value) {
        skipSpace();
        const qsizetype start = m_at;
        if (m_at < m_text.size() && (m_text.at(m_at) == u'-' || m_text.at(m_at) == u'+'))
            ++m_at;
        while (m_at < m_text.size() && m_text.at(m_at).isDigit())
            ++m_at;
        bool ok = false;
        value = m_text.mid(start, m_at - start).toInt(&ok);
        return ok;
    }

private:
    void skipSpace() {
        while (m_at < m_text.size() && (m_text.at(m_at).isSpace() || m_text.at(m_at) == u','))
            ++m_at;
    }
    const QString& m_text;
    qsizetype m_at = 0;
};

} // namespace

QPoint Signature::clamped(QPoint point) const {
    return {std::clamp(point.x(), 0, std::max(0, m_size.width() - 1)),
            std::clamp(point.y(), 0, std::max(0, m_size.height() - 1))};
}

void Signature::beginStroke(QPoint at) {
    m_strokes.append(Stroke{clamped(at)});
}

void Signature::extendStroke(QPoint to) {
    if (m_strokes.isEmpty()) {
        beginStroke(to);
        return;
    }
    const QPoint point = clamped(to);
    if (m_strokes.last().last() != point)
        m_strokes.last().append(point);
}

bool Signature::isEmpty() const {
    // A real mark has at least one stroke that moves a few pixels.
    for (const Stroke& stroke : m_strokes) {
        int travelled = 0;
        for (qsizetype i = 1; i < stroke.size(); ++i)
            travelled += (stroke.at(i) - stroke.at(i - 1)).manhattanLength();
        if (travelled >= 10)
            return false;
    }
    return true;
}

int Signature::pointCount() const {
    int count = 0;
    for (const Stroke& stroke : m_strokes)
        count += static_cast<int>(stroke.size());
    return count;
}

QString Signature::svgPathData() const {
    QString data;
    for (const Stroke& stroke : m_strokes) {
        if (stroke.isEmpty())
            continue;
        data += QStringLiteral("M%1 %2").arg(stroke.first().x()).arg(stroke.first().y());
        if (stroke.size() > 1)
            data += u'l';
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            const QPoint step = stroke.at(i) - stroke.at(i - 1);
            // A minus sign separates numbers by itself, as SVG allows.
            if (i > 1 && step.x() >= 0)
                data += u' ';
            data += QString::number(step.x());
            if (step.y() >= 0)
                data += u' ';
            data += QString::number(step.y());
        }
    }
    return data;
}

QString Signature::encode() const {
    if (m_strokes.isEmpty())
        return {};
    const QJsonObject object{{QStringLiteral("w"), m_size.width()},
                             {QStringLiteral("h"), m_size.height()},
                             {QStringLiteral("d"), svgPathData()}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString Signature::toSvg() const {
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" "
                          "width=\"%1\" height=\"%2\"><path d=\"%3\" fill=\"none\" "
                          "stroke=\"black\" stroke-width=\"2\" stroke-linecap=\"round\" "
                          "stroke-linejoin=\"round\"/></svg>")
        .arg(m_size.width())
        .arg(m_size.height())
        .arg(svgPathData());
}

Result<Signature> Signature::decode(const QString& text) {
    using R = Result<Signature>;
    if (text.isEmpty())
        return R::ok(Signature());
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const int width = object.value(QStringLiteral("w")).toInt();
    const int height = object.value(QStringLiteral("h")).toInt();
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide)
        return R::fail(tr("The stored signature has no usable size."));
    Signature signature(QSize(width, height));
    const QString data = object.value(QStringLiteral("d")).toString();
    PathReader reader(data);
    QChar command;
    QPoint at;
    int points = 0;
    while (!reader.atEnd()) {
        if (const QChar next = reader.peekCommand(); !next.isNull()) {
            if (next != u'M' && next != u'l')
                return R::fail(tr("The stored signature has a drawing step Kith does not know."));
            command = next;
            reader.skipCommand();
        }
        int x = 0;
        int y = 0;
        if (command.isNull() || !reader.number(x) || !reader.number(y))
            return R::fail(tr("The stored signature is damaged."));
        if (++points > kMaxPoints)
            return R::fail(tr("The stored signature has too many points."));
        if (command == u'M') {
            at = QPoint(x, y);
            signature.m_strokes.append(Stroke{at});
            command = u'l'; // SVG: numbers after a move are lines
        } else {
            at += QPoint(x, y);
            signature.m_strokes.last().append(at);
        }
    }
    return R::ok(std::move(signature));
}

} // namespace kith::consent
