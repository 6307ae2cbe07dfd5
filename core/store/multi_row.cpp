#include "store/multi_row.h"

#include <QStringList>

namespace kith::store {

QString placeholders(int count) {
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString placeholderRows(int rows, int columns) {
    const QString row = u'(' + placeholders(columns) + u')';
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << row;
    return all.join(QStringLiteral(", "));
}

int paddedInListSize(qsizetype count) {
    for (const int size : {8, 32, 128})
        if (count <= size)
            return size;
    return kMaxInList;
}

void forEachRowChunk(qsizetype count, const std::function<bool(qsizetype, int)>& write) {
    qsizetype start = 0;
    for (const int size : {64, 16, 4, 1}) {
        while (count - start >= size) {
            if (!write(start, size))
                return;
            start += size;
        }
    }
}

} // namespace kith::store
