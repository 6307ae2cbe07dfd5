#include "genogram_legend.h"

#include "genogram_labels.h"
#include "genogram_symbols.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace kith::ui {

using namespace genogram;

namespace {

constexpr double kRowHeight = 28;
constexpr double kSampleWidth = 56;
constexpr double kSampleGap = 10; // between a sample and its words
constexpr double kColumnGap = 16; // after the longest words of a column
constexpr double kTitleHeight = 30;
constexpr double kNarrowestColumn = 250;
constexpr double kTextLeft = 4 + kSampleWidth + kSampleGap;

using SamplePainter = std::function<void(QPainter&, const QRectF&)>;
struct Entry {
    QString text;
    SamplePainter sample;
};

template <typename Kind>
void addUnique(QList<Kind>& list, Kind kind) {
    if (!list.contains(kind))
        list.append(kind);
}

void symbolEntry(QList<Entry>& entries, const QString& text, Person person) {
    entries.append({text, [person](QPainter& p, const QRectF& box) {
                        const double s = box.height() - 4;
                        symbols::paintPersonSymbol(
                            p, person, QRectF(box.center().x() - s / 2, box.top() + 2, s, s));
                    }});
}

QList<Entry> entriesFor(const LegendContent& content) {
    QList<Entry> entries;
    for (Sex sex : GenogramLabels::allSexes()) {
        Person person;
        person.sex = sex;
        symbolEntry(entries, GenogramLabels::sex(sex), person);
    }
    if (content.indexChild) {
        Person person;
        person.indexChild = true;
        person.sex = Sex::Female;
        symbolEntry(entries,
                    QCoreApplication::translate("kith::ui::GenogramLabels",
                                                "The child the assessment is about"),
                    person);
    }
    if (content.deceased) {
        Person person;
        person.deceased = true;
        person.sex = Sex::Male;
        symbolEntry(entries, QCoreApplication::translate("kith::ui::GenogramLabels", "Died"),
                    person);
    }
    for (Pregnancy pregnancy : content.pregnancies) {
        Person person;
        person.pregnancy = pregnancy;
        symbolEntry(entries, GenogramLabels::pregnancy(pregnancy), person);
    }
    for (UnionKind kind : content.unions)
        entries.append({GenogramLabels::unionKind(kind), [kind](QPainter& p, const QRectF& box) {
                            symbols::paintUnionSample(p, kind,
                                                      QPointF(box.left(), box.center().y()),
                                                      QPointF(box.right(), box.center().y()));
                        }});
    for (ChildKind kind : content.children)
        entries.append({GenogramLabels::childKind(kind), [kind](QPainter& p, const QRectF& box) {
                            symbols::paintChildSample(p, kind, QPointF(box.center().x(), box.top()),
                                                      QPointF(box.center().x(), box.bottom()));
                        }});
    for (Bond bond : content.bonds)
        entries.append({GenogramLabels::bond(bond), [bond](QPainter& p, const QRectF& box) {
                            // Long enough after the symbols' gap is trimmed off each end.
                            const double gap = 24;
                            symbols::paintRelationship(
                                p, bond, QPointF(box.left() - gap, box.center().y()),
                                QPointF(box.right() + gap, box.center().y()));
                        }});
    if (content.household)
        entries.append({QCoreApplication::translate("kith::ui::GenogramLabels", "Lives together"),
                        [](QPainter& p, const QRectF& box) {
                            symbols::paintHousehold(p, Household{}, box.adjusted(2, 2, -2, -2));
                        }});
    return entries;
}

} // namespace

LegendContent LegendContent::forGenogram(const Genogram& genogram) {
    LegendContent content;
    for (const Person& person : genogram.people) {
        content.indexChild = content.indexChild || person.indexChild;
        content.deceased = content.deceased || person.deceased;
        if (person.pregnancy != Pregnancy::None)
            addUnique(content.pregnancies, person.pregnancy);
    }
    for (const Union& couple : genogram.unions)
        addUnique(content.unions, couple.kind);
    for (const ChildLink& link : genogram.children)
        addUnique(content.children, link.kind);
    for (const Relationship& line : genogram.relationships)
        addUnique(content.bonds, line.bond);
    content.household = !genogram.households.isEmpty();
    // In the order the kinds are declared, not the order they were first drawn.
    std::sort(content.pregnancies.begin(), content.pregnancies.end());
    std::sort(content.unions.begin(), content.unions.end());
    std::sort(content.children.begin(), content.children.end());
    std::sort(content.bonds.begin(), content.bonds.end());
    return content;
}

