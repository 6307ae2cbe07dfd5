#include "matching/name_variants.h"

#include <QHash>

namespace kith::match {
namespace {

// One group a line: the formal name first, then the names used for it. Written in
// folded form (lower case, no accents). Kept as data in code: it is small, and a
// resource file would need loading before the first keystroke is matched.
const char* const kGroups[] = {
    // Nicknames in common use in the UK.
    "william bill billy will willie willy liam",
    "margaret peggy maggie meg marge margie greta rita",
    "robert bob bobby rob robbie bert",
    "elizabeth liz lizzie lizzy beth betty bess bessie eliza libby elsie",
    "richard dick rick ricky rich richie",
    "james jim jimmy jamie",
    "john jack johnny jonny",
    "katherine kate katie kathy cathy kat kay kitty",
    "catherine kate katie kathy cathy cath kay kitty",
    "kathryn kate katie kathy",
    "thomas tom tommy",
    "edward ed eddie ted teddy ned",
    "alexander alex alec sandy sasha xander",
    "alexandra alex lexi sasha sandra",
    "anthony tony ant",
    "charles charlie chas chaz chuck",
    "christopher chris kit",
    "daniel dan danny",
    "david dave davy",
    "michael mike mick mickey micky",
    "nicholas nick nicky",
    "patrick pat paddy",
    "peter pete",
    "samuel sam sammy",
    "samantha sam sammy",
    "joseph joe joey",
    "jonathan jon jonny",
    "joshua josh",
    "benjamin ben benny",
    "matthew matt matty",
    "andrew andy drew",
    "stephen steve stevie",
    "steven steve stevie",
    "henry harry hal hank",
    "harold harry hal",
    "frederick fred freddie freddy",
    "alfred alfie alf fred",
    "albert bert bertie albie",
    "arthur art artie",
    "oliver ollie olly",
    "jacob jake",
    "mary molly polly mae",
    "sarah sally sadie",
    "anne annie nan nancy",
    "ann annie nan nancy",
    "hannah annie",
    "susan sue susie suzy",
    "jennifer jen jenny",
    "jessica jess jessie",
    "rebecca becky becca",
    "victoria vicky vikki tori",
    "deborah debbie debra deb",
    "patricia pat patsy trish tricia",
    "dorothy dot dotty dolly",
    "eleanor ellie nell nellie ella",
    "helen nell nellie",
    "amelia millie amy",
    "emily em emmy millie",
    "isabella izzy bella isabel",
    "isabel izzy bella",
    "olivia liv livvy",
    "sophia sophie soph",
    "charlotte lottie charlie",
    "florence flo florrie",
    "grace gracie",
    "abigail abby abbie gail",
    "christina tina chrissie chris",
    "christine tina chrissie chris",
    "frances fran frankie",
    "francis frank frankie",
    "louise lou lulu",
    "josephine jo josie",
    "joanne jo",
    "theodore theo ted teddy",
    "lawrence larry laurie",
    "ronald ron ronnie",
    "donald don donnie",
    "kenneth ken kenny",
    "timothy tim timmy",
    "gregory greg",
    "terence terry",
    "raymond ray",
    "leonard len lenny",
    "stanley stan",
    "walter walt wally",
    "gwendolyn gwen",
    "kimberley kim",
    "natalie nat",
    "nathan nat nate",
    "nathaniel nat nate",
};

// Transliterations and forms of one name in other languages that the sound-alike key
// does not already fold together.
const char* const kOtherForms[] = {
    "muhammad mo mehmet mehmed",
    "joanna ioana",
    "michael mihai mikhail michal",
    "andrew andrei andrey andrzej",
    "helen elena jelena",
    "john jan ivan ian sean",
    "james seamus",
    "stephen stefan",
    "alexander aleksandr aleksander oleksandr",
    "peter piotr pyotr",
    "paul pawel pavel",
    "george jerzy",
    "jacob jakub yakub",
    "joseph jozef yusuf",
    "abraham ibrahim",
    "oluwaseun seun",
    "abdirahman abdul abdi",
};

struct Table {
    QHash<QString, QList<int>> groupsOf; // name -> the groups it belongs to
    QList<QStringList> groups;
    QList<NameVariant> kinds; // of each group
};

template <std::size_t N>
void addGroups(Table& t, const char* const (&lines)[N], NameVariant kind) {
    for (const char* line : lines) {
        const QStringList names = QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
        const int index = static_cast<int>(t.groups.size());
        t.groups.append(names);
        t.kinds.append(kind);
        for (const QString& name : names)
            t.groupsOf[name].append(index);
    }
}

const Table& table() {
    static const Table built = [] {
        Table t;
        addGroups(t, kGroups, NameVariant::Nickname);
        addGroups(t, kOtherForms, NameVariant::OtherForm);
        return t;
    }();
    return built;
}

} // namespace

QStringList givenNameVariants(const QString& foldedName) {
    const Table& t = table();
    const auto found = t.groupsOf.constFind(foldedName);
    if (found == t.groupsOf.cend())
        return {};
    QStringList variants;
    for (int group : *found) {
        for (const QString& name : t.groups.at(group)) {
            if (name != foldedName && !variants.contains(name))
                variants.append(name);
        }
    }
    return variants;
}

NameVariant givenNameVariant(const QString& a, const QString& b) {
    const Table& t = table();
    const auto first = t.groupsOf.constFind(a);
    const auto second = t.groupsOf.constFind(b);
    if (a == b || first == t.groupsOf.cend() || second == t.groupsOf.cend())
        return NameVariant::None;
    NameVariant found = NameVariant::None;
    for (int group : *first) {
        if (!second->contains(group))
            continue;
        if (t.kinds.at(group) == NameVariant::Nickname)
            return NameVariant::Nickname;
        found = NameVariant::OtherForm;
    }
    return found;
}

} // namespace kith::match
