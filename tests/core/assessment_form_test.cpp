#include "assessment/assessment_model.h"
#include "assessment/field_values.h"
#include "assessment/form_library.h"
#include "catch_qt.h"

#include <QJsonArray>

using namespace kith;
using namespace kith::assessment;

namespace {

// A small valid definition, broken on purpose by the tests below.
QByteArray smallForm(const QString& fieldJson) {
    return QStringLiteral(R"({"id": "test", "version": 1, "council": "Test", "title": "T",
        "sections": [{"key": "a", "title": "A", "fields": [%1]}]})")
        .arg(fieldJson)
        .toUtf8();
}

FieldDefinition fieldOf(const QString& json) {
    const auto form = FormDefinition::fromJson(smallForm(json), QStringLiteral("t.json"));
    INFO(form.error().toStdString());
    REQUIRE(form);
    return form.value().sections.first().fields.first();
}

} // namespace

TEST_CASE("The Torbay form loads with its sections in the seed's order", "[assessment][form]") {
    const FormLibrary& library = FormLibrary::builtIn();
    CHECK(library.loadErrors().isEmpty());
    const FormDefinition* form = library.latest(QStringLiteral("torbay-eha"));
    REQUIRE(form);
    CHECK(form->version == 1);
    QStringList keys;
    for (const SectionDefinition& section : form->sections)
        keys.append(section.key);
    CHECK(keys == QStringList{QStringLiteral("family"), QStringLiteral("working_with_us"),
                              QStringLiteral("useful"), QStringLiteral("consent"),
                              QStringLiteral("genogram"), QStringLiteral("story"),
                              QStringLiteral("worries"), QStringLiteral("going_well"),
                              QStringLiteral("support"), QStringLiteral("voice"),
                              QStringLiteral("school"), QStringLiteral("exploitation"),
                              QStringLiteral("scaling"), QStringLiteral("need")});
    CHECK(form->section(QStringLiteral("family"))->kind == SectionKind::FamilyMembers);
    CHECK(form->section(QStringLiteral("genogram"))->kind == SectionKind::Genogram);
    CHECK(form->guidance.value(QStringLiteral("restorative")).size() == 5);
    CHECK(form->section(QStringLiteral("story"))->guidanceKey == QLatin1String("restorative"));
    const FieldDefinition* score = form->fieldAt(QStringLiteral("scaling/score"));
    REQUIRE(score);
    CHECK(score->kind == FieldKind::Scale);
    CHECK(score->baseline);
    CHECK(score->scaleMinLabel == QLatin1String("Where we want to be"));
    const FieldDefinition* repeating = nullptr;
    const FieldDefinition* views =
        form->fieldAt(QStringLiteral("voice/children/x/observations"), &repeating);
    REQUIRE(views);
    REQUIRE(repeating);
    CHECK(repeating->perChild);
    CHECK(form->labelOf(QStringLiteral("story/now")) ==
          QLatin1String("Our family story: What is happening now"));
}

