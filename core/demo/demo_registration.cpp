#include "demo/demo_registration.h"

#include "demo/demo_generator.h"
#include "demo/demo_names.h"

#include <QHash>

namespace kith::demo {
namespace {

// Heritages in the order of names::heritages().
enum Heritage { British, SouthAsian, Polish, WestAfrican, Somali, Caribbean, Romanian };

struct Weighted {
    const char* value;
    int weight;
};

template <std::size_t N>
QString draw(DemoRandom& random, const Weighted (&choices)[N]) {
    int total = 0;
    for (const Weighted& choice : choices)
        total += choice.weight;
    int roll = random.below(total);
    for (const Weighted& choice : choices) {
        if (roll < choice.weight)
            return QString::fromUtf8(choice.value);
        roll -= choice.weight;
    }
    return {};
}

const Weighted kEthnicities[][5] = {
    {{"white_british", 86},
     {"white_irish", 3},
     {"mixed_white_black_caribbean", 4},
     {"mixed_white_asian", 4},
     {"white_gypsy_irish_traveller", 3}},
    {{"asian_pakistani", 45},
     {"asian_bangladeshi", 25},
     {"asian_indian", 25},
     {"asian_other", 3},
     {"mixed_white_asian", 2}},
    {{"white_other", 100},
     {"white_other", 0},
     {"white_other", 0},
     {"white_other", 0},
     {"white_other", 0}},
    {{"black_african", 92},
     {"mixed_white_black_african", 5},
     {"black_other", 3},
     {"black_african", 0},
     {"black_african", 0}},
    {{"black_african", 97},
     {"other_arab", 3},
     {"black_african", 0},
     {"black_african", 0},
     {"black_african", 0}},
    {{"black_caribbean", 78},
     {"mixed_white_black_caribbean", 18},
     {"black_other", 4},
     {"black_caribbean", 0},
     {"black_caribbean", 0}},
    {{"white_other", 80},
     {"white_roma", 20},
     {"white_other", 0},
     {"white_other", 0},
     {"white_other", 0}},
};

// The language an adult prefers; English for everyone else.
const Weighted kLanguages[][4] = {
    {{"English", 100}, {"English", 0}, {"English", 0}, {"English", 0}},
    {{"English", 55}, {"Urdu", 20}, {"Bengali", 15}, {"Punjabi", 10}},
    {{"Polish", 70}, {"English", 30}, {"English", 0}, {"English", 0}},
    {{"English", 70}, {"Yoruba", 12}, {"Igbo", 10}, {"Twi", 8}},
    {{"Somali", 60}, {"English", 35}, {"Arabic", 5}, {"English", 0}},
    {{"English", 100}, {"English", 0}, {"English", 0}, {"English", 0}},
    {{"Romanian", 65}, {"English", 25}, {"Romani", 10}, {"English", 0}},
};

const char* const kGpPractices[] = {
    "Parkfield Surgery",     "Harbourside Medical Centre",    "Riverside Health Centre",
    "Orchard House Surgery", "Station Road Medical Practice", "Abbey Lane Surgery"};
const char* const kPrimarySchools[] = {"Parkfield Primary School", "St Mary's C of E Primary",
                                       "Hillside Primary School", "Oakwood Infant School"};
const char* const kSecondarySchools[] = {"Riverside Academy", "Torbay High School",
                                         "Kingsley Community College"};
const char* const kEarlyYears[] = {"Harbourside Children's Centre nursery",
                                   "Little Acorns Pre-school", "Rainbow Day Nursery"};
const Weighted kSend[] = {{"none", 80}, {"being_assessed", 5}, {"sen_support", 11}, {"ehcp", 4}};
const char* const kDisabilities[] = {"Autism",          "Hearing impairment",  "Uses a wheelchair",
                                     "Type 1 diabetes", "Learning disability", "Epilepsy"};
const Weighted kHowHeard[] = {
    {"health_visitor", 22},  {"school", 24}, {"gp", 8},     {"childrens_centre", 10},
    {"social_care", 8},      {"housing", 5}, {"police", 3}, {"voluntary", 5},
    {"friend_or_family", 9}, {"online", 6}};

Heritage heritageOf(const QString& familyName) {
    static const QHash<QString, int> byName = [] {
        QHash<QString, int> names;
        const auto& all = names::heritages();
        for (int h = 0; h < static_cast<int>(all.size()); ++h) {
            for (int i = 0; i < all[h].familyCount; ++i)
                names.insert(QString::fromUtf8(all[h].family[i]), h);
        }
        return names;
    }();
    return static_cast<Heritage>(byName.value(familyName, British));
}

// FNV-1a over the id, so that each family draws its own, repeatable sequence.
std::uint64_t seedOf(const QString& id) {
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (const QChar c : id) {
        hash ^= c.unicode();
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

bool isChild(const Person& person) {
    return person.unborn || person.role == PersonRole::Child ||
           person.role == PersonRole::YoungPerson;
}

QString relationshipOf(const Person& adult, const Person& child, DemoRandom& random,
                       const QString& familyName) {
    if (adult.role == PersonRole::OtherSignificant)
        return adult.gender == Gender::Female ? QStringLiteral("grandmother")
                                              : QStringLiteral("grandfather");
    if (adult.gender == Gender::Female)
        return QStringLiteral("mother");
    // A father with another surname is sometimes the children's stepfather, but the
    // baby on the way is his.
    if (!child.unborn && adult.familyName != familyName && random.chance(40))
        return QStringLiteral("step_father");
    return QStringLiteral("father");
}

} // namespace

void addDemoRegistration(FamilyRecord& record, const QDate& today) {
    DemoRandom random(seedOf(record.family.id));
    if (record.people.isEmpty())
        return;
    const QString familyName = record.people.front().familyName;
    const Heritage heritage = heritageOf(familyName);
    const QString ethnicity =
        random.chance(5) ? QStringLiteral("not_stated") : draw(random, kEthnicities[heritage]);
    const QString gp = QString::fromUtf8(random.pick(kGpPractices));
    record.family.howHeard = draw(random, kHowHeard);

    for (Person& person : record.people) {
        if (person.unborn)
            continue;
        person.ethnicity = ethnicity;
        person.gpPractice = random.chance(90) ? gp : QString::fromUtf8(random.pick(kGpPractices));
        if (random.chance(3))
            person.disability = QString::fromUtf8(random.pick(kDisabilities));
        if (isChild(person)) {
            person.language = QStringLiteral("English");
            const int age = person.ageOn(today);
            if (age >= 2 && age < 4)
                person.school = QString::fromUtf8(random.pick(kEarlyYears));
            else if (age >= 4 && age < 11)
                person.school = QString::fromUtf8(random.pick(kPrimarySchools));
            else if (age >= 11)
                person.school = QString::fromUtf8(random.pick(kSecondarySchools));
            if (age >= 2)
                person.send = draw(random, kSend);
            continue;
        }
        person.language = draw(random, kLanguages[heritage]);
        person.interpreterNeeded = person.language != QLatin1String("English") && random.chance(40);
    }
    for (const Person& adult : std::as_const(record.people)) {
        if (isChild(adult))
            continue;
        for (const Person& child : std::as_const(record.people)) {
            if (!isChild(child))
                continue;
            record.relationships.append({random.uuid(), record.family.id, adult.id, child.id,
                                         relationshipOf(adult, child, random, familyName)});
        }
    }
}

} // namespace kith::demo
