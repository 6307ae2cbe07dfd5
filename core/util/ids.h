#pragma once

#include <QString>
#include <QUuid>

namespace kith {

// Record ids are random UUIDs made on the device that creates the record, so two
// offline laptops never hand out the same id.
inline QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline bool isValidId(const QString& id) {
    return !QUuid::fromString(id).isNull();
}

} // namespace kith
