#pragma once

#include "genogram/editing/genogram_edit.h"
#include "util/result.h"

#include <QList>

namespace kith::genogram {

// Where a genogram document saves each change as it is made (there is no Save button).
// `changes` names the records touched since the last successful save; `current` is the
// whole genogram after them, for stores that find it simpler to write everything.
class GenogramPersister {
public:
    virtual ~GenogramPersister() = default;
    virtual Status persist(const Genogram& current, const QList<RecordChange>& changes) = 0;
};

} // namespace kith::genogram
