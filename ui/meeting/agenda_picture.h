#pragma once

#include <QPixmap>
#include <QString>

namespace kith::ui {

// The picture for an agenda step (meeting::AgendaStep::iconKey), drawn from the SVGs in
// resources/agenda at `size` device-independent pixels. An unknown key gives an empty
// pixmap.
QPixmap agendaPicture(const QString& iconKey, int size, qreal devicePixelRatio = 1.0);

} // namespace kith::ui
