#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPoint>
#include <QSize>
#include <QString>

namespace kith::consent {

// A signature drawn on the screen (mouse, pen or touch): the strokes as they were drawn, in
// whole pixels of a pad of `size`. Stored with the consent it signs as compact text that is
// also SVG path data, so that a PDF or an HTML export can draw it without Kith:
//   {"w":600,"h":200,"d":"M12 40l3 1 4 0 6-2M80 44l2 2"}
// Each stroke is an absolute move ("M x y") then relative steps ("l dx dy ..."), which keeps
// a typical signature to one or two kilobytes.
class Signature {
    Q_DECLARE_TR_FUNCTIONS(kith::consent::Signature)

public:
    using Stroke = QList<QPoint>;

    Signature() = default;
    explicit Signature(QSize size)
        : m_size(size) {}

    QSize size() const { return m_size; }
    const QList<Stroke>& strokes() const { return m_strokes; }

    // Drawing: a stroke starts when the pen touches and ends when it lifts. Points outside
    // the pad are kept at its edge; a point that repeats the last one is dropped.
    void beginStroke(QPoint at);
    void extendStroke(QPoint to);
    void clear() { m_strokes.clear(); }

    // Too little to be a signature: nothing drawn, or only dots.
    bool isEmpty() const;
    int pointCount() const;

    QString svgPathData() const;
    QString encode() const; // empty for an empty signature
    // A whole SVG document, for exports.
    QString toSvg() const;
    static Result<Signature> decode(const QString& text);

    bool operator==(const Signature&) const = default;

private:
    QPoint clamped(QPoint point) const;

    QSize m_size{600, 200};
    QList<Stroke> m_strokes;
};

} // namespace kith::consent
