#include "registration/registration_json.h"
#include "registration_sample.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace kith::registration;

namespace {

QStringList fieldsOf(const QList<FieldProblem>& problems) {
    QStringList fields;
    for (const FieldProblem& problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

TEST_CASE("An About my Family document survives JSON unchanged", "[registration][json]") {
    const RegistrationDocument original = kith::testing::sampleRegistration();
    const QByteArray json = QJsonDocument(RegistrationJson::write(original)).toJson();
    const ReadDocument read = RegistrationJson::read(json);
    CHECK(read.problems.isEmpty());
    // Compared through JSON again: equal text means every field came back.
    CHECK(QJsonDocument(RegistrationJson::write(read.document)).toJson() == json);
    REQUIRE(read.document.members.size() == 4);
    CHECK(read.document.members.at(3).carriedBy == QLatin1String("amira"));
    CHECK(read.document.members.at(0).interpreterNeeded);
    CHECK(read.document.phones.at(0).preferred);
}

TEST_CASE("Members can be named by key or by place in the list", "[registration][json]") {
    const ReadDocument read = RegistrationJson::read(QByteArrayLiteral(R"({
        "members": [
            {"role": "parent", "given_name": "Ewa", "family_name": "Nowak",
             "relationships": [{"to_child": 1, "relationship": "mother"},
                               {"to_child": "kuba", "relationship": "mother"}]},
            {"role": "child", "given_name": "Zofia", "family_name": "Nowak",
             "date_of_birth": "2020-05-05"},
            {"key": "kuba", "role": "child", "given_name": "Jakub", "family_name": "Nowak",
             "date_of_birth": "2022-07-07"}
        ],
        "phones": [{"number": "07700 900456", "member": 0}]
    })"));
    REQUIRE(read.problems.isEmpty());
    const RegistrationDocument& doc = read.document;
    CHECK(doc.indexOfKey(doc.members.at(0).relationships.at(0).toChild) == 1);
    CHECK(doc.indexOfKey(doc.members.at(0).relationships.at(1).toChild) == 2);
    CHECK(doc.indexOfKey(doc.phones.at(0).member) == 0);
}

TEST_CASE("Unknown keys and values of the wrong kind are reported, not dropped",
          "[registration][json]") {
    const ReadDocument read = RegistrationJson::read(QByteArrayLiteral(R"({
        "members": [
            {"role": "child", "given_name": "Zofia", "nickname": "Zosia",
             "unborn": "no", "date_of_birth": 20200505,
             "relationships": [{"to_child": true, "relation": "sister"}]}
        ],
        "addresses": {"line1": "1 High Street"},
        "phones": ["07700 900456"],
        "how_heard": "school",
        "heard_from": "school"
    })"));
    CHECK(fieldsOf(read.problems) ==
          QStringList{QStringLiteral("members[0].date_of_birth"),
                      QStringLiteral("members[0].unborn"),
                      QStringLiteral("members[0].relationships[0].to_child"),
                      QStringLiteral("members[0].relationships[0].relation"),
                      QStringLiteral("members[0].nickname"), QStringLiteral("addresses"),
                      QStringLiteral("phones[0]"), QStringLiteral("heard_from")});
    CHECK(read.problems.at(4).message.contains(QStringLiteral("\"nickname\"")));
    CHECK(read.document.howHeard == QLatin1String("school"));
}

TEST_CASE("A file that is not a JSON object says where it went wrong", "[registration][json]") {
    const ReadDocument broken = RegistrationJson::read(QByteArrayLiteral(R"({"members": [})"));
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems.front().message.contains(QStringLiteral("not valid JSON")));
    const ReadDocument list = RegistrationJson::read(QByteArrayLiteral("[1, 2]"));
    REQUIRE(list.problems.size() == 1);
    CHECK(list.problems.front().message.contains(QStringLiteral("object")));
}
