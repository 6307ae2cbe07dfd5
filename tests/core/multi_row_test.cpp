// The helpers behind multi-row statements: every row in exactly one chunk, few statement sizes.
#include "store/multi_row.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace kith;

TEST_CASE("Rows are written in chunks of a few sizes that cover each row once", "[multi-row]") {
    for (const qsizetype count : {0, 1, 3, 4, 63, 64, 85, 500, 1001}) {
        QList<int> seen(count, 0);
        QSet<int> sizes;
        store::forEachRowChunk(count, [&](qsizetype start, int size) {
            sizes.insert(size);
            for (qsizetype i = start; i < start + size; ++i)
                ++seen[i];
            return true;
        });
        INFO("rows: " << count);
        CHECK(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
        CHECK((sizes - QSet<int>{64, 16, 4, 1}).isEmpty());
    }
    // A chunk that fails stops the rest.
    int calls = 0;
    store::forEachRowChunk(200, [&](qsizetype, int) { return ++calls < 2; });
    CHECK(calls == 2);
}

TEST_CASE("IN lists are padded to one of a few sizes, never shorter than the list", "[multi-row]") {
    QSet<int> sizes;
    for (qsizetype count = 1; count <= store::kMaxInList; ++count) {
        const int padded = store::paddedInListSize(count);
        CHECK(padded >= count);
        sizes.insert(padded);
    }
    CHECK(sizes.size() == 4);
    CHECK(store::placeholders(3) == QStringLiteral("?, ?, ?"));
    CHECK(store::placeholderRows(2, 2) == QStringLiteral("(?, ?), (?, ?)"));
}
