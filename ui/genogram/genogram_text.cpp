#include "genogram_text.h"

#include "genogram_labels.h"

#include <QFontMetricsF>
#include <QPainter>

namespace kith::ui::symbols {

using namespace genogram;
namespace units = genogram::layout_units;

namespace {

constexpr double kPersonFontPixels = 12;
constexpr double kUnionFontPixels = 11;

QFont textFont(double pixels) {
    QFont font;
    font.setPixelSize(qRound(pixels));
    return font;
}

// Words onto lines no wider than `width`, at most `maxLines`: what is left over goes on
// the last line, shortened with "…"; so does a single word too long for any line.
QStringList wrapped(const QString& text, const QFontMetricsF& metrics, double width, int maxLines) {
    QStringList lines;
    if (maxLines <= 0 || width <= 0)
        return lines;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString current;
    qsizetype next = 0;
    for (; next < words.size() && lines.size() < maxLines - 1; ++next) {
        const QString candidate = current.isEmpty() ? words[next] : current + u' ' + words[next];
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
            continue;
        }
        lines << current;
        current = words[next];
    }
    for (; next < words.size(); ++next)
        current = current.isEmpty() ? words[next] : current + u' ' + words[next];
    if (!current.isEmpty())
        lines << current;
    for (QString& line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return lines;
}

} // namespace

QRectF TextBlock::inkBounds() const {
    const QFontMetricsF metrics(font);
    QRectF bounds;
    for (const TextLine& line : lines) {
        const double width = std::min(line.rect.width(), metrics.horizontalAdvance(line.text));
        const double height = std::min(line.rect.height(), metrics.height());
        const QRectF ink(line.rect.center().x() - width / 2, line.rect.center().y() - height / 2,
                         width, height);
        bounds = bounds.isNull() ? ink : bounds.united(ink);
    }
    return bounds;
}

void TextBlock::paint(QPainter& painter) const {
    painter.setFont(font);
    for (const TextLine& line : lines)
        painter.drawText(line.rect, Qt::AlignCenter, line.text);
}

TextBlock personText(const Person& person, QPointF centre) {
    TextBlock block;
    block.font = textFont(kPersonFontPixels);
    const QFontMetricsF metrics(block.font);
    const QRectF box = personLabelBox(person, centre);
    QStringList lines = GenogramLabels::personLines(person);
    if (!person.name.isEmpty()) {
        const QString name = lines.takeFirst();
        lines = wrapped(name, metrics, box.width(), nameLineCount(person)) + lines;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRectF rect(box.left(), box.top() + static_cast<double>(i) * units::kNameLineHeight,
                          box.width(), units::kNameLineHeight);
        block.lines.append({rect, metrics.elidedText(lines[i], Qt::ElideRight, box.width())});
    }
    return block;
}

TextBlock unionText(const Union& couple, const PlacedUnion& placed) {
    TextBlock block;
    block.font = textFont(kUnionFontPixels);
    const QFontMetricsF metrics(block.font);
    const QRectF room = placed.labelRoom();
    const QStringList parts = GenogramLabels::unionYears(couple);
    if (parts.isEmpty() || room.width() <= 0)
        return block;
    // Two lines fill the band; the last part nearest the line.
    const double lineHeight = room.height() / 2;
    const qsizetype shown = std::min<qsizetype>(parts.size(), 2);
    for (qsizetype i = 0; i < shown; ++i) {
        const double top = room.bottom() - static_cast<double>(shown - i) * lineHeight;
        const QString text = i == shown - 1 ? parts.mid(i).join(u' ') : parts[i];
        block.lines.append({QRectF(room.left(), top, room.width(), lineHeight),
                            metrics.elidedText(text, Qt::ElideRight, room.width())});
    }
    return block;
}

} // namespace kith::ui::symbols
