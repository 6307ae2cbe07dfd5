#include "genogram/editing/add_child_command.h"
#include "genogram/editing/add_parent_command.h"
#include "genogram/editing/add_partner_command.h"
#include "genogram/editing/add_person_command.h"
#include "genogram/editing/add_relationship_command.h"
#include "genogram/editing/change_record_command.h"
#include "genogram/editing/move_people_command.h"
#include "genogram/editing/pin_person_command.h"
#include "genogram/editing/remove_line_command.h"
#include "genogram/editing/remove_person_command.h"
#include "genogram/editing/set_household_membership_command.h"
#include "genogram/editing/store_persister.h"
#include "temp_store.h"

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace kith::genogram;
using kith::okStatus;
using kith::Status;
namespace testing = kith::testing;

namespace {

QString pin(const std::optional<QPointF>& at) {
    return at ? QStringLiteral("%1,%2").arg(at->x()).arg(at->y()) : QStringLiteral("-");
}

// Every field of every record, in list order: two genograms with the same text are the
// same genogram, order included.
QStringList describe(const Genogram& g) {
    QStringList lines;
    for (const Person& p : g.people)
        lines << QStringLiteral("P %1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12|%13")
                     .arg(p.id, p.familyPersonId, p.name)
                     .arg(int(p.sex))
                     .arg(p.dateOfBirth.toString(Qt::ISODate))
                     .arg(p.birthYear)
                     .arg(p.deceased)
                     .arg(p.deathYear)
                     .arg(p.indexChild)
                     .arg(int(p.pregnancy))
                     .arg(p.note, pin(p.pinnedAt), g.id);
    for (const Union& u : g.unions)
        lines << QStringLiteral("U %1|%2|%3|%4|%5|%6")
                     .arg(u.id, u.partnerA, u.partnerB)
                     .arg(int(u.kind))
                     .arg(u.startYear)
                     .arg(u.endYear);
    for (const ChildLink& c : g.children)
        lines << QStringLiteral("C %1|%2|%3|%4|%5|%6|%7")
                     .arg(c.id, c.childId, c.parentA, c.parentB)
                     .arg(int(c.kind))
                     .arg(c.twinGroup)
                     .arg(c.identicalTwins);
    for (const Relationship& r : g.relationships)
        lines << QStringLiteral("R %1|%2|%3|%4|%5")
                     .arg(r.id, r.from, r.to)
                     .arg(int(r.bond))
                     .arg(r.note);
    for (const Household& h : g.households)
        lines << QStringLiteral("H %1|%2|%3").arg(h.id, h.label, h.members.join(u','));
    return lines;
}

Person someone(const QString& id, const QString& name, Sex sex, int birthYear) {
    Person p;
    p.id = id;
    p.name = name;
    p.sex = sex;
    p.birthYear = birthYear;
    return p;
}

// Mum, Dad and two children, a couple, child links, a line and a household.
Genogram sample() {
    Genogram g;
    g.id = QStringLiteral("g1");
    g.familyId = QStringLiteral("f1");
    g.people = {someone(QStringLiteral("mum"), QStringLiteral("Amira"), Sex::Female, 1994),
                someone(QStringLiteral("dad"), QStringLiteral("Mo"), Sex::Male, 1990),
                someone(QStringLiteral("kid"), QStringLiteral("Zainab"), Sex::Female, 2019),
                someone(QStringLiteral("kid2"), QStringLiteral("Omar"), Sex::Male, 2021)};
    g.unions = {{QStringLiteral("u1"), QStringLiteral("mum"), QStringLiteral("dad"),
                 UnionKind::Married, 2015, 0}};
    g.children = {{QStringLiteral("c1"),
                   QStringLiteral("kid"),
                   QStringLiteral("mum"),
                   QStringLiteral("dad"),
                   ChildKind::Biological,
                   {},
                   false},
                  {QStringLiteral("c2"),
                   QStringLiteral("kid2"),
                   QStringLiteral("mum"),
                   QStringLiteral("dad"),
                   ChildKind::Biological,
                   {},
                   false}};
    g.relationships = {
        {QStringLiteral("r1"), QStringLiteral("dad"), QStringLiteral("kid"), Bond::Conflict, {}}};
    g.households = {{QStringLiteral("h1"),
                     QStringLiteral("Home"),
                     {QStringLiteral("mum"), QStringLiteral("kid"), QStringLiteral("kid2")}}};
    return g;
}

// Records what the document was asked to save; can be told to fail.
struct RecordingPersister : GenogramPersister {
    QList<QList<RecordChange>> calls;
    bool fail = false;
    Status persist(const Genogram&, const QList<RecordChange>& changes) override {
        calls.append(changes);
        return fail ? Status::fail(QStringLiteral("disk full")) : okStatus();
    }
};

// Pushes the command and checks that undo and redo land on exactly the states before
// and after it.
void checkUndoRedo(GenogramDocument& document, std::unique_ptr<EditCommand> command) {
    const QStringList before = describe(document.genogram());
    REQUIRE(command->canApply());
    const int depth = document.undoStack()->count();
    document.undoStack()->push(command.release());
    REQUIRE(document.undoStack()->count() == depth + 1);
    const QStringList after = describe(document.genogram());
    CHECK(after != before);
    document.undoStack()->undo();
    CHECK(describe(document.genogram()) == before);
    document.undoStack()->redo();
    CHECK(describe(document.genogram()) == after);
}

} // namespace