LegendContent LegendContent::everything() {
    LegendContent content;
    content.indexChild = true;
    content.deceased = true;
    content.pregnancies = GenogramLabels::allPregnancies().mid(1);
    content.unions = GenogramLabels::allUnionKinds();
    content.children = GenogramLabels::allChildKinds();
    content.bonds = GenogramLabels::allBonds();
    content.household = true;
    return content;
}

QFont legendTextFont() {
    QFont font;
    font.setPixelSize(13);
    return font;
}

int legendTextFlags() {
    return Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
}

namespace {

// Each column as wide as its own longest words, for `columns` columns filled downwards.
QList<double> columnWidths(const QList<double>& textWidths, qsizetype columns) {
    const auto rows = (textWidths.size() + columns - 1) / columns;
    QList<double> widths;
    for (qsizetype i = 0; i < textWidths.size(); ++i) {
        if (i % rows == 0)
            widths.append(0);
        widths.last() = std::max(widths.last(), kTextLeft + textWidths[i] + kColumnGap);
    }
    return widths;
}

double sum(const QList<double>& values) {
    return std::accumulate(values.cbegin(), values.cend(), 0.0);
}

} // namespace

LegendGrid legendGrid(const LegendContent& content, double width) {
    const QList<Entry> entries = entriesFor(content);
    LegendGrid grid;
    if (entries.isEmpty())
        return {{}, {0, kTitleHeight}};
    const QFontMetricsF metrics(legendTextFont());
    QList<double> textWidths;
    for (const Entry& entry : entries)
        textWidths.append(metrics.horizontalAdvance(entry.text));
    // As many columns as fit with every entry on one line; failing that, as many as fit
    // at the narrowest sensible width (rather two columns with the longest words wrapped
    // than one long column), every column then the same width.
    QList<double> widths = columnWidths(textWidths, 1);
    for (qsizetype columns = 2; columns <= entries.size(); ++columns) {
        const QList<double> wider = columnWidths(textWidths, columns);
        if (sum(wider) > width)
            break;
        widths = wider;
    }
    if (sum(widths) > width) {
        const auto columns = std::clamp<qsizetype>(static_cast<qsizetype>(width / kNarrowestColumn),
                                                   1, entries.size());
        const auto used = columnWidths(textWidths, columns).size();
        widths = QList<double>(used, width / static_cast<double>(used));
    }
    const auto rows = (entries.size() + widths.size() - 1) / widths.size();
    QList<double> columnLeft(widths.size(), 0);
    for (qsizetype column = 1; column < widths.size(); ++column)
        columnLeft[column] = columnLeft[column - 1] + widths[column - 1];
    auto textWidth = [&](qsizetype i) {
        return widths[i / rows] - kTextLeft - kColumnGap / 2;
    };
    // Down each column first, as people read a key; each row as tall as its longest words.
    QList<double> rowHeight(rows, kRowHeight);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QRectF needed = metrics.boundingRect(QRectF(0, 0, textWidth(i), 1000),
                                                   legendTextFlags(), entries[i].text);
        rowHeight[i % rows] = std::max(rowHeight[i % rows], std::ceil(needed.height()) + 6);
    }
    QList<double> rowTop(rows, kTitleHeight);
    for (qsizetype row = 1; row < rows; ++row)
        rowTop[row] = rowTop[row - 1] + rowHeight[row - 1];
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto row = i % rows;
        const double left = columnLeft[i / rows];
        const double sampleTop = rowTop[row] + (rowHeight[row] - kRowHeight) / 2 + 2;
        grid.cells.append({QRectF(left + 4, sampleTop, kSampleWidth, kRowHeight - 6),
                           QRectF(left + kTextLeft, rowTop[row], textWidth(i), rowHeight[row]),
                           entries[i].text});
    }
    grid.size = {sum(widths), rowTop[rows - 1] + rowHeight[rows - 1]};
    return grid;
}

QSizeF legendSize(const LegendContent& content, double width) {
    return legendGrid(content, width).size;
}

void paintLegend(QPainter& painter, const LegendContent& content, const QRectF& area) {
    const QList<Entry> entries = entriesFor(content);
    const LegendGrid grid = legendGrid(content, area.width());
    painter.save();
    QFont title;
    title.setPixelSize(16);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), kTitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("kith::ui::GenogramLabels", "Key"));
    for (qsizetype i = 0; i < grid.cells.size(); ++i) {
        const LegendCell& cell = grid.cells[i];
        entries[i].sample(painter, cell.sample.translated(area.topLeft()));
        painter.setFont(legendTextFont());
        painter.setPen(Qt::black);
        painter.drawText(cell.text.translated(area.topLeft()), legendTextFlags(), cell.label);
    }
    painter.restore();
}

} // namespace kith::ui
