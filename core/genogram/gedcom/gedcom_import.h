#pragma once

#include "genogram/gedcom/gedcom_lines.h"
#include "genogram/genogram.h"

#include <QCoreApplication>

namespace kith::genogram::gedcom {

struct ImportResult {
    Genogram genogram; // new ids; no family set
    QList<Warning> warnings;
    QString version;  // as the file declares it
    QString encoding; // as the file was read
};

// Reads a GEDCOM 7 or 5.5.1 file (and, as well as it can, older ones) into a genogram:
// people (INDI), couples and their children (FAM, FAMC with PEDI), and Kith's extension
// tags. Whatever cannot be used is reported, never fatal: malformed lines, pointers to
// records that are not there, someone who would be their own ancestor, more people
// than a family genogram holds (`maxPeople`).
class GedcomImport {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::gedcom::GedcomImport)

public:
    static constexpr int kMaxPeople = 2000;
    static ImportResult read(const QByteArray& bytes, int maxPeople = kMaxPeople);
};

} // namespace kith::genogram::gedcom
