#pragma once

#include "genogram/genogram.h"

#include <QByteArray>

namespace kith::genogram::gedcom {

// Writes a genogram as GEDCOM 7 (UTF-8): people as INDI, each couple as a FAM with
// MARR/DIV/ENGA where GEDCOM has them, children with FAMC and PEDI, and what GEDCOM
// lacks in Kith's extension tags, declared in HEAD.SCHMA. Reading the file back with
// GedcomImport gives the same genogram (with new ids).
QByteArray exportGedcom7(const Genogram& genogram);

} // namespace kith::genogram::gedcom
