// The front desk asks the hub's directory about a family its laptop does not hold, through
// the real SyncService.
#include "client/hub_directory.h"
#include "sync_fixture.h"
#include "temp_store.h"

using namespace kith;
using namespace kith::testing;

TEST_CASE("The hub's directory names the lead professional of a family the laptop no longer "
          "holds",
          "[sync-directory]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    const auto made = a.families->createFamily(sampleFamily());
    REQUIRE(made);
    REQUIRE(a.sync().ok);
    // Jo Bloggs becomes the lead, so the family leaves Sam's laptop at this sync.
    handOverToAnotherLead(a, made.value());
    REQUIRE(a.sync().ok);
    REQUIRE(a.families->familyCount() == 0);

    sync::DirectoryLookup lookup;
    lookup.givenName = QStringLiteral("Amira");
    lookup.familyName = QStringLiteral("Khan");
    const sync::HubDirectoryAnswer known =
        sync::askHubDirectory(*a.transport, a.clock, a.token, lookup);
    INFO(known.failure.message.toStdString());
    REQUIRE(known.ok);
    REQUIRE(known.matches.size() == 1);
    CHECK(known.matches.first().familyId == made.value());
    CHECK(known.matches.first().known);
    REQUIRE(known.matches.first().lead.has_value());
    CHECK(known.matches.first().lead->name == QStringLiteral("Jo Bloggs"));

    lookup.givenName = QStringLiteral("Nobody");
    const sync::HubDirectoryAnswer unknown =
        sync::askHubDirectory(*a.transport, a.clock, a.token, lookup);
    REQUIRE(unknown.ok);
    CHECK(unknown.matches.isEmpty());
}

TEST_CASE("Asking the hub's directory without a sign-in or a connection says why, plainly",
          "[sync-directory]") {
    SimServer server;
    Replica a(server, QStringLiteral("Sam Patel"));
    sync::DirectoryLookup lookup;
    lookup.nhsNumber = QStringLiteral("9434765919");

    const sync::HubDirectoryAnswer noToken =
        sync::askHubDirectory(*a.transport, a.clock, QString(), lookup);
    CHECK_FALSE(noToken.ok);
    CHECK(noToken.failure.problem == sync::SyncProblem::SignInAgain);
    CHECK_FALSE(noToken.failure.message.isEmpty());

    const sync::HubDirectoryAnswer badToken =
        sync::askHubDirectory(*a.transport, a.clock, QStringLiteral("not-a-token"), lookup);
    CHECK_FALSE(badToken.ok);
    CHECK(badToken.failure.problem == sync::SyncProblem::SignInAgain);

    REQUIRE(a.sync().ok); // signed in: a real token
    a.faults.loseResponse = true;
    const sync::HubDirectoryAnswer offline =
        sync::askHubDirectory(*a.transport, a.clock, a.token, lookup);
    CHECK_FALSE(offline.ok);
    CHECK(offline.failure.problem == sync::SyncProblem::ServerUnreachable);
}

TEST_CASE("A directory lookup sends only the details given, trimmed", "[sync-directory]") {
    sync::DirectoryLookup lookup;
    CHECK(lookup.isEmpty());
    lookup.familyName = QStringLiteral("  Khan ");
    lookup.dateOfBirth = QStringLiteral("1990-04-12");
    CHECK_FALSE(lookup.isEmpty());
    const QUrlQuery query = lookup.toQuery();
    CHECK(query.queryItems().size() == 2);
    CHECK(query.queryItemValue(QStringLiteral("family_name")) == QStringLiteral("Khan"));
    CHECK(query.queryItemValue(QStringLiteral("date_of_birth")) == QStringLiteral("1990-04-12"));
    CHECK_FALSE(query.hasQueryItem(QStringLiteral("given_name")));

    sync::DirectoryAnswer answer;
    answer.matches.append({QStringLiteral("f1"), true,
                           sync::DirectoryContact{QStringLiteral("Kim Lee"), QString(),
                                                  QStringLiteral("07700 900123")}});
    answer.matches.append({QStringLiteral("f2"), true, std::nullopt});
    const auto back = sync::DirectoryAnswer::fromJson(answer.toJson());
    REQUIRE(back);
    REQUIRE(back.value().matches.size() == 2);
    CHECK(back.value().matches.at(0).lead->name == QStringLiteral("Kim Lee"));
    CHECK(back.value().matches.at(0).lead->agency.isEmpty());
    CHECK_FALSE(back.value().matches.at(1).lead.has_value());
    CHECK_FALSE(sync::DirectoryAnswer::fromJson(QJsonObject()));
}
