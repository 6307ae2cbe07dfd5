#include "genogram_legend.h"

#include "genogram_labels.h"
#include "genogram_symbols.h"

#include <QPainter>
#include <functional>

namespace kith::ui {

using namespace genogram;

namespace {

constexpr double kRowHeight = 28;
constexpr double kColumnWidth = 280;
constexpr double kSampleWidth = 56;
constexpr double kTitleHeight = 30;

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

int columnsFor(double width) {
    return std::max(1, static_cast<int>(width / kColumnWidth));
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

QSizeF legendSize(const LegendContent& content, double width) {
    const auto count = entriesFor(content).size();
    const int columns = columnsFor(width);
    const auto rows = (count + columns - 1) / columns;
    return {std::min<double>(width, columns * kColumnWidth),
            kTitleHeight + static_cast<double>(rows) * kRowHeight};
}

void paintLegend(QPainter& painter, const LegendContent& content, const QRectF& area) {
    const QList<Entry> entries = entriesFor(content);
    const int columns = columnsFor(area.width());
    const auto rows = (entries.size() + columns - 1) / columns;
    painter.save();
    QFont title;
    title.setPixelSize(16);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), kTitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("kith::ui::GenogramLabels", "Key"));
    QFont text;
    text.setPixelSize(13);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        // Down each column first, as people read a key.
        const auto column = i / rows;
        const auto row = i % rows;
        const QPointF topLeft(area.left() + static_cast<double>(column) * kColumnWidth,
                              area.top() + kTitleHeight + static_cast<double>(row) * kRowHeight);
        const QRectF sample(topLeft.x() + 4, topLeft.y() + 2, kSampleWidth, kRowHeight - 6);
        entries[i].sample(painter, sample);
        painter.setFont(text);
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(sample.right() + 10, topLeft.y(), kColumnWidth - kSampleWidth - 18, kRowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, entries[i].text);
    }
    painter.restore();
}

} // namespace kith::ui
