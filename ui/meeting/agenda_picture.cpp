#include "meeting/agenda_picture.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace kith::ui {

QPixmap agendaPicture(const QString& iconKey, int size, qreal devicePixelRatio) {
    const QString path = QStringLiteral(":/agenda/%1.svg").arg(iconKey);
    if (iconKey.isEmpty() || !QFile::exists(path))
        return {};
    QSvgRenderer renderer(path);
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace kith::ui
