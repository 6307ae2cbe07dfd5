#pragma once

#include "genogram/genogram.h"
#include "genogram/genogram_layout.h"
#include "util/result.h"

#include <optional>

namespace kith::ui {

enum class PictureFormat { Png, Svg, Pdf };

// "png", "svg" or "pdf" (any case); nothing for anything else.
std::optional<PictureFormat> pictureFormatFromName(const QString& name);

// Writes the genogram, with its key, as a picture file. Needs a QGuiApplication (no
// window): kithctl calls it too. The drawing is the same as the editor's.
Status renderGenogram(const genogram::Genogram& genogram, const genogram::Layout& layout,
                      PictureFormat format, const QString& path);

} // namespace kith::ui