TEST_CASE("Every genogram command is undone and redone exactly", "[genogram][editing]") {
    GenogramDocument document(sample());
    using Make = std::function<std::unique_ptr<EditCommand>(GenogramDocument*)>;
    const QList<std::pair<const char*, Make>> commands = {
        {"add person",
         [](GenogramDocument* d) {
             return std::make_unique<AddPersonCommand>(
                 d, someone({}, QStringLiteral("Nana"), Sex::Female, 1950));
         }},
        {"add partner",
         [](GenogramDocument* d) {
             return std::make_unique<AddPartnerCommand>(
                 d, QStringLiteral("dad"), someone({}, QStringLiteral("Jo"), Sex::Female, 1992),
                 UnionKind::LivingTogether);
         }},
        {"add child",
         [](GenogramDocument* d) {
             return std::make_unique<AddChildCommand>(
                 d, QStringLiteral("mum"), QStringLiteral("dad"),
                 someone({}, QStringLiteral("Baby"), Sex::Diverse, 2026), ChildKind::Biological);
         }},
        {"add parent",
         [](GenogramDocument* d) {
             return std::make_unique<AddParentCommand>(
                 d, QStringLiteral("mum"), someone({}, QStringLiteral("Nana"), Sex::Female, 1960));
         }},
        {"remove person",
         [](GenogramDocument* d) {
             return std::make_unique<RemovePersonCommand>(d, QStringLiteral("dad"));
         }},
        {"change a value",
         [](GenogramDocument* d) {
             Person changed = *d->genogram().person(QStringLiteral("dad"));
             changed.deceased = true;
             changed.deathYear = 2024;
             return std::make_unique<ChangeRecordCommand>(d, changed);
         }},
        {"add relationship",
         [](GenogramDocument* d) {
             return std::make_unique<AddRelationshipCommand>(
                 d, QStringLiteral("mum"), QStringLiteral("kid"), Bond::CaringFor);
         }},
        {"remove relationship",
         [](GenogramDocument* d) {
             return std::make_unique<RemoveLineCommand>(d, RecordKind::Relationship,
                                                        QStringLiteral("r1"));
         }},
        {"remove couple",
         [](GenogramDocument* d) {
             return std::make_unique<RemoveLineCommand>(d, RecordKind::Union, QStringLiteral("u1"));
         }},
        {"move people",
         [](GenogramDocument* d) {
             return std::make_unique<MovePeopleCommand>(
                 d, QHash<QString, QPointF>{{QStringLiteral("kid"), QPointF(10, 20)}}, 1);
         }},
        {"pin",
         [](GenogramDocument* d) {
             return std::make_unique<PinPersonCommand>(d, QStringLiteral("mum"), QPointF(5, 5));
         }},
        {"household in",
         [](GenogramDocument* d) {
             return std::make_unique<SetHouseholdMembershipCommand>(d, QStringLiteral("dad"), true);
         }},
        {"household out",
         [](GenogramDocument* d) {
             return std::make_unique<SetHouseholdMembershipCommand>(d, QStringLiteral("kid"),
                                                                    false);
         }},
    };
    for (const auto& [name, make] : commands) {
        SECTION(name) {
            checkUndoRedo(document, make(&document));
        }
    }
}

