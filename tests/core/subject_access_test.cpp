#include "audit/audit_log.h"
#include "subject_access/subject_access_export.h"
#include "temp_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using kith::subject_access::SubjectAccessExport;
using kith::testing::TempStore;

namespace {

const QString kMother = QStringLiteral("6f1f4ad5-3f53-4c1d-9e58-2b7b0f7a0001");

QJsonObject recordOf(const QJsonObject& exported, const QString& table, const QString& id) {
    for (const QJsonValue& value : exported.value(QStringLiteral("records")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonObject fields = entry.value(QStringLiteral("fields")).toObject();
        if (entry.value(QStringLiteral("table")).toString() == table &&
            fields.value(QStringLiteral("id")).toString() == id)
            return entry;
    }
    return {};
}

} // namespace

TEST_CASE("Subject access holds the person's record and marks others for review", "[subject]") {
    TempStore store;
    kith::Professional worker;
    worker.name = QStringLiteral("Dana Ellis");
    worker.phone = QStringLiteral("01632 960999");
    const auto professional = store.families->saveProfessional(worker);
    REQUIRE(professional);
    const auto created = store.families->createFamily(kith::testing::sampleFamily());
    REQUIRE(created);
    kith::Involvement involvement;
    involvement.familyId = created.value();
    involvement.professionalId = professional.value();
    involvement.personId = kMother;
    involvement.purpose = QStringLiteral("health visiting");
    REQUIRE(store.families->addInvolvement(involvement));
    kith::audit::AuditLog(*store.database).recordView(created.value(), kMother);

    const auto exported = SubjectAccessExport(*store.database).collect(kMother);
    REQUIRE(exported);
    const QJsonObject data = exported.value();
    CHECK(data.value(QStringLiteral("subject")).toObject().value(QStringLiteral("nhs_number")) ==
          QStringLiteral("9434765919"));
    const QJsonObject own = recordOf(data, QStringLiteral("person"), kMother);
    REQUIRE_FALSE(own.isEmpty());
    CHECK_FALSE(own.value(QStringLiteral("redaction_review")).toBool());

    const auto record = store.families->loadFamily(created.value());
    REQUIRE(record);
    int othersMarked = 0;
    for (const kith::Person& person : record->people) {
        if (person.id == kMother)
            continue;
        const QJsonObject other = recordOf(data, QStringLiteral("person"), person.id);
        REQUIRE_FALSE(other.isEmpty());
        othersMarked += other.value(QStringLiteral("redaction_review")).toBool() ? 1 : 0;
    }
    CHECK(othersMarked == 3);

    const QJsonArray services = data.value(QStringLiteral("services")).toArray();
    REQUIRE(services.size() == 1);
    CHECK(services.at(0).toObject().value(QStringLiteral("redaction_review")).toBool());
    CHECK(services.at(0)
              .toObject()
              .value(QStringLiteral("review_reason"))
              .toString()
              .contains(QStringLiteral("professional")));
    bool sawView = false;
    for (const QJsonValue& event : data.value(QStringLiteral("access_history")).toArray())
        sawView =
            sawView || event.toObject().value(QStringLiteral("action")) == QStringLiteral("view");
    CHECK(sawView);

    const QString html = SubjectAccessExport::renderHtml(data);
    CHECK(html.contains(QStringLiteral("For redaction review")));
    CHECK(html.contains(QStringLiteral("Amira")));
}

TEST_CASE("Subject access escapes text in the readable copy", "[subject]") {
    TempStore store;
    auto family = kith::testing::sampleFamily();
    family.people[1].preferredName = QStringLiteral("<script>alert(1)</script>");
    REQUIRE(store.families->createFamily(family));
    const auto exported = SubjectAccessExport(*store.database).collect(kMother);
    REQUIRE(exported);
    const QString html = SubjectAccessExport::renderHtml(exported.value());
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));
}

TEST_CASE("Subject access writes JSON and HTML and records the export", "[subject]") {
    TempStore store;
    const auto created = store.families->createFamily(kith::testing::sampleFamily());
    REQUIRE(created);
    SubjectAccessExport exporter(*store.database);
    CHECK_FALSE(exporter.collect(QStringLiteral("no-such-person")));
    const auto written =
        exporter.writeTo(kMother, store.dir.filePath(QStringLiteral("out")), QStringLiteral("dpo"));
    REQUIRE(written);
    CHECK(written.value().forRedactionReview >= 3);
    QFile json(written.value().json);
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("person_id")) ==
          kMother);
    const auto history = kith::audit::AuditLog(*store.database).historyOfPerson(kMother);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().action == kith::audit::Action::Export);
    CHECK(history.last().actor == QStringLiteral("dpo"));
}
