#include "demo/demo_genogram.h"

#include "demo/demo_generator.h"
#include "genogram/genogram_store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kith::demo {
namespace {

using namespace genogram;
using genogram::Person;

constexpr std::uint64_t kGenogramSalt = 0x47454E4F4752414DULL; // "GENOGRAM"
constexpr int kAllOfTheFirst = 200;
constexpr int kOneIn = 20;
constexpr int kBatch = 500;

const char* const kGrandmothers[] = {"Margaret", "Patricia",  "Shirley", "Nasreen", "Grace",
                                     "Brenda",   "Josephine", "Parveen", "Maureen", "Ewa"};
const char* const kGrandfathers[] = {"Derek",   "Roy",    "Mohammed", "Winston", "Keith",
                                     "Tadeusz", "Graham", "Abdul",    "Trevor",  "Colin"};
const char* const kFormerPartners[] = {"Liam", "Jordan", "Dean", "Kyle", "Ryan", "Aaron"};

Person relative(DemoRandom& random, const char* const given, const QString& familyName, Sex sex,
                int birthYear) {
    Person person;
    person.id = random.uuid();
    person.name = QString::fromLatin1(given) + u' ' + familyName;
    person.sex = sex;
    person.birthYear = birthYear;
    return person;
}

QString lastWord(const QString& name) {
    return name.section(u' ', -1);
}

bool hasParents(const Genogram& g, const QString& personId) {
    return std::any_of(g.children.cbegin(), g.children.cend(),
                       [&](const ChildLink& l) { return l.childId == personId; });
}

// A parent's own parents: married or divorced, the grandfather sometimes dead, and how the
// grandmother gets on with her child.
void addGrandparents(Genogram& g, DemoRandom& random, const Person& parent) {
    const int born = yearOfBirth(parent);
    const QString familyName = lastWord(parent.name);
    const QString parentId = parent.id;
    Person nan = relative(random, random.pick(kGrandmothers), familyName, Sex::Female,
                          born - random.between(20, 32));
    Person grandad = relative(random, random.pick(kGrandfathers), familyName, Sex::Male,
                              nan.birthYear - random.between(0, 5));
    if (random.chance(40)) {
        grandad.deceased = true;
        grandad.deathYear = random.between(std::max(born + 5, 2005), 2025);
    }
    g.people.append({nan, grandad});
    g.unions.append({random.uuid(), grandad.id, nan.id,
                     random.chance(30) ? UnionKind::Divorced : UnionKind::Married,
                     born - random.between(1, 4), 0});
    g.children.append(
        {random.uuid(), parentId, grandad.id, nan.id, ChildKind::Biological, {}, false});
    g.relationships.append(
        {random.uuid(), nan.id, parentId, random.chance(70) ? Bond::Close : Bond::Conflict, {}});
}

// The relatives and lines a practitioner would draw with the family in a first session.
void addRelatives(Genogram& g, DemoRandom& random) {
    // The parents are the youngest woman and man with a child on the genogram (a
    // grandmother from the family record is a parent too, of the mother). Ids, not
    // pointers: the lists grow below.
    QString motherId;
    QString fatherId;
    for (const ChildLink& link : std::as_const(g.children)) {
        for (const QString& parentId : {link.parentA, link.parentB}) {
            const Person* parent = g.person(parentId);
            if (!parent)
                continue;
            QString& slot = parent->sex == Sex::Female ? motherId : fatherId;
            if (slot.isEmpty() || yearOfBirth(*parent) > yearOfBirth(*g.person(slot)))
                slot = parentId;
        }
    }
    // A father bringing up his children alone is drawn with his family the same way.
    const QString parentId = motherId.isEmpty() ? fatherId : motherId;
    if (parentId.isEmpty())
        return;
    QStringList children; // born first first; an unborn baby last
    QString youngestBorn;
    for (const ChildLink& link : std::as_const(g.children)) {
        if (link.parentA != parentId && link.parentB != parentId)
            continue;
        children.append(link.childId);
        if (g.person(link.childId)->pregnancy == Pregnancy::None)
            youngestBorn = link.childId;
    }
    if (!hasParents(g, parentId))
        addGrandparents(g, random, *g.person(parentId));
    else if (!fatherId.isEmpty() && !hasParents(g, fatherId))
        addGrandparents(g, random, *g.person(fatherId));
    if (!motherId.isEmpty() && random.chance(35) && !children.isEmpty()) {
        const int motherBorn = yearOfBirth(*g.person(motherId));
        Person former = relative(random, random.pick(kFormerPartners), QStringLiteral("Walker"),
                                 Sex::Male, motherBorn - random.between(0, 4));
        g.people.append(former);
        g.unions.prepend({random.uuid(), former.id, motherId, UnionKind::Separated, motherBorn + 18,
                          motherBorn + 22});
        g.relationships.append({random.uuid(),
                                motherId,
                                former.id,
                                random.chance(50) ? Bond::CutOff : Bond::Hostile,
                                {}});
    }
    // The youngest child already born is the one the request for support was about.
    const QString index = youngestBorn.isEmpty() ? children.value(0) : youngestBorn;
    if (index.isEmpty())
        return;
    g.person(index)->indexChild = true;
    g.relationships.append(
        {random.uuid(), parentId, index, random.chance(60) ? Bond::Close : Bond::Fused, {}});
    if (!motherId.isEmpty() && !fatherId.isEmpty() && random.chance(40))
        g.relationships.append({random.uuid(), fatherId, motherId, Bond::Conflict, {}});
}

QStringList familiesToDraw(const Database& database) {
    QStringList ids;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id FROM family ORDER BY rowid"));
    for (int row = 0; query.next(); ++row) {
        if (row < kAllOfTheFirst || row % kOneIn == 0)
            ids.append(query.value(0).toString());
    }
    return ids;
}

} // namespace

Status addDemoGenograms(const Database& database, std::uint64_t seed) {
    GenogramStore store(database);
    store.setActor(QStringLiteral("demo"));
    DemoRandom random(seed ^ kGenogramSalt);
    const QStringList families = familiesToDraw(database);
    for (qsizetype done = 0; done < families.size(); done += kBatch) {
        const Status batch = store.inOneTransaction([&]() -> Status {
            for (qsizetype i = done; i < std::min(families.size(), done + kBatch); ++i) {
                const auto opened = store.open(families[i]);
                if (!opened)
                    return Status::fail(opened.error());
                Genogram drawn = opened.value();
                addRelatives(drawn, random);
                if (Status saved = store.applyChanges(opened.value(), drawn); !saved)
                    return saved;
            }
            return okStatus();
        });
        if (!batch)
            return batch;
    }
    return okStatus();
}

} // namespace kith::demo
