#pragma once

#include "genogram/genogram.h"
#include "genogram/genogram_layout.h"

#include <QDate>
#include <QRectF>

class QPainter;

namespace kith::ui {

// A whole genogram as one picture: the drawing with its key underneath. Used by export,
// print and the first-frame benchmark; the editor draws the same parts as scene items.
class GenogramPicture {
public:
    GenogramPicture(const genogram::Genogram& genogram, const genogram::Layout& layout,
                    QDate today = QDate::currentDate());

    // The picture's size in layout units (a symbol is 40 across).
    QSizeF size() const { return m_size; }
    // Paints with the picture's top left at (0, 0), in layout units.
    void paint(QPainter& painter) const;
    // Paints scaled to fit `page`, centred, keeping proportions.
    void paintFitted(QPainter& painter, const QRectF& page) const;

private:
    const genogram::Genogram& m_genogram;
    const genogram::Layout& m_layout;
    QDate m_today;
    QRectF m_drawing; // layout coordinates of the drawing
    QSizeF m_size;
    double m_legendTop = 0;
};

// Every part of the genogram in layout coordinates: households, couples, children,
// relationships, then people on top.
void paintGenogramParts(QPainter& painter, const genogram::Genogram& genogram,
                        const genogram::Layout& layout, const QDate& today);

} // namespace kith::ui