TEST_CASE("Removing a person takes their lines and undo puts every one back in place",
          "[genogram][editing]") {
    GenogramDocument document(sample());
    const QStringList original = describe(document.genogram());
    document.undoStack()->push(new RemovePersonCommand(&document, QStringLiteral("dad")));

    const Genogram& g = document.genogram();
    CHECK(g.person(QStringLiteral("dad")) == nullptr);
    CHECK(g.unions.isEmpty());
    CHECK(g.relationships.isEmpty());
    REQUIRE(g.children.size() == 2);
    CHECK(g.children[0].parentA == QStringLiteral("mum"));
    CHECK(g.children[0].parentB.isEmpty());

    // The child goes with their own link; the household loses them.
    document.undoStack()->push(new RemovePersonCommand(&document, QStringLiteral("kid")));
    CHECK(g.children.size() == 1);
    CHECK_FALSE(g.households[0].members.contains(QStringLiteral("kid")));

    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(describe(document.genogram()) == original);
}

TEST_CASE("Adding a parent fills the empty place and refuses a third", "[genogram][editing]") {
    GenogramDocument document(sample());
    AddParentCommand third(&document, QStringLiteral("kid"), someone({}, {}, Sex::Male, 0));
    CHECK_FALSE(third.canApply());
    CHECK(third.reason().contains(QStringLiteral("two parents")));

    document.undoStack()->push(new RemovePersonCommand(&document, QStringLiteral("dad")));
    auto* again = new AddParentCommand(&document, QStringLiteral("kid"),
                                       someone({}, QStringLiteral("Sam"), Sex::Male, 1988));
    const QString newParent = again->parentId();
    document.undoStack()->push(again);
    const ChildLink& link = document.genogram().children[0];
    CHECK(link.parentA == QStringLiteral("mum"));
    CHECK(link.parentB == newParent);

    // A command that cannot apply is dropped by the stack and changes nothing.
    const QStringList before = describe(document.genogram());
    document.undoStack()->push(
        new AddPartnerCommand(&document, QStringLiteral("nobody"), someone({}, {}, Sex::Male, 0)));
    CHECK(document.undoStack()->count() == 2);
    CHECK(describe(document.genogram()) == before);
}

TEST_CASE("A drag is one undo step however many moves it makes", "[genogram][editing]") {
    GenogramDocument document(sample());
    QUndoStack& stack = *document.undoStack();
    const QStringList original = describe(document.genogram());
    const QString kid = QStringLiteral("kid");
    const QString mum = QStringLiteral("mum");
    for (int step = 1; step <= 5; ++step)
        stack.push(new MovePeopleCommand(
            &document, {{kid, QPointF(step * 10, 0)}, {mum, QPointF(0, step * 10)}}, 7));
    CHECK(stack.count() == 1);
    CHECK(document.genogram().person(kid)->pinnedAt == QPointF(50, 0));
    CHECK(document.genogram().person(mum)->pinnedAt == QPointF(0, 50));

    // The next drag is its own step; so is a move of different people under the same drag.
    stack.push(new MovePeopleCommand(&document, {{kid, QPointF(99, 99)}}, 8));
    stack.push(new MovePeopleCommand(&document, {{mum, QPointF(1, 1)}}, 8));
    CHECK(stack.count() == 3);

    stack.undo();
    stack.undo();
    CHECK(document.genogram().person(kid)->pinnedAt == QPointF(50, 0));
    stack.undo();
    CHECK(describe(document.genogram()) == original);
}

