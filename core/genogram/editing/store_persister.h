#pragma once

#include "genogram/editing/genogram_persister.h"
#include "genogram/genogram_store.h"

namespace kith::genogram {

// Saves a document's edits to the family's stored genogram: writes the difference
// between what was last saved and the document now, in one transaction, so an edit and
// its change-log entries land together. After a failed save the difference simply grows
// and is written by the next one: nothing typed is lost.
class StorePersister final : public GenogramPersister {
public:
    // `saved` is the genogram as the store holds it (from GenogramStore::open()).
    StorePersister(GenogramStore& store, Genogram saved);
    Status persist(const Genogram& current, const QList<RecordChange>& changes) override;

private:
    GenogramStore& m_store;
    Genogram m_saved;
};

} // namespace kith::genogram
