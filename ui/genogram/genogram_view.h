#pragma once

#include "genogram/genogram.h"

#include <QGraphicsView>

class QGraphicsLineItem;

namespace kith::ui {

class GenogramScene;
class PersonItem;

// The canvas view: zoom and fit, arrow keys to go from person to person, dragging people
// (one undo step per drag) and, in "draw a relationship" mode, dragging from one person to
// another to draw the line.
class GenogramView : public QGraphicsView {
    Q_OBJECT

public:
    explicit GenogramView(GenogramScene* scene, QWidget* parent = nullptr);

    GenogramScene* genogramScene() const { return m_scene; }
    void setDrawingRelationship(bool drawing);
    bool isDrawingRelationship() const { return m_drawing; }
    void setBond(genogram::Bond bond) { m_bond = bond; }

    void zoomBy(double factor);
    void fitAll();
    // Symbols about 1.5 cm across at 96 dpi: readable from the back of a meeting room.
    void zoomLarge();
    double zoom() const;

    // Moves the selection to the nearest person in the direction of an arrow key.
    bool selectNeighbour(Qt::Key direction);

signals:
    void zoomChanged(double zoom);
    void relationshipRefused(const QString& reason);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    bool m_fitWhenSized = false;
    PersonItem* personAt(const QPoint& viewPoint) const;
    void pushMove();

    GenogramScene* m_scene;
    bool m_drawing = false;
    genogram::Bond m_bond = genogram::Bond::Close;
    QString m_drawFrom;
    QGraphicsLineItem* m_rubberLine = nullptr;
    bool m_dragging = false;
    int m_dragId = 0;
};

} // namespace kith::ui
