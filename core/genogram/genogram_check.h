#pragma once

#include "genogram/genogram.h"
#include "util/result.h"

#include <QCoreApplication>

namespace kith::genogram {

// Whether a genogram holds together: every line names people who are on it, nobody is
// their own partner, parent or ancestor, and no id is used twice. The message names
// the first problem and what to do about it.
class GenogramCheck {
    Q_DECLARE_TR_FUNCTIONS(kith::genogram::GenogramCheck)

public:
    static Status check(const Genogram& genogram);
    // The ids of people who would be their own ancestor through `children` (empty if none).
    static QStringList ancestryCycle(const Genogram& genogram);
};

} // namespace kith::genogram
