#include "documents/genogram_image.h"

#include "genogram/genogram_layout.h"
#include "genogram/genogram_picture.h"

#include <QPainter>

namespace kith::documents {
namespace {

// Pixels per layout unit: about 200 dpi when the picture fills the width of an A4 page.
constexpr double kScale = 2.0;
// Caps the image so that a very large family cannot ask for gigabytes of memory.
constexpr double kMaxSide = 4000;

} // namespace

QImage genogramImage(const genogram::Genogram& genogram, const QDate& today) {
    const genogram::Layout layout = genogram::layoutGenogram(genogram);
    const ui::GenogramPicture picture(genogram, layout, today);
    const QSizeF units = picture.size();
    const double scale =
        std::min(kScale, kMaxSide / std::max(1.0, std::max(units.width(), units.height())));
    QImage image((units * scale).toSize(), QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    picture.paint(painter);
    painter.end();
    return image;
}

} // namespace kith::documents