TEST_CASE("Typing in one field merges into one undo step; other fields do not",
          "[genogram][editing]") {
    GenogramDocument document(sample());
    QUndoStack& stack = *document.undoStack();
    const int noteField = 3;
    for (const QString& text :
         {QStringLiteral("L"), QStringLiteral("Li"), QStringLiteral("Lives")}) {
        Person changed = *document.genogram().person(QStringLiteral("mum"));
        changed.note = text;
        stack.push(new ChangeRecordCommand(&document, changed, noteField));
    }
    CHECK(stack.count() == 1);
    Person renamed = *document.genogram().person(QStringLiteral("mum"));
    renamed.name = QStringLiteral("Amira K");
    stack.push(new ChangeRecordCommand(&document, renamed, noteField + 1));
    CHECK(stack.count() == 2);
    stack.undo();
    CHECK(document.genogram().person(QStringLiteral("mum"))->note == QStringLiteral("Lives"));
    stack.undo();
    CHECK(document.genogram().person(QStringLiteral("mum"))->note.isEmpty());
}

TEST_CASE("Each edit announces the records it touched", "[genogram][editing]") {
    GenogramDocument document(sample());
    QStringList events;
    auto record = [&](const char* what) {
        return [&events, what](const QString& id) {
            events << QLatin1String(what) + u' ' + id;
        };
    };
    QObject::connect(&document, &GenogramDocument::personAdded, record("person+"));
    QObject::connect(&document, &GenogramDocument::personRemoved, record("person-"));
    QObject::connect(&document, &GenogramDocument::personChanged, record("person~"));
    QObject::connect(&document, &GenogramDocument::unionAdded, record("union+"));
    QObject::connect(&document, &GenogramDocument::unionRemoved, record("union-"));
    QObject::connect(&document, &GenogramDocument::childLinkChanged, record("child~"));
    QObject::connect(&document, &GenogramDocument::relationshipRemoved, record("line-"));
    QObject::connect(&document, &GenogramDocument::householdChanged, record("home~"));
    int edits = 0;
    QObject::connect(&document, &GenogramDocument::edited, [&] { ++edits; });

    auto* partner = new AddPartnerCommand(&document, QStringLiteral("mum"),
                                          someone({}, QStringLiteral("Lee"), Sex::Male, 1989));
    const QString partnerId = partner->partnerId();
    const QString unionId = partner->unionId();
    document.undoStack()->push(partner);
    CHECK(events ==
          QStringList{QStringLiteral("person+ ") + partnerId, QStringLiteral("union+ ") + unionId});

    events.clear();
    document.undoStack()->undo();
    CHECK(events.contains(QStringLiteral("person- ") + partnerId));
    CHECK(events.contains(QStringLiteral("union- ") + unionId));

    events.clear();
    document.undoStack()->push(new RemovePersonCommand(&document, QStringLiteral("dad")));
    CHECK(events.contains(QStringLiteral("person- dad")));
    CHECK(events.contains(QStringLiteral("union- u1")));
    CHECK(events.contains(QStringLiteral("child~ c1")));
    CHECK(events.contains(QStringLiteral("line- r1")));
    CHECK_FALSE(events.contains(QStringLiteral("home~ h1"))); // dad lived elsewhere
    CHECK(edits == 3);
}

