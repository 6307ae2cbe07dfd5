#pragma once

// A genogram drawn as it is exported, at twice the size, saved for a person to look at.

#include "genogram/genogram_picture.h"
#include "ui_test_support.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

namespace kith::ui::test {

inline void saveGenogramPicture(const genogram::Genogram& g, const genogram::Layout& layout,
                                const QString& path) {
    const GenogramPicture picture(g, layout, testToday());
    QImage image((picture.size() * 2).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(2, 2);
    picture.paint(painter);
    painter.end();
    CHECK(image.save(path));
}

} // namespace kith::ui::test
