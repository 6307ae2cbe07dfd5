#include "consent/signature_pad.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

namespace kith::ui {

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature"));
    setAccessibleDescription(tr("Sign here with a mouse, a pen or a finger"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(160);
    m_signature = consent::Signature(size());
}

void SignaturePad::setSignature(const consent::Signature& signature) {
    m_signature = signature;
    update();
}

void SignaturePad::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    setCursor(readOnly ? Qt::ArrowCursor : Qt::CrossCursor);
}

void SignaturePad::clear() {
    m_signature = consent::Signature(size());
    m_drawing = false;
    update();
    emit changed();
}

void SignaturePad::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // The pad's size travels with the strokes; resizing an empty pad just starts afresh.
    if (!m_readOnly && m_signature.strokes().isEmpty())
        m_signature = consent::Signature(size());
}

QPoint SignaturePad::toPad(QPointF widgetPoint) const {
    // Strokes are kept in the size the pad had when signing began.
    const QSize pad = m_signature.size();
    return {qRound(widgetPoint.x() * pad.width() / qMax(1, width())),
            qRound(widgetPoint.y() * pad.height() / qMax(1, height()))};
}

void SignaturePad::penDown(QPointF at) {
    if (m_readOnly)
        return;
    m_drawing = true;
    m_signature.beginStroke(toPad(at));
    update();
}

void SignaturePad::penMove(QPointF at) {
    if (!m_drawing)
        return;
    m_signature.extendStroke(toPad(at));
    update();
}

void SignaturePad::penUp() {
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        penDown(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event) {
    penMove(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        penUp();
}

void SignaturePad::tabletEvent(QTabletEvent* event) {
    switch (event->type()) {
    case QEvent::TabletPress:
        penDown(event->position());
        break;
    case QEvent::TabletMove:
        penMove(event->position());
        break;
    case QEvent::TabletRelease:
        penUp();
        break;
    default:
        break;
    }
    event->accept(); // no synthesised mouse events on top of the pen's
}

bool SignaturePad::event(QEvent* event) {
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        const auto* touch = static_cast<QTouchEvent*>(event);
        if (touch->points().isEmpty())
            return true;
        const QPointF at = touch->points().first().position();
        if (event->type() == QEvent::TouchBegin)
            penDown(at);
        else if (event->type() == QEvent::TouchUpdate)
            penMove(at);
        else
            penUp();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::paint(QPainter& painter, const consent::Signature& signature,
                         const QRectF& target) {
    const QSize pad = signature.size();
    if (pad.isEmpty())
        return;
    const qreal scale = qMin(target.width() / pad.width(), target.height() / pad.height());
    QPainterPath path;
    for (const auto& stroke : signature.strokes()) {
        if (stroke.isEmpty())
            continue;
        path.moveTo(stroke.first());
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(stroke.at(i));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    QPen pen(painter.pen().color(), 2.0 / qMax(scale, 0.1)); // about 2 px on screen
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.drawPath(path);
    painter.restore();
}

void SignaturePad::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
    const int line = height() * 3 / 4;
    painter.drawLine(12, line, width() - 12, line);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_signature.strokes().isEmpty() && !m_readOnly) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect().adjusted(12, 8, -12, -8), Qt::AlignLeft | Qt::AlignTop,
                         tr("Sign here"));
    }
    painter.setPen(palette().text().color());
    paint(painter, m_signature, rect());
}

} // namespace kith::ui
