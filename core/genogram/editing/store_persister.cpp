#include "genogram/editing/store_persister.h"

namespace kith::genogram {

StorePersister::StorePersister(GenogramStore& store, Genogram saved)
    : m_store(store)
    , m_saved(std::move(saved)) {}

Status StorePersister::persist(const Genogram& current, const QList<RecordChange>& changes) {
    Q_UNUSED(changes); // the store works out the difference itself
    Status written = m_store.applyChanges(m_saved, current);
    if (written)
        m_saved = current;
    return written;
}

} // namespace kith::genogram
