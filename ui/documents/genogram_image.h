#pragma once

#include "genogram/genogram.h"

#include <QDate>
#include <QImage>

namespace kith::documents {

// The family's genogram with its key as one image, sharp enough to print on A4 (the same
// drawing as the editor's and `kithctl genogram export`). Needs a QGuiApplication.
QImage genogramImage(const genogram::Genogram& genogram, const QDate& today);

} // namespace kith::documents
