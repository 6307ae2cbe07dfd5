#include "genogram_print.h"

#include "genogram_picture.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace kith::ui {

bool printGenogram(const genogram::Genogram& genogram, const genogram::Layout& layout,
                   QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    const GenogramPicture picture(genogram, layout);
    printer.setPageOrientation(picture.size().width() >= picture.size().height()
                                   ? QPageLayout::Landscape
                                   : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("kith::ui::GenogramPrint", "Print the genogram"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    picture.paintFitted(painter, printer.pageRect(QPrinter::DevicePixel));
    return painter.end();
}

} // namespace kith::ui
