#pragma once

#include "registration/registration_document.h"

namespace kith::testing {

// A valid About my Family document, as of the test clock's 25 November 2026: Amira and
// Mohammed Khan, their daughter Zainab, and the baby Amira is expecting.
inline registration::RegistrationDocument sampleRegistration() {
    using namespace registration;
    RegistrationDocument doc;
    MemberEntry amira;
    amira.key = QStringLiteral("amira");
    amira.role = QStringLiteral("parent");
    amira.givenName = QStringLiteral("Amira");
    amira.familyName = QStringLiteral("Khan");
    amira.gender = QStringLiteral("female");
    amira.dateOfBirth = QStringLiteral("02/06/1994");
    amira.nhsNumber = QStringLiteral("943 476 5919");
    amira.language = QStringLiteral("Urdu");
    amira.interpreterNeeded = true;
    amira.ethnicity = QStringLiteral("asian_pakistani");
    amira.gp = QStringLiteral("Parkfield Surgery");
    amira.relationships = {{QStringLiteral("zainab"), QStringLiteral("mother")},
                           {QStringLiteral("baby"), QStringLiteral("mother")}};
    MemberEntry mohammed;
    mohammed.key = QStringLiteral("mohammed");
    mohammed.role = QStringLiteral("parent");
    mohammed.givenName = QStringLiteral("Mohammed");
    mohammed.familyName = QStringLiteral("Khan");
    mohammed.gender = QStringLiteral("male");
    mohammed.dateOfBirth = QStringLiteral("1990-01-15");
    mohammed.relationships = {{QStringLiteral("zainab"), QStringLiteral("step_father")},
                              {QStringLiteral("baby"), QStringLiteral("father")}};
    MemberEntry zainab;
    zainab.key = QStringLiteral("zainab");
    zainab.role = QStringLiteral("child");
    zainab.givenName = QStringLiteral("Zainab");
    zainab.familyName = QStringLiteral("Khan");
    zainab.gender = QStringLiteral("female");
    zainab.dateOfBirth = QStringLiteral("2019-03-04");
    zainab.school = QStringLiteral("Parkfield Primary School");
    zainab.send = QStringLiteral("sen_support");
    zainab.relationships = {{QStringLiteral("baby"), QStringLiteral("half_sister")}};
    MemberEntry baby;
    baby.key = QStringLiteral("baby");
    baby.unborn = true;
    baby.familyName = QStringLiteral("Khan");
    baby.expectedDeliveryDate = QStringLiteral("2027-02-14");
    baby.carriedBy = QStringLiteral("amira");
    doc.members = {amira, mohammed, zainab, baby};
    doc.addresses = {{QStringLiteral("12 Orchard Road"),
                      {},
                      QStringLiteral("Torquay"),
                      QStringLiteral("tq1 4ab"),
                      QStringLiteral("2021-05-01"),
                      {}}};
    doc.phones = {{QStringLiteral("+44 7700 900123"), QStringLiteral("mobile"),
                   QStringLiteral("amira"), true},
                  {QStringLiteral("01632 960456"), QStringLiteral("home"), {}, false}};
    doc.emails = {{QStringLiteral("amira.khan@example.org"), QStringLiteral("personal"),
                   QStringLiteral("amira"), false}};
    doc.howHeard = QStringLiteral("health_visitor");
    return doc;
}

} // namespace kith::testing
