// Demo families include a few open sync conflicts, valid and resolvable (one in forty).
#include "client/conflict_resolver.h"
#include "demo/demo_sync.h"
#include "temp_store.h"
#include "util/ids.h"

#include <QSqlQuery>

using namespace kith;
using namespace kith::testing;

TEST_CASE("Some demo families have an open conflict about a first name", "[sync-demo]") {
    TempStore store;
    REQUIRE(store.families);
    QList<FamilyRecord> families;
    for (int i = 0; i < 100; ++i) {
        // sampleFamily fixes the mother's id; each copy needs its own.
        FamilyRecord family = sampleFamily();
        const QString motherId = newId();
        family.people[1].id = motherId;
        family.people[0].motherId = motherId;
        family.otherNames[0].personId = motherId;
        family.contacts[0].personId = motherId;
        families.append(family);
    }
    REQUIRE(store.families->createFamilies(families));
    REQUIRE(demo::addDemoConflicts(*store.database));
    REQUIRE(demo::addDemoConflicts(*store.database)); // a second run adds nothing
    sync::ConflictResolver resolver(*store.database);
    const auto open = resolver.openConflicts();
    CHECK(open.size() == 3); // families 7, 47 and 87
    for (const auto& conflict : open) {
        QSqlQuery person(store.database->connection());
        person.prepare(QStringLiteral("SELECT given_name, family_id FROM person WHERE id = ?"));
        person.addBindValue(conflict.entityId);
        REQUIRE(person.exec());
        REQUIRE(person.next());
        CHECK(conflict.serverValue == u'"' + person.value(0).toString() + u'"');
        CHECK(conflict.familyId == person.value(1).toString());
        CHECK(conflict.clientValue != conflict.serverValue);
    }
    const int waiting = store.families->pendingChangeCount();
    REQUIRE(resolver.resolveConflict(open.first().id, sync::ConflictChoice::KeepClient, {},
                                     QStringLiteral("Tom Evans")));
    CHECK(resolver.openConflicts().size() == open.size() - 1);
    CHECK(store.families->pendingChangeCount() > waiting); // the resolution will sync
}
