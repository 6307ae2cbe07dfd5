#pragma once

#include "model/person.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace kith::assessment {

// What an assessment needs to know about its family from the rest of Kith: who is in it
// (for person references and one entry per child), and what the shared sections show
// (the family record, involvements, consent, genogram). Read in a few small queries.
struct FamilyContext {
    struct Child {
        QString id;
        QString name;
    };

    bool exists = false;
    QHash<QString, QString> names; // person id -> full name, everyone in the family
    QList<Child> children;         // born children and young people, oldest first
    int memberCount = 0;
    int involvementCount = 0; // services working with the family now
    bool consentInForce = false;
    QDate consentGivenOn;      // the latest day the family gave consent (not a confirmation)
    QString consentMethodCode; // "written" or "verbal", for that consent
    bool hasGenogram = false;

    static FamilyContext load(const QSqlDatabase& db, const QString& familyId);
    QString nameOf(const QString& personId) const { return names.value(personId); }
};

} // namespace kith::assessment
