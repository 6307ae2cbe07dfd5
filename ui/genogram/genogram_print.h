#pragma once

#include "genogram/genogram.h"
#include "genogram/genogram_layout.h"

class QWidget;

namespace kith::ui {

// Asks which printer (QPrintDialog) and prints the genogram with its key, fitted to one
// page. False when the user cancelled or printing failed.
bool printGenogram(const genogram::Genogram& genogram, const genogram::Layout& layout,
                   QWidget* parent);

} // namespace kith::ui
