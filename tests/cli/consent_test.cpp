#include "consent/consent_store.h"
#include "consent/signature.h"
#include "process_runner.h"
#include "store/database.h"
#include "store/family_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::consent;

namespace {

testing::ProcessResult kithctl(const QStringList& arguments) {
    return testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

struct Stored {
    QString familyId;
    QString motherId;
    QString restrictionId;
};

// A family with written consent to share with Family Lives only, and a restriction on
// telling St Vincent's about the mother's health; made through core, as the UI would.
Stored makeStore(const QString& path) {
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC));
    auto opened = Database::open(path, clock);
    REQUIRE(opened);
    FamilyStore families(*opened.database);
    const QString agency =
        families
            .saveAgency({{}, QStringLiteral("Family Lives"), QStringLiteral("voluntary"), {}, {}})
            .value();
    const QString worker =
        families.saveProfessional({{}, agency, QStringLiteral("Fran Okoye"), {}, {}, {}}).value();
    FamilyRecord record;
    record.family.name = QStringLiteral("Okafor family");
    Person mother;
    mother.id = QStringLiteral("6f1f4ad5-3f53-4c1d-9e58-2b7b0f7a0101");
    mother.role = PersonRole::Parent;
    mother.givenName = QStringLiteral("Grace");
    mother.familyName = QStringLiteral("Okafor");
    mother.dateOfBirth = QDate(1990, 4, 4);
    record.people = {mother};
    Stored stored{families.createFamily(record).value(), mother.id, {}};

    ConsentStore consents(*opened.database,
                          HubAgencies::preset(QStringLiteral("westminster")).value());
    ConsentRecord consent;
    consent.familyId = stored.familyId;
    consent.givenByPersonId = mother.id;
    consent.obtainedById = worker;
    consent.givenOn = QDate(2026, 11, 20);
    consent.method = ConsentMethod::Written;
    Signature signature(QSize(300, 100));
    signature.beginStroke({10, 50});
    signature.extendStroke({60, 40});
    signature.extendStroke({90, 70});
    consent.signature = signature.encode();
    consent.agencies = {{QStringLiteral("family-lives"), {}, true},
                        {QStringLiteral("st-vincents-family-project"), {}, true}};
    REQUIRE(consents.record(consent));
    Restriction restriction;
    restriction.familyId = stored.familyId;
    restriction.category = Category::Health;
    restriction.aboutPersonId = mother.id;
    restriction.audienceKind = AudienceKind::Agency;
    restriction.audienceId = QStringLiteral("st-vincents-family-project");
    restriction.familyWords = QStringLiteral("Not my health, please");
    stored.restrictionId = consents.addRestriction(restriction).value();
    return stored;
}

QJsonObject json(const testing::ProcessResult& result) {
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

TEST_CASE("kithctl consent show and may-share answer from the store", "[kithctl][consent]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    const Stored stored = makeStore(db);
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("consent")};

    const auto shown =
        kithctl(base + QStringList{QStringLiteral("show"), QStringLiteral("--family"),
                                   stored.familyId, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject family = json(shown).value(QStringLiteral("family")).toObject();
    CHECK(family.value(QStringLiteral("state")).toString() == QLatin1String("given"));
    CHECK(family.value(QStringLiteral("method")).toString() == QLatin1String("written"));
    CHECK(family.value(QStringLiteral("signed")).toBool());
    CHECK(family.value(QStringLiteral("review_due_on")).toString() == QLatin1String("2027-11-20"));
    CHECK(json(shown).value(QStringLiteral("restrictions")).toArray().size() == 1);

    auto ask = [&](const QStringList& more) {
        return kithctl(base +
                       QStringList{QStringLiteral("may-share"), QStringLiteral("--family"),
                                   stored.familyId, QStringLiteral("--json")} +
                       more);
    };
    const auto agreed = ask({QStringLiteral("--with"), QStringLiteral("Family Lives")});
    REQUIRE(agreed.exitCode == 0);
    CHECK(json(agreed).value(QStringLiteral("allowed")).toBool());
    CHECK(json(agreed).value(QStringLiteral("basis")).toString() == QLatin1String("consent"));

    const auto notAgreed = ask({QStringLiteral("--with"), QStringLiteral("cardinal-hume-centre")});
    REQUIRE(notAgreed.exitCode == 0);
    CHECK_FALSE(json(notAgreed).value(QStringLiteral("allowed")).toBool());
    CHECK(json(notAgreed).value(QStringLiteral("basis")).toString() == QLatin1String("not_agreed"));

    // The restriction beats consent, and with --purpose the decision is logged.
    const auto restricted =
        ask({QStringLiteral("--with"), QStringLiteral("st-vincents-family-project"),
             QStringLiteral("--what"), QStringLiteral("health"), QStringLiteral("--about"),
             stored.motherId, QStringLiteral("--purpose"), QStringLiteral("Referral")});
    REQUIRE(restricted.exitCode == 0);
    const QJsonObject answer = json(restricted);
    CHECK_FALSE(answer.value(QStringLiteral("allowed")).toBool());
    CHECK(answer.value(QStringLiteral("restriction_id")).toString() == stored.restrictionId);
    CHECK(answer.value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("Not my health, please")));
    CHECK_FALSE(answer.value(QStringLiteral("logged")).toString().isEmpty());
    CHECK(ask({QStringLiteral("--with"), QStringLiteral("st-vincents-family-project"),
               QStringLiteral("--what"), QStringLiteral("school")})
              .out.contains(QStringLiteral("\"allowed\": true")));
}

TEST_CASE("kithctl consent explains what it does not understand", "[kithctl][consent]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    const Stored stored = makeStore(db);
    const QStringList ask{QStringLiteral("--db"),     db,
                          QStringLiteral("consent"),  QStringLiteral("may-share"),
                          QStringLiteral("--family"), stored.familyId};
    const auto unknown =
        kithctl(ask + QStringList{QStringLiteral("--with"), QStringLiteral("Atlantis Council")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("family-lives")));
    const auto badCategory =
        kithctl(ask + QStringList{QStringLiteral("--with"), QStringLiteral("family-lives"),
                                  QStringLiteral("--what"), QStringLiteral("shoes")});
    CHECK(badCategory.exitCode == 2);
    CHECK(badCategory.err.contains(QStringLiteral("health")));
    CHECK(kithctl({QStringLiteral("--db"), db, QStringLiteral("consent"), QStringLiteral("show"),
                   QStringLiteral("--family"), QStringLiteral("no-such-family")})
              .exitCode == 1);
    CHECK(kithctl({QStringLiteral("--db"), db, QStringLiteral("consent")}).exitCode == 2);
}
