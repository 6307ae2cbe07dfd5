#include "genogram_picture.h"

#include "genogram_legend.h"
#include "genogram_symbols.h"

#include <QHash>
#include <QPainter>

namespace kith::ui {

using namespace genogram;

namespace {

constexpr double kMargin = 24;
constexpr double kMinimumWidth = 640; // room for a key of three columns

template <typename Record>
QHash<QString, const Record*> byId(const QList<Record>& records) {
    QHash<QString, const Record*> map;
    map.reserve(records.size());
    for (const Record& record : records)
        map.insert(record.id, &record);
    return map;
}

} // namespace

void paintGenogramParts(QPainter& painter, const Genogram& genogram, const Layout& layout,
                        const QDate& today) {
    const auto households = byId(genogram.households);
    for (const PlacedHousehold& placed : layout.households) {
        if (const Household* household = households.value(placed.householdId))
            symbols::paintHousehold(painter, *household, placed.bounds);
    }
    const auto unions = byId(genogram.unions);
    for (const PlacedUnion& placed : layout.unions) {
        if (const Union* couple = unions.value(placed.unionId))
            symbols::paintUnion(painter, *couple, placed);
    }
    const auto links = byId(genogram.children);
    for (const PlacedChild& placed : layout.children) {
        if (const ChildLink* link = links.value(placed.linkId))
            symbols::paintChildLine(painter, *link, placed);
    }
    const auto lines = byId(genogram.relationships);
    for (const PlacedRelationship& placed : layout.relationships) {
        if (const Relationship* line = lines.value(placed.relationshipId))
            symbols::paintRelationship(painter, line->bond, placed.from, placed.to, placed.offset);
    }
    const auto people = byId(genogram.people);
    for (const PlacedPerson& placed : layout.people) {
        if (const Person* person = people.value(placed.personId))
            symbols::paintPerson(painter, *person, placed.centre, today);
    }
}

GenogramPicture::GenogramPicture(const Genogram& genogram, const Layout& layout, QDate today)
    : m_genogram(genogram)
    , m_layout(layout)
    , m_today(today) {
    m_drawing = layout.bounds;
    for (const PlacedPerson& placed : layout.people)
        m_drawing = m_drawing.united(symbols::personBounds(placed.centre));
    const double width = std::max(kMinimumWidth, m_drawing.width() + 2 * kMargin);
    const QSizeF legend = legendSize(LegendContent::forGenogram(genogram), width - 2 * kMargin);
    m_legendTop = kMargin + m_drawing.height() + kMargin;
    m_size = QSizeF(width, m_legendTop + legend.height() + kMargin);
}

void GenogramPicture::paint(QPainter& painter) const {
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);
    painter.save();
    // The drawing centred across the picture, under the top margin.
    const double left = (m_size.width() - m_drawing.width()) / 2;
    painter.translate(left - m_drawing.left(), kMargin - m_drawing.top());
    paintGenogramParts(painter, m_genogram, m_layout, m_today);
    painter.restore();
    paintLegend(painter, LegendContent::forGenogram(m_genogram),
                QRectF(kMargin, m_legendTop, m_size.width() - 2 * kMargin,
                       m_size.height() - m_legendTop - kMargin));
    painter.restore();
}

void GenogramPicture::paintFitted(QPainter& painter, const QRectF& page) const {
    const double scale = std::min(page.width() / m_size.width(), page.height() / m_size.height());
    painter.save();
    painter.translate(page.center().x() - m_size.width() * scale / 2,
                      page.center().y() - m_size.height() * scale / 2);
    painter.scale(scale, scale);
    paint(painter);
    painter.restore();
}

} // namespace kith::ui
