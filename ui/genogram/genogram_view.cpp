#include "genogram_view.h"

#include "genogram/editing/add_relationship_command.h"
#include "genogram/editing/move_people_command.h"
#include "genogram_items.h"
#include "genogram_scene.h"

#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace kith::ui {

using namespace genogram;

namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 6.0;
constexpr double kLargeZoom = 1.5;
} // namespace

GenogramView::GenogramView(GenogramScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene) {
    setObjectName(QStringLiteral("genogramCanvas"));
    setAccessibleName(tr("Genogram drawing"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    setFocusPolicy(Qt::StrongFocus);
}

double GenogramView::zoom() const {
    return transform().m11();
}

void GenogramView::zoomBy(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
    emit zoomChanged(zoom());
}

void GenogramView::fitAll() {
    const QRectF bounds = m_scene->layout().bounds;
    if (bounds.isEmpty())
        return;
    // Before the view is shown it has no size to fit into: fit when it gets one.
    m_fitWhenSized = !isVisible() || viewport()->width() < 100 || viewport()->height() < 100;
    if (m_fitWhenSized)
        return;
    fitInView(bounds.adjusted(-30, -30, 30, 60), Qt::KeepAspectRatio);
    if (zoom() > kLargeZoom) // a small family is not blown up beyond the large preset
        setTransform(QTransform::fromScale(kLargeZoom, kLargeZoom));
    emit zoomChanged(zoom());
}

void GenogramView::zoomLarge() {
    setTransform(QTransform::fromScale(kLargeZoom, kLargeZoom));
    const QStringList selected = m_scene->selectedPeople();
    if (!selected.isEmpty())
        centerOn(m_scene->personItem(selected.first()));
    emit zoomChanged(zoom());
}

void GenogramView::setDrawingRelationship(bool drawing) {
    m_drawing = drawing;
    setDragMode(drawing ? QGraphicsView::NoDrag : QGraphicsView::RubberBandDrag);
    viewport()->setCursor(drawing ? Qt::CrossCursor : Qt::ArrowCursor);
}

PersonItem* GenogramView::personAt(const QPoint& viewPoint) const {
    for (QGraphicsItem* item : items(viewPoint)) {
        if (item->type() == PersonItem::Type)
            return static_cast<PersonItem*>(item);
    }
    return nullptr;
}

bool GenogramView::selectNeighbour(Qt::Key direction) {
    const QStringList selected = m_scene->selectedPeople();
    const QList<PersonItem*> people = m_scene->personItems();
    if (people.isEmpty())
        return false;
    if (selected.isEmpty()) {
        m_scene->selectPerson(people.first()->personId());
        return true;
    }
    const QPointF from = m_scene->personItem(selected.first())->pos();
    PersonItem* best = nullptr;
    double bestScore = 0;
    for (PersonItem* item : people) {
        const QPointF d = item->pos() - from;
        // How far along the arrow's direction, and how far off to the side.
        double along = 0;
        double aside = 0;
        switch (direction) {
        case Qt::Key_Left:
            along = -d.x(), aside = d.y();
            break;
        case Qt::Key_Right:
            along = d.x(), aside = d.y();
            break;
        case Qt::Key_Up:
            along = -d.y(), aside = d.x();
            break;
        default:
            along = d.y(), aside = d.x();
            break;
        }
        if (along <= 1)
            continue;
        const double score = along + 2 * std::abs(aside);
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    if (!best)
        return false;
    m_scene->selectPerson(best->personId());
    ensureVisible(best);
    return true;
}

void GenogramView::keyPressEvent(QKeyEvent* event) {
    const auto key = static_cast<Qt::Key>(event->key());
    const bool arrow =
        key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && event->modifiers() == Qt::NoModifier) {
        selectNeighbour(key);
        return;
    }
    if (arrow && event->modifiers() == Qt::ControlModifier) {
        // Ctrl+arrow nudges the chosen people; each press is its own undo step.
        const QPointF step = key == Qt::Key_Left    ? QPointF(-10, 0)
                             : key == Qt::Key_Right ? QPointF(10, 0)
                             : key == Qt::Key_Up    ? QPointF(0, -10)
                                                    : QPointF(0, 10);
        QHash<QString, QPointF> positions;
        for (const QString& id : m_scene->selectedPeople())
            positions.insert(id, m_scene->personItem(id)->pos() + step);
        if (!positions.isEmpty())
            m_scene->document()->undoStack()->push(
                new MovePeopleCommand(m_scene->document(), positions, ++m_dragId));
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GenogramView::mousePressEvent(QMouseEvent* event) {
    if (m_drawing && event->button() == Qt::LeftButton) {
        if (PersonItem* from = personAt(event->pos())) {
            m_drawFrom = from->personId();
            m_rubberLine = m_scene->addLine(QLineF(from->pos(), from->pos()),
                                            QPen(QColor(0x1e, 0x88, 0xe5), 2, Qt::DashLine));
            m_rubberLine->setZValue(10);
        }
        return;
    }
    QGraphicsView::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && personAt(event->pos())) {
        m_dragging = true;
        ++m_dragId;
    }
}

void GenogramView::mouseMoveEvent(QMouseEvent* event) {
    if (m_rubberLine) {
        QLineF line = m_rubberLine->line();
        line.setP2(mapToScene(event->pos()));
        m_rubberLine->setLine(line);
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
    if (m_dragging && (event->buttons() & Qt::LeftButton))
        pushMove();
}

void GenogramView::pushMove() {
    QHash<QString, QPointF> positions;
    for (const QString& id : m_scene->selectedPeople()) {
        const PersonItem* item = m_scene->personItem(id);
        const Person* person = m_scene->document()->genogram().person(id);
        if (item && person && person->pinnedAt != item->pos())
            positions.insert(id, item->pos());
    }
    if (!positions.isEmpty())
        m_scene->document()->undoStack()->push(
            new MovePeopleCommand(m_scene->document(), positions, m_dragId));
}

void GenogramView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_rubberLine) {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        PersonItem* to = personAt(event->pos());
        const QString from = std::exchange(m_drawFrom, QString());
        if (to && to->personId() != from) {
            auto* command =
                new AddRelationshipCommand(m_scene->document(), from, to->personId(), m_bond);
            if (!command->canApply())
                emit relationshipRefused(command->reason());
            m_scene->document()->undoStack()->push(command);
        }
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (m_dragging)
        pushMove();
    m_dragging = false;
}

void GenogramView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GenogramView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_fitWhenSized)
        fitAll();
}

void GenogramView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    if (m_fitWhenSized)
        fitAll();
}

} // namespace kith::ui
