#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

// The genogram model: who is who in a family, drawn with the family. Plain data, no
// widgets and no storage; the editor changes it only through commands (genogram/editing),
// and layout, GEDCOM and the renderers read it.
namespace kith::genogram {

// How a person is drawn: a square for male, a circle for female, a diamond for a
// gender-diverse person or one whose sex is not known (shown in the legend).
enum class Sex { Female, Male, Diverse };

// A person who was never born alive is drawn small, by the symbol for the outcome.
enum class Pregnancy { None, Pregnant, Miscarriage, Termination, Stillbirth };

struct Person {
    QString id;
    // The person in the family record this is (empty for someone only on the genogram,
    // such as a grandparent or a person who has died). Name, date of birth and sex of a
    // linked person come from the family record: one source of truth.
    QString familyPersonId;
    QString name;
    Sex sex = Sex::Diverse;
    QDate dateOfBirth; // when known in full
    int birthYear = 0; // when only the year (or an age) is known; 0 = unknown
    bool deceased = false;
    int deathYear = 0; // 0 = unknown
    bool indexChild = false;
    Pregnancy pregnancy = Pregnancy::None;
    QString note;
    // Set when a person has been moved by hand; layout leaves them where they were put.
    std::optional<QPointF> pinnedAt;

    bool operator==(const Person&) const = default;
};

enum class UnionKind {
    Married,
    CivilPartnership,
    LivingTogether,
    Engaged,
    Separated,
    Divorced,
    Widowed,
};

// A couple relationship. The same person may be in several over time.
struct Union {
    QString id;
    QString partnerA;
    QString partnerB;
    UnionKind kind = UnionKind::Married;
    int startYear = 0; // 0 = unknown
    int endYear = 0;

    bool operator==(const Union&) const = default;
};

enum class ChildKind { Biological, Adopted, Fostered, Step, Kinship };

// A child's link to their parents (one or two; an unknown parent is empty). Layout draws
// it from the couple's line when the two parents have a union.
struct ChildLink {
    QString id;
    QString childId;
    QString parentA;
    QString parentB;
    ChildKind kind = ChildKind::Biological;
    // Children with the same non-empty twin group were born together.
    QString twinGroup;
    bool identicalTwins = false;

    bool operator==(const ChildLink&) const = default;
};

enum class Bond {
    Close,
    Fused, // very close
    Distant,
    Conflict,
    Hostile,
    CutOff,
    PhysicalAbuse,
    EmotionalAbuse,
    SexualAbuse,
    Neglect,
    CaringFor,
};

// An emotional relationship line between any two people. Abuse, neglect and caring for
// have a direction: from `from` to `to`. Emotional lines never move people in layout.
struct Relationship {
    QString id;
    QString from;
    QString to;
    Bond bond = Bond::Close;
    QString note;

    bool operator==(const Relationship&) const = default;
};

// Who lives together, drawn as a boundary around them.
struct Household {
    QString id;
    QString label;
    QStringList members;

    bool operator==(const Household&) const = default;
};

struct Genogram {
    QString id;
    QString familyId;
    QList<Person> people;
    QList<Union> unions;
    QList<ChildLink> children;
    QList<Relationship> relationships;
    QList<Household> households;

    const Person* person(const QString& personId) const;
    Person* person(const QString& personId);

    bool operator==(const Genogram&) const = default;
};

bool isDirected(Bond bond);

// The year a person was born: from the date of birth when known, else birthYear (0 = unknown).
int yearOfBirth(const Person& person);

// Takes a person off the genogram with everything that names them: their unions,
// their child links as the child, their relationships and household places; child links
// that name them as a parent keep the other parent.
void removePersonAndLinks(Genogram& genogram, const QString& personId);

} // namespace kith::genogram
