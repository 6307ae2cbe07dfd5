#pragma once

#include "store/write_scope.h"

#include <QList>
#include <algorithm>

namespace kith::demo {

// Makes demo records for `items` a batch at a time: each batch in one transaction with one
// audit event per family, so that 50,000 families neither hold one huge transaction nor pay
// for a commit each. `make(item, index)` returns a Status; the first failure stops it all.
template <typename Item, typename Make>
Status inBatches(const Database& database, store::RecordWriter& writer, const QList<Item>& items,
                 Make&& make, qsizetype batch = 2000) {
    store::WriteScope scope(database, writer);
    for (qsizetype done = 0; done < items.size(); done += batch) {
        const qsizetype end = std::min(items.size(), done + batch);
        const Status made = scope.run([&]() -> Status {
            for (qsizetype i = done; i < end; ++i) {
                if (Status one = make(items.at(i), i); !one)
                    return one;
            }
            return okStatus();
        });
        if (!made)
            return made;
    }
    return okStatus();
}

} // namespace kith::demo
