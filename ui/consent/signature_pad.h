#pragma once

#include "consent/signature.h"

#include <QWidget>

namespace kith::ui {

// A box to sign in with a mouse, a pen (tablet events) or a finger (touch). The strokes are
// kept in pad pixels as consent::Signature, ready to store with the consent they sign.
// Read-only, it shows a stored signature scaled to fit.
class SignaturePad : public QWidget {
    Q_OBJECT

public:
    explicit SignaturePad(QWidget* parent = nullptr);

    const consent::Signature& signature() const { return m_signature; }
    void setSignature(const consent::Signature& signature);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Draws `signature` scaled into `target`, keeping its proportions.
    static void paint(QPainter& painter, const consent::Signature& signature, const QRectF& target);

    QSize sizeHint() const override { return {480, 160}; }
    QSize minimumSizeHint() const override { return {240, 90}; }

public slots:
    void clear();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    bool event(QEvent* event) override; // touch
    void resizeEvent(QResizeEvent* event) override;

private:
    void penDown(QPointF at);
    void penMove(QPointF at);
    void penUp();
    QPoint toPad(QPointF widgetPoint) const;

    consent::Signature m_signature;
    bool m_drawing = false;
    bool m_readOnly = false;
};

} // namespace kith::ui
