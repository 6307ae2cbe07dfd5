#pragma once

#include "catch_qt.h"
#include "store/database.h"
#include "store/family_store.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <memory>

namespace kith::testing {

// A store in its own temporary folder, opened with a clock that stands still.
struct TempStore {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC)};
    std::unique_ptr<Database> database;
    std::unique_ptr<FamilyStore> families;

    TempStore() {
        auto opened = Database::open(path(), clock);
        database = std::move(opened.database);
        if (database)
            families = std::make_unique<FamilyStore>(*database);
    }
    QString path() const { return dir.filePath(QStringLiteral("store.sqlite")); }
};

inline QByteArray fileDigest(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A household of four: two parents, a child, and an unborn baby.
inline FamilyRecord sampleFamily() {
    FamilyRecord record;
    record.family.name = QStringLiteral("Khan family");
    Person mother;
    mother.id = QStringLiteral("6f1f4ad5-3f53-4c1d-9e58-2b7b0f7a0001");
    mother.role = PersonRole::Parent;
    mother.givenName = QStringLiteral("Amira");
    mother.familyName = QStringLiteral("Khan");
    mother.gender = Gender::Female;
    mother.dateOfBirth = QDate(1994, 6, 2);
    mother.nhsNumber = QStringLiteral("9434765919");
    Person father;
    father.role = PersonRole::Parent;
    father.givenName = QStringLiteral("Mohammed");
    father.familyName = QStringLiteral("Khan");
    father.gender = Gender::Male;
    father.dateOfBirth = QDate(1990, 1, 15);
    Person child;
    child.role = PersonRole::Child;
    child.givenName = QStringLiteral("Zainab");
    child.familyName = QStringLiteral("Khan");
    child.dateOfBirth = QDate(2019, 3, 4);
    Person baby;
    baby.role = PersonRole::Child;
    baby.unborn = true;
    baby.expectedDeliveryDate = QDate(2027, 2, 14);
    baby.familyName = QStringLiteral("Khan");
    baby.motherId = mother.id;
    // The baby is listed before its mother on purpose: the store must cope.
    record.people = {baby, mother, father, child};
    record.otherNames.append(
        {{}, mother.id, PersonName::Kind::Former, {}, QStringLiteral("Hussain")});
    record.addresses.append({{},
                             {},
                             QStringLiteral("12 Orchard Road"),
                             {},
                             QStringLiteral("Torquay"),
                             QStringLiteral("TQ1 4AB"),
                             QDate(2021, 5, 1),
                             {}});
    record.contacts.append({{},
                            {},
                            mother.id,
                            ContactDetail::Kind::Phone,
                            QStringLiteral("mobile"),
                            QStringLiteral("07700 900123"),
                            true});
    record.contacts.append({{},
                            {},
                            {},
                            ContactDetail::Kind::Phone,
                            QStringLiteral("home"),
                            QStringLiteral("01632 960456"),
                            false});
    return record;
}

} // namespace kith::testing
