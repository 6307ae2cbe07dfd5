#include "genogram_renderer.h"

#include "genogram_picture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace kith::ui {

namespace {

// Pixels per layout unit in a PNG: sharp on a projector, text still legible when zoomed.
constexpr double kPngScale = 2.0;
// PNG sides are capped so that a very large family cannot ask for gigabytes of memory.
constexpr double kMaxPngSide = 12000;

QString tr(const char* text) {
    return QCoreApplication::translate("kith::ui::GenogramRenderer", text);
}

Status writePng(const GenogramPicture& picture, const QString& path) {
    const QSizeF units = picture.size();
    const double scale = std::min(kPngScale, kMaxPngSide / std::max(units.width(), units.height()));
    QImage image((units * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(5906); // 150 dpi
    image.setDotsPerMeterY(5906);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    picture.paint(painter);
    painter.end();
    if (!image.save(path, "PNG"))
        return Status::fail(tr("Could not write the picture to %1. Check that the folder exists "
                               "and that you may save files there.")
                                .arg(QFileInfo(path).absoluteFilePath()));
    return okStatus();
}

Status writeSvg(const GenogramPicture& picture, const QString& path) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setTitle(tr("Genogram"));
    svg.setDescription(tr("Family genogram with its key, made by Kith"));
    svg.setSize(picture.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), picture.size()));
    QPainter painter;
    if (!painter.begin(&svg))
        return Status::fail(tr("Could not write the SVG file %1. Check that the folder exists "
                               "and that you may save files there.")
                                .arg(QFileInfo(path).absoluteFilePath()));
    picture.paint(painter);
    painter.end();
    return okStatus();
}

Status writePdf(const GenogramPicture& picture, const QString& path) {
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Genogram"));
    pdf.setCreator(QStringLiteral("Kith"));
    pdf.setResolution(300);
    const bool wide = picture.size().width() >= picture.size().height();
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                  wide ? QPageLayout::Landscape : QPageLayout::Portrait,
                                  QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Status::fail(tr("Could not write the PDF file %1. Check that the folder exists "
                               "and that you may save files there.")
                                .arg(QFileInfo(path).absoluteFilePath()));
    picture.paintFitted(painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
    painter.end();
    return okStatus();
}

} // namespace

std::optional<PictureFormat> pictureFormatFromName(const QString& name) {
    const QString lower = name.trimmed().toLower();
    if (lower == u"png")
        return PictureFormat::Png;
    if (lower == u"svg")
        return PictureFormat::Svg;
    if (lower == u"pdf")
        return PictureFormat::Pdf;
    return std::nullopt;
}

Status renderGenogram(const genogram::Genogram& genogram, const genogram::Layout& layout,
                      PictureFormat format, const QString& path) {
    const GenogramPicture picture(genogram, layout);
    switch (format) {
    case PictureFormat::Png:
        return writePng(picture, path);
    case PictureFormat::Svg:
        return writeSvg(picture, path);
    case PictureFormat::Pdf:
        return writePdf(picture, path);
    }
    return Status::fail(tr("Choose PNG, SVG or PDF."));
}

} // namespace kith::ui