TEST_CASE("A change that cannot be saved is kept and saved with the next one",
          "[genogram][editing]") {
    RecordingPersister persister;
    GenogramDocument document(sample(), &persister);
    QStringList failures;
    QObject::connect(&document, &GenogramDocument::saveFailed,
                     [&](const QString& message) { failures << message; });

    persister.fail = true;
    document.undoStack()->push(
        new PinPersonCommand(&document, QStringLiteral("mum"), QPointF(1, 2)));
    CHECK(failures == QStringList{QStringLiteral("disk full")});
    CHECK(document.hasUnsavedChanges());
    CHECK(document.genogram().person(QStringLiteral("mum"))->pinnedAt == QPointF(1, 2));

    persister.fail = false;
    document.undoStack()->push(
        new SetHouseholdMembershipCommand(&document, QStringLiteral("dad"), true));
    CHECK_FALSE(document.hasUnsavedChanges());
    REQUIRE(persister.calls.size() == 2);
    const QList<RecordChange>& retried = persister.calls.last();
    REQUIRE(retried.size() == 2);
    CHECK(retried[0].kind == RecordKind::Person);
    CHECK(retried[0].id == QStringLiteral("mum"));
    CHECK(retried[1].kind == RecordKind::Household);
}

TEST_CASE("What the document shows is what the store gives back after reopening",
          "[genogram][editing][store]") {
    testing::TempStore temp;
    REQUIRE(temp.families);
    const auto familyId = temp.families->createFamily(testing::sampleFamily());
    REQUIRE(familyId);
    GenogramStore store(*temp.database);
    auto opened = store.open(familyId.value());
    REQUIRE(opened);
    StorePersister persister(store, opened.value());
    GenogramDocument document(opened.value(), &persister);
    QStringList failures;
    QObject::connect(&document, &GenogramDocument::saveFailed,
                     [&](const QString& message) { failures << message; });
    QUndoStack& stack = *document.undoStack();

    const QString first = document.genogram().people.first().id;
    auto* partner =
        new AddPartnerCommand(&document, first, someone({}, QStringLiteral("Lee"), Sex::Male, 1989),
                              UnionKind::Separated);
    const QString lee = partner->partnerId();
    stack.push(partner);
    auto* child = new AddChildCommand(&document, first, lee,
                                      someone({}, QStringLiteral("Ava"), Sex::Female, 2012),
                                      ChildKind::Biological);
    const QString ava = child->childId();
    stack.push(child);
    stack.push(new AddRelationshipCommand(&document, lee, ava, Bond::EmotionalAbuse));
    stack.push(new MovePeopleCommand(&document, {{ava, QPointF(120, 340)}}, 1));
    stack.push(new MovePeopleCommand(&document, {{ava, QPointF(130, 350)}}, 1));
    auto* nan =
        new AddPersonCommand(&document, someone({}, QStringLiteral("Nan"), Sex::Female, 1950));
    const QString nanId = nan->personId();
    stack.push(nan);
    stack.push(new SetHouseholdMembershipCommand(&document, ava, true));
    Person renamed = *document.genogram().person(lee);
    renamed.note = QStringLiteral("Sees Ava at weekends");
    stack.push(new ChangeRecordCommand(&document, renamed));
    stack.undo(); // the note
    stack.undo(); // household
    stack.push(new RemovePersonCommand(&document, nanId));
    stack.push(
        new RemoveLineCommand(&document, RecordKind::Union, document.genogram().unions.first().id));
    CHECK(failures.isEmpty());

    GenogramStore reopenedStore(*temp.database);
    const auto reloaded = reopenedStore.load(familyId.value());
    REQUIRE(reloaded);
    QStringList saved = describe(reloaded.value());
    QStringList shown = describe(document.genogram());
    saved.sort();
    shown.sort();
    CHECK(saved == shown);
    CHECK(reloaded.value().person(ava)->pinnedAt == QPointF(130, 350));
}