TEST_CASE("A broken definition is refused with the JSON path of the fault", "[assessment][form]") {
    const auto fails = [](const QByteArray& json) {
        const auto form = FormDefinition::fromJson(json, QStringLiteral("council.json"));
        REQUIRE_FALSE(form);
        return form.error();
    };
    CHECK(fails("{not json").startsWith(QLatin1String("council.json: this is not a form")));
    CHECK(
        fails(smallForm(QStringLiteral(R"({"key": "x", "label": "X", "kind": "essay"})")))
            .contains(QLatin1String("sections[0].fields[0].kind: \"essay\" is not a field kind")));
    CHECK(fails(smallForm(QStringLiteral(R"({"key": "x", "label": "X", "kind": "choice"})")))
              .contains(QLatin1String("sections[0].fields[0].options")));
    CHECK(fails(smallForm(QStringLiteral(
                    R"({"key": "x", "label": "X", "kind": "scale", "min": 10, "max": 1,
                        "min_label": "a", "max_label": "b"})")))
              .contains(QLatin1String("sections[0].fields[0].max")));
    CHECK(fails(smallForm(QStringLiteral(R"({"key": "Bad Key", "label": "X", "kind": "date"})")))
              .contains(QLatin1String("sections[0].fields[0].key")));
    CHECK(fails(smallForm(QStringLiteral(R"({"key": "r", "label": "R", "kind": "repeating",
        "fields": [{"key": "v", "label": "V", "kind": "long_text"}],
        "row_needs_one_of": ["w"]})")))
              .contains(QLatin1String("sections[0].fields[0].row_needs_one_of[0]")));
    CHECK(fails(smallForm(QStringLiteral(R"({"key": "x", "label": "X", "kind": "date"},
                                             {"key": "x", "label": "Y", "kind": "date"})")))
              .contains(QLatin1String("sections[0].fields[1].key: the key \"x\" is used twice")));
    CHECK(fails(QByteArrayLiteral(R"({"id": "t", "version": 1, "council": "C", "title": "T",
        "sections": [{"key": "a", "title": "A", "guidance": "nope",
                      "fields": [{"key": "x", "label": "X", "kind": "date"}]}]})"))
              .contains(QLatin1String("sections[0].guidance")));
}

TEST_CASE("Each field kind accepts its own values and refuses others with the field's name",
          "[assessment][form]") {
    FamilyContext family;
    family.names.insert(QStringLiteral("p1"), QStringLiteral("Amira Khan"));
    const auto accepts = [&](const FieldDefinition& field, const QJsonValue& value) {
        return FieldValues::check(field, value, family).isOk();
    };

    const FieldDefinition shortText =
        fieldOf(QStringLiteral(R"({"key": "x", "label": "School", "kind": "short_text"})"));
    CHECK(accepts(shortText, QStringLiteral("Parkfield")));
    CHECK(accepts(shortText, QJsonValue(QJsonValue::Null))); // clearing is always allowed
    CHECK_FALSE(accepts(shortText, QStringLiteral("two\nlines")));
    CHECK_FALSE(accepts(shortText, QString(201, QLatin1Char('a'))));
    CHECK(FieldValues::check(shortText, 5, family).error().startsWith(QLatin1String("School:")));

    const FieldDefinition longText =
        fieldOf(QStringLiteral(R"({"key": "x", "label": "Story", "kind": "long_text"})"));
    CHECK(accepts(longText, QStringLiteral("two\nlines")));
    CHECK_FALSE(accepts(longText, true));

    const FieldDefinition date =
        fieldOf(QStringLiteral(R"({"key": "x", "label": "When", "kind": "date"})"));
    CHECK(accepts(date, QStringLiteral("2024-02-29")));
    CHECK_FALSE(accepts(date, QStringLiteral("2025-02-29")));
    CHECK_FALSE(accepts(date, QStringLiteral("29/02/2024")));

    const FieldDefinition choice = fieldOf(QStringLiteral(
        R"({"key": "x", "label": "Plan", "kind": "choice",
            "options": [{"code": "ehcp", "label": "EHCP"}, {"code": "none", "label": "No plan"}]})"));
    CHECK(accepts(choice, QStringLiteral("ehcp")));
    CHECK_FALSE(accepts(choice, QStringLiteral("EHCP")));
    CHECK(FieldValues::text(choice, QStringLiteral("none"), family) == QLatin1String("No plan"));

    const FieldDefinition scale = fieldOf(QStringLiteral(
        R"({"key": "x", "label": "Score", "kind": "scale", "min": 1, "max": 10,
            "min_label": "Where we want to be", "max_label": "Crisis"})"));
    CHECK(accepts(scale, 1));
    CHECK(accepts(scale, 10));
    CHECK_FALSE(accepts(scale, 0));
    CHECK_FALSE(accepts(scale, 11));
    CHECK_FALSE(accepts(scale, 5.5));
    CHECK_FALSE(accepts(scale, QStringLiteral("5")));
    CHECK(FieldValues::check(scale, 11, family).error().contains(QLatin1String("Crisis")));

    const FieldDefinition number = fieldOf(QStringLiteral(
        R"({"key": "x", "label": "Attendance", "kind": "number", "min": 0, "max": 100,
            "unit": "%"})"));
    CHECK(accepts(number, 92.5));
    CHECK_FALSE(accepts(number, 101));
    CHECK(FieldValues::text(number, 92.5, family) == QLatin1String("92.5 %"));

    const FieldDefinition yesNo =
        fieldOf(QStringLiteral(R"({"key": "x", "label": "Any sign", "kind": "yes_no"})"));
    CHECK(accepts(yesNo, false));
    CHECK_FALSE(accepts(yesNo, QStringLiteral("no")));
    CHECK(FieldValues::text(yesNo, true, family) == QLatin1String("Yes"));

    const FieldDefinition person =
        fieldOf(QStringLiteral(R"({"key": "x", "label": "Who", "kind": "person"})"));
    CHECK(accepts(person, QStringLiteral("p1")));
    CHECK_FALSE(accepts(person, QStringLiteral("someone-else")));
    CHECK(FieldValues::text(person, QStringLiteral("p1"), family) == QLatin1String("Amira Khan"));
}

TEST_CASE("Answers survive encoding as JSON text", "[assessment][form]") {
    for (const QJsonValue& value : {QJsonValue(QStringLiteral("a \"quoted\"\nline")), QJsonValue(7),
                                    QJsonValue(92.5), QJsonValue(true)})
        CHECK(decodeValue(encodeValue(value)) == value);
    CHECK(encodeValue(7) == QLatin1String("7"));
    CHECK(decodeValue(QString()).isNull());
}
