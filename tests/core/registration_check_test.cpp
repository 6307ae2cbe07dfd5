#include "registration/registration_check.h"
#include "registration_sample.h"

#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::registration;

namespace {

const QDate kToday(2026, 11, 25);

QStringList fieldsOf(const RegistrationCheck& check) {
    QStringList fields;
    for (const FieldProblem& problem : check.problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

TEST_CASE("A complete About my Family document becomes a family", "[registration]") {
    const RegistrationCheck check =
        RegistrationChecker::check(testing::sampleRegistration(), kToday);
    INFO(fieldsOf(check).join(u' ').toStdString());
    REQUIRE(check.isValid());
    const FamilyRecord& record = check.record;
    CHECK(record.family.name == QLatin1String("Khan family"));
    CHECK(record.family.howHeard == QLatin1String("health_visitor"));
    REQUIRE(record.people.size() == 4);
    const Person& amira = record.people.at(0);
    CHECK(amira.nhsNumber == QLatin1String("9434765919"));
    CHECK(amira.dateOfBirth == QDate(1994, 6, 2));
    CHECK(amira.language == QLatin1String("Urdu"));
    CHECK(amira.interpreterNeeded);
    CHECK(amira.ethnicity == QLatin1String("asian_pakistani"));
    CHECK(amira.gpPractice == QLatin1String("Parkfield Surgery"));
    CHECK(amira.relationshipToFamily == QLatin1String("mother"));
    const Person& baby = record.people.at(3);
    CHECK(baby.unborn);
    CHECK(baby.expectedDeliveryDate == QDate(2027, 2, 14));
    CHECK(baby.motherId == amira.id);
    CHECK(record.people.at(2).send == QLatin1String("sen_support"));

    REQUIRE(record.relationships.size() == 5);
    const RelationshipToChild& step = record.relationships.at(2);
    CHECK(step.personId == record.people.at(1).id);
    CHECK(step.childId == record.people.at(2).id);
    CHECK(step.relationship == QLatin1String("step_father"));

    REQUIRE(record.addresses.size() == 1);
    CHECK(record.addresses.front().postcode == QLatin1String("TQ1 4AB"));
    REQUIRE(record.contacts.size() == 3);
    CHECK(record.contacts.at(0).value == QLatin1String("07700 900123"));
    CHECK(record.contacts.at(0).personId == amira.id);
    CHECK(record.contacts.at(1).personId.isEmpty());
    CHECK(record.contacts.at(2).kind == ContactDetail::Kind::Email);
}

TEST_CASE("Every problem names its field and says the fix", "[registration]") {
    RegistrationDocument doc = testing::sampleRegistration();
    doc.members[0].nhsNumber = QStringLiteral("943 476 5918");
    doc.members[1].dateOfBirth = QStringLiteral("2027-01-01");
    doc.members[2].expectedDeliveryDate = QStringLiteral("2027-01-01");
    doc.members[3].expectedDeliveryDate = QStringLiteral("2028-01-01");
    doc.addresses[0].postcode = QStringLiteral("TQ1");
    doc.phones[1].number = QStringLiteral("+33 1 23 45 67 89");
    doc.emails[0].address = QStringLiteral("amira.khan");
    doc.howHeard = QStringLiteral("carrier pigeon");

    const RegistrationCheck check = RegistrationChecker::check(doc, kToday);
    CHECK_FALSE(check.isValid());
    CHECK(fieldsOf(check) ==
          QStringList{QStringLiteral("members[0].nhs_number"),
                      QStringLiteral("members[1].date_of_birth"),
                      QStringLiteral("members[2].expected_delivery_date"),
                      QStringLiteral("members[3].expected_delivery_date"),
                      QStringLiteral("addresses[0].postcode"), QStringLiteral("phones[1].number"),
                      QStringLiteral("emails[0].address"), QStringLiteral("how_heard")});
    CHECK(check.messagesFor(QStringLiteral("members[2].expected_delivery_date"))
              .front()
              .contains(QStringLiteral("Only an unborn baby")));
    CHECK(check.messagesFor(QStringLiteral("how_heard"))
              .front()
              .contains(QStringLiteral("health_visitor")));
}

TEST_CASE("An unborn baby has an expected date of delivery, no date of birth and is carried "
          "by someone already born",
          "[registration]") {
    RegistrationDocument doc = testing::sampleRegistration();
    MemberEntry& baby = doc.members[3];
    baby.expectedDeliveryDate.clear();
    baby.dateOfBirth = QStringLiteral("2026-01-01");
    baby.nhsNumber = QStringLiteral("9434765919");
    baby.carriedBy = QStringLiteral("baby");
    const QStringList fields = fieldsOf(RegistrationChecker::check(doc, kToday));
    CHECK(fields.contains(QStringLiteral("members[3].date_of_birth")));
    CHECK(fields.contains(QStringLiteral("members[3].expected_delivery_date")));
    CHECK(fields.contains(QStringLiteral("members[3].nhs_number")));
    CHECK(fields.contains(QStringLiteral("members[3].carried_by")));

    doc = testing::sampleRegistration();
    doc.members[3].carriedBy = QStringLiteral("nobody");
    CHECK(fieldsOf(RegistrationChecker::check(doc, kToday)) ==
          QStringList{QStringLiteral("members[3].carried_by")});
    doc.members[3].carriedBy.clear(); // the carrier may be unknown
    CHECK(RegistrationChecker::check(doc, kToday).isValid());
    doc.members[2].carriedBy = QStringLiteral("amira");
    CHECK(fieldsOf(RegistrationChecker::check(doc, kToday)) ==
          QStringList{QStringLiteral("members[2].carried_by")});
}

TEST_CASE("Parents and carers at home are related to every child, with known codes",
          "[registration]") {
    RegistrationDocument doc = testing::sampleRegistration();
    doc.members[1].relationships.removeFirst(); // Mohammed to Zainab
    RegistrationCheck check = RegistrationChecker::check(doc, kToday);
    REQUIRE(fieldsOf(check) == QStringList{QStringLiteral("members[1].relationships")});
    CHECK(check.problems.front().message ==
          QLatin1String("Say how Mohammed is related to Zainab."));
    doc.members[1].inHousehold = false; // a parent living elsewhere need not say
    CHECK(RegistrationChecker::check(doc, kToday).isValid());

    doc = testing::sampleRegistration();
    doc.members[1].relationships[0].relationship = QStringLiteral("stepdad");
    doc.members[2].relationships.append({QStringLiteral("amira"), QStringLiteral("mother")});
    doc.members[0].relationships.append({QStringLiteral("amira"), QStringLiteral("other")});
    check = RegistrationChecker::check(doc, kToday);
    CHECK(fieldsOf(check) == QStringList{QStringLiteral("members[0].relationships[2].to_child"),
                                         QStringLiteral("members[1].relationships[0].relationship"),
                                         QStringLiteral("members[2].relationships[1].to_child")});
    CHECK(check.problems.at(1).message.contains(QStringLiteral("step_father")));
}

TEST_CASE("Names, roles, children and languages are required where they matter", "[registration]") {
    RegistrationDocument doc = testing::sampleRegistration();
    doc.members[2].givenName.clear();
    doc.members[2].dateOfBirth.clear();
    doc.members[0].language.clear(); // but she needs an interpreter
    doc.members[1].role = QStringLiteral("dad");
    doc.members[1].ethnicity = QStringLiteral("british");
    doc.members[0].key = QStringLiteral("mohammed");
    const QStringList fields = fieldsOf(RegistrationChecker::check(doc, kToday));
    CHECK(fields.contains(QStringLiteral("members[2].given_name")));
    CHECK(fields.contains(QStringLiteral("members[2].date_of_birth")));
    CHECK(fields.contains(QStringLiteral("members[0].language")));
    CHECK(fields.contains(QStringLiteral("members[1].role")));
    CHECK(fields.contains(QStringLiteral("members[1].ethnicity")));
    CHECK(fields.contains(QStringLiteral("members[1].key")));

    RegistrationDocument adultsOnly;
    adultsOnly.members = {testing::sampleRegistration().members.at(1)};
    adultsOnly.members[0].relationships.clear();
    CHECK(fieldsOf(RegistrationChecker::check(adultsOnly, kToday)) ==
          QStringList{QStringLiteral("members")});
    CHECK(fieldsOf(RegistrationChecker::check(RegistrationDocument{}, kToday)) ==
          QStringList{QStringLiteral("members")});
}

TEST_CASE("One current address; the same NHS number twice is caught", "[registration]") {
    RegistrationDocument doc = testing::sampleRegistration();
    doc.addresses.append({QStringLiteral("3 Mill Lane"),
                          {},
                          QStringLiteral("Paignton"),
                          QStringLiteral("TQ3 2AB"),
                          {},
                          {}});
    doc.members[1].nhsNumber = doc.members[0].nhsNumber;
    QStringList fields = fieldsOf(RegistrationChecker::check(doc, kToday));
    CHECK(fields == QStringList{QStringLiteral("members[1].nhs_number"),
                                QStringLiteral("addresses[1].to_date")});
    doc.members[1].nhsNumber.clear();
    doc.addresses[1].fromDate = QStringLiteral("2018-01-01");
    doc.addresses[1].toDate = QStringLiteral("2021-04-30");
    const RegistrationCheck check = RegistrationChecker::check(doc, kToday);
    REQUIRE(check.isValid());
    CHECK(check.record.currentAddress()->postcode == QLatin1String("TQ1 4AB"));
}
