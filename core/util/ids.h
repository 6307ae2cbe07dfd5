#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>
#include <array>

namespace kith {

// Record ids are random (version 4) UUIDs made on the device that creates the record,
// so two offline laptops never hand out the same id. They come from Qt's global
// generator (securely seeded, then fast) rather than QUuid::createUuid(), which asks
// the system for fresh randomness on every call: on a virtual machine that made id
// generation a quarter of the time it takes to store a family. Ids are unique, not secret.
inline QString newId() {
    std::array<quint32, 4> words{};
    QRandomGenerator::global()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    QByteArray bytes(reinterpret_cast<const char*>(words.data()), 16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

inline bool isValidId(const QString& id) {
    return !QUuid::fromString(id).isNull();
}

} // namespace kith
