#include "genogram_items.h"

#include "genogram_symbols.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace kith::ui {

using namespace genogram;

namespace {

const QColor kSelection(0x1e, 0x88, 0xe5);

template <typename Record>
const Record* findRecord(const QList<Record>& records, const QString& id) {
    for (const Record& record : records) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

bool samePlace(const LineItem::Placed& a, const LineItem::Placed& b) {
    if (a.index() != b.index())
        return false;
    return std::visit(
        [&](const auto& left) {
            using T = std::decay_t<decltype(left)>;
            const T& right = std::get<T>(b);
            if constexpr (std::is_same_v<T, PlacedUnion>)
                return left.left == right.left && left.right == right.right &&
                       left.lineY == right.lineY;
            else if constexpr (std::is_same_v<T, PlacedChild>)
                return left.origin == right.origin && left.barY == right.barY &&
                       left.branch == right.branch && left.childTop == right.childTop;
            else if constexpr (std::is_same_v<T, PlacedRelationship>)
                return left.from == right.from && left.to == right.to &&
                       left.offset == right.offset;
            else
                return left.bounds == right.bounds;
        },
        a);
}

} // namespace

PersonItem::PersonItem(const Genogram* genogram, QString personId, QDate today)
    : m_genogram(genogram)
    , m_personId(std::move(personId))
    , m_today(today) {
    setFlags(ItemIsSelectable | ItemIsFocusable | ItemIsMovable);
    setZValue(3);
}

QRectF PersonItem::boundingRect() const {
    return symbols::personBounds(QPointF(0, 0)).adjusted(-4, -4, 4, 4);
}

QPainterPath PersonItem::shape() const {
    const double s = layout_units::kSymbolSize;
    QPainterPath path;
    path.addRect(QRectF(-s / 2 - 4, -s / 2 - 4, s + 8, s + 8));
    return path;
}

void PersonItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const Person* person = m_genogram->person(m_personId);
    if (!person)
        return;
    if (isSelected()) {
        const double s = layout_units::kSymbolSize;
        painter->setPen(QPen(kSelection, 3));
        painter->setBrush(QColor(kSelection.red(), kSelection.green(), kSelection.blue(), 40));
        painter->drawRoundedRect(QRectF(-s / 2 - 8, -s / 2 - 8, s + 16, s + 16), 6, 6);
    }
    symbols::paintPerson(*painter, *person, QPointF(0, 0), m_today);
}

LineItem::LineItem(const Genogram* genogram, RecordKind kind, QString id)
    : m_genogram(genogram)
    , m_kind(kind)
    , m_id(std::move(id)) {
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(kind == RecordKind::Household ? 0 : kind == RecordKind::Relationship ? 2 : 1);
}

void LineItem::setPlaced(const Placed& placed) {
    if (m_bounds.isValid() && samePlace(placed, m_placed))
        return;
    prepareGeometryChange();
    m_placed = placed;
    m_bounds = outline().boundingRect().adjusted(-16, -16, 16, 24);
    if (const auto* couple = std::get_if<PlacedUnion>(&m_placed)) // the years above the line
        m_bounds = m_bounds.united(couple->labelRoom().adjusted(-2, -2, 2, 2));
    update();
}

QRectF LineItem::boundingRect() const {
    return m_bounds;
}

QPainterPath LineItem::outline() const {
    QPainterPath path;
    std::visit(
        [&](const auto& placed) {
            using T = std::decay_t<decltype(placed)>;
            if constexpr (std::is_same_v<T, PlacedUnion>) {
                path.moveTo(placed.left);
                path.lineTo(placed.left.x(), placed.lineY);
                path.lineTo(placed.right.x(), placed.lineY);
                path.lineTo(placed.right);
            } else if constexpr (std::is_same_v<T, PlacedChild>) {
                path.moveTo(placed.branch);
                path.lineTo(placed.childTop);
            } else if constexpr (std::is_same_v<T, PlacedRelationship>) {
                path.moveTo(placed.from);
                path.lineTo(placed.to);
            } else {
                // A household is picked by its edge, so people inside stay clickable.
                path.addRoundedRect(placed.bounds, 18, 18);
            }
        },
        m_placed);
    return path;
}

QPainterPath LineItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    return stroker.createStroke(outline());
}

void LineItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (isSelected()) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(kSelection.red(), kSelection.green(), kSelection.blue(), 70));
        painter->drawPath(shape());
        painter->restore();
    }
    std::visit(
        [&](const auto& placed) {
            using T = std::decay_t<decltype(placed)>;
            if constexpr (std::is_same_v<T, PlacedUnion>) {
                if (const Union* couple = findRecord(m_genogram->unions, m_id))
                    symbols::paintUnion(*painter, *couple, placed);
            } else if constexpr (std::is_same_v<T, PlacedChild>) {
                if (const ChildLink* link = findRecord(m_genogram->children, m_id))
                    symbols::paintChildLine(*painter, *link, placed);
            } else if constexpr (std::is_same_v<T, PlacedRelationship>) {
                if (const Relationship* line = findRecord(m_genogram->relationships, m_id))
                    symbols::paintRelationship(*painter, line->bond, placed.from, placed.to,
                                               placed.offset);
            } else {
                if (const Household* home = findRecord(m_genogram->households, m_id))
                    symbols::paintHousehold(*painter, *home, placed.bounds);
            }
        },
        m_placed);
}

} // namespace kith::ui
