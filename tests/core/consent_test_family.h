#pragma once

#include "consent/consent_rules.h"
#include "consent/consent_store.h"
#include "consent/signature.h"
#include "temp_store.h"

#include <memory>

namespace kith::testing {

// A family for the consent tests (the sample household plus a young person), two
// professionals (one at a hub agency, one at a school that is not on the hub's list and
// works with the family), and the consent store and rules over the Westminster list.
struct ConsentFamily {
    TempStore store;
    QString familyId;
    QString motherId;
    QString childId;
    QString youngPersonId;
    QString familyLivesWorkerId; // at "Family Lives", one of Westminster's named agencies
    QString schoolLeadId;        // at a school, not on the list, working with the family
    QString outsiderId;          // at a school, not working with the family
    std::unique_ptr<consent::ConsentStore> consents;
    std::unique_ptr<consent::ConsentRules> rules;

    // `youngPersonBorn`: the young person's date of birth (the clock is 2026-11-25).
    explicit ConsentFamily(const QDate& youngPersonBorn = QDate(2012, 5, 1)) {
        FamilyStore& families = *store.families;
        const QString familyLives =
            families
                .saveAgency(
                    {{}, QStringLiteral("Family Lives"), QStringLiteral("voluntary"), {}, {}})
                .value();
        const QString school = families
                                   .saveAgency({{},
                                                QStringLiteral("Parkfield Primary School"),
                                                QStringLiteral("education"),
                                                {},
                                                {}})
                                   .value();
        familyLivesWorkerId =
            families.saveProfessional({{}, familyLives, QStringLiteral("Fran Okoye"), {}, {}, {}})
                .value();
        schoolLeadId =
            families.saveProfessional({{}, school, QStringLiteral("Sam Dale"), {}, {}, {}}).value();
        outsiderId =
            families.saveProfessional({{}, school, QStringLiteral("Olu Penn"), {}, {}, {}}).value();
        FamilyRecord record = sampleFamily();
        Person young;
        young.role = PersonRole::YoungPerson;
        young.givenName = QStringLiteral("Yusuf");
        young.familyName = QStringLiteral("Khan");
        young.dateOfBirth = youngPersonBorn;
        record.people.append(young);
        familyId = families.createFamily(record).value();
        const FamilyRecord stored = families.loadFamily(familyId).value();
        for (const Person& person : stored.people) {
            if (person.givenName == QLatin1String("Amira"))
                motherId = person.id;
            else if (person.givenName == QLatin1String("Zainab"))
                childId = person.id;
            else if (person.givenName == QLatin1String("Yusuf"))
                youngPersonId = person.id;
        }
        families.addInvolvement({{},
                                 familyId,
                                 school,
                                 schoolLeadId,
                                 childId,
                                 QStringLiteral("Class teacher"),
                                 QDate(2026, 9, 1),
                                 {}});
        auto hub = consent::HubAgencies::preset(QStringLiteral("westminster"));
        consents = std::make_unique<consent::ConsentStore>(*store.database, hub.value());
        rules = std::make_unique<consent::ConsentRules>(*store.database, hub.value());
    }

    static QString signature() {
        consent::Signature drawn(QSize(400, 150));
        drawn.beginStroke({20, 80});
        for (int x = 25; x < 200; x += 5)
            drawn.extendStroke({x, 80 + (x % 20) - 10});
        return drawn.encode();
    }

    // Written consent by the mother, sharing with the agencies given by key.
    consent::ConsentRecord familyConsent(const QDate& on, const QStringList& sharesWith) const {
        consent::ConsentRecord record;
        record.familyId = familyId;
        record.givenByPersonId = motherId;
        record.obtainedById = familyLivesWorkerId;
        record.givenOn = on;
        record.method = consent::ConsentMethod::Written;
        record.signature = signature();
        for (const consent::HubAgency& agency : consents->agencies().agencies())
            record.agencies.append({agency.key, {}, sharesWith.contains(agency.key)});
        return record;
    }
};

} // namespace kith::testing
