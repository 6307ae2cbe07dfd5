#include "catch_qt.h"
#include "client/token_store_memory.h"

using namespace kith::sync;

namespace {
const TokenAccount kAmira{QStringLiteral("https://kith.example.gov.uk:8443"),
                          QStringLiteral("amira")};
} // namespace

TEST_CASE("The in-memory token store keeps, returns and forgets a token", "[token-store]") {
    MemoryTokenStore store;
    REQUIRE(store.read(kAmira).status == TokenStoreStatus::NotFound);

    REQUIRE(store.store(kAmira, QStringLiteral("token-1")).ok());
    auto read = store.read(kAmira);
    REQUIRE(read.ok());
    CHECK(read.token == QStringLiteral("token-1"));

    REQUIRE(store.store(kAmira, QStringLiteral("token-2")).ok());
    CHECK(store.read(kAmira).token == QStringLiteral("token-2"));
    CHECK(store.size() == 1);

    REQUIRE(store.erase(kAmira).ok());
    CHECK(store.read(kAmira).status == TokenStoreStatus::NotFound);
    CHECK(store.erase(kAmira).ok()); // erasing what is not there is what was asked
}

TEST_CASE("Tokens are kept per server and per user", "[token-store]") {
    MemoryTokenStore store;
    const TokenAccount otherUser{kAmira.serverUrl, QStringLiteral("ben")};
    const TokenAccount otherServer{QStringLiteral("https://training.example.gov.uk"), kAmira.user};
    store.store(kAmira, QStringLiteral("a"));
    store.store(otherUser, QStringLiteral("b"));
    store.store(otherServer, QStringLiteral("c"));
    CHECK(store.read(kAmira).token == QStringLiteral("a"));
    CHECK(store.read(otherUser).token == QStringLiteral("b"));
    CHECK(store.read(otherServer).token == QStringLiteral("c"));
}

TEST_CASE("The same server written two ways is one key", "[token-store]") {
    const TokenAccount plain{QStringLiteral("https://kith.example.gov.uk:8443"),
                             QStringLiteral("amira")};
    const TokenAccount shouty{QStringLiteral(" HTTPS://Kith.Example.gov.uk:8443/ "),
                              QStringLiteral("amira")};
    CHECK(plain.key() == shouty.key());
    CHECK(plain.key() != TokenAccount{plain.serverUrl, QStringLiteral("ben")}.key());
}

TEST_CASE("A store with no keychain says so and keeps nothing", "[token-store]") {
    MemoryTokenStore store;
    store.setAvailable(false);
    CHECK(store.store(kAmira, QStringLiteral("secret")).status == TokenStoreStatus::NoKeychain);
    CHECK(store.read(kAmira).status == TokenStoreStatus::NoKeychain);
    CHECK(store.size() == 0);
    CHECK_FALSE(TokenStoreText::describe(TokenStoreStatus::NoKeychain).isEmpty());
    CHECK(TokenStoreText::describe(TokenStoreStatus::Ok).isEmpty());
}
