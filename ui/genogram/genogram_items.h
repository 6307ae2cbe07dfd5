#pragma once

#include "genogram/editing/genogram_edit.h"
#include "genogram/genogram.h"
#include "genogram/genogram_layout.h"

#include <QDate>
#include <QGraphicsItem>
#include <variant>

namespace kith::ui {

// A person on the editor's canvas. Paints through the shared symbols; its position is the
// symbol's centre. It only repaints when the scene tells it its person changed.
class PersonItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    PersonItem(const genogram::Genogram* genogram, QString personId, QDate today);

    int type() const override { return Type; }
    const QString& personId() const { return m_personId; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const genogram::Genogram* m_genogram;
    QString m_personId;
    QDate m_today;
};

// A line or boundary on the canvas: a couple, a child's link, a relationship or a
// household. Holds its placed geometry from the layout and draws its record.
class LineItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    using Placed = std::variant<genogram::PlacedUnion, genogram::PlacedChild,
                                genogram::PlacedRelationship, genogram::PlacedHousehold>;

    LineItem(const genogram::Genogram* genogram, genogram::RecordKind kind, QString id);

    int type() const override { return Type; }
    genogram::RecordKind kind() const { return m_kind; }
    const QString& recordId() const { return m_id; }
    // New geometry from a fresh layout; repaints only when it moved.
    void setPlaced(const Placed& placed);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPainterPath outline() const;

    const genogram::Genogram* m_genogram;
    genogram::RecordKind m_kind;
    QString m_id;
    Placed m_placed;
    QRectF m_bounds;
};

} // namespace kith::ui
