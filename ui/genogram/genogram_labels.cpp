#include "genogram_labels.h"

#include <QDate>

namespace kith::ui {

using namespace genogram;

QString GenogramLabels::sex(Sex value) {
    switch (value) {
    case Sex::Female:
        return tr("Female");
    case Sex::Male:
        return tr("Male");
    case Sex::Diverse:
        return tr("Gender-diverse or not known");
    }
    return {};
}

QString GenogramLabels::pregnancy(Pregnancy value) {
    switch (value) {
    case Pregnancy::None:
        return tr("Born");
    case Pregnancy::Pregnant:
        return tr("Pregnancy");
    case Pregnancy::Miscarriage:
        return tr("Miscarriage");
    case Pregnancy::Termination:
        return tr("Termination");
    case Pregnancy::Stillbirth:
        return tr("Stillbirth");
    }
    return {};
}

QString GenogramLabels::unionKind(UnionKind value) {
    switch (value) {
    case UnionKind::Married:
        return tr("Married");
    case UnionKind::CivilPartnership:
        return tr("Civil partnership");
    case UnionKind::LivingTogether:
        return tr("Living together");
    case UnionKind::Engaged:
        return tr("Engaged");
    case UnionKind::Separated:
        return tr("Separated");
    case UnionKind::Divorced:
        return tr("Divorced");
    case UnionKind::Widowed:
        return tr("Widowed");
    }
    return {};
}

QString GenogramLabels::childKind(ChildKind value) {
    switch (value) {
    case ChildKind::Biological:
        return tr("Birth child");
    case ChildKind::Adopted:
        return tr("Adopted");
    case ChildKind::Fostered:
        return tr("Fostered");
    case ChildKind::Step:
        return tr("Stepchild");
    case ChildKind::Kinship:
        return tr("Kinship care");
    }
    return {};
}

QString GenogramLabels::bond(Bond value) {
    switch (value) {
    case Bond::Close:
        return tr("Close");
    case Bond::Fused:
        return tr("Very close");
    case Bond::Distant:
        return tr("Distant");
    case Bond::Conflict:
        return tr("Conflict");
    case Bond::Hostile:
        return tr("Hostile");
    case Bond::CutOff:
        return tr("Cut off");
    case Bond::PhysicalAbuse:
        return tr("Physical abuse");
    case Bond::EmotionalAbuse:
        return tr("Emotional abuse");
    case Bond::SexualAbuse:
        return tr("Sexual abuse");
    case Bond::Neglect:
        return tr("Neglect");
    case Bond::CaringFor:
        return tr("Caring for");
    }
    return {};
}

QStringList GenogramLabels::unionYears(const Union& couple) {
    QStringList parts;
    if (couple.startYear > 0) {
        switch (couple.kind) {
        case UnionKind::Married:
        case UnionKind::Separated:
        case UnionKind::Divorced:
        case UnionKind::Widowed:
            parts << tr("m. %1").arg(couple.startYear);
            break;
        case UnionKind::CivilPartnership:
            parts << tr("cp. %1").arg(couple.startYear);
            break;
        case UnionKind::LivingTogether:
            parts << tr("lt. %1").arg(couple.startYear);
            break;
        case UnionKind::Engaged:
            parts << tr("eng. %1").arg(couple.startYear);
            break;
        }
    }
    if (couple.endYear > 0) {
        switch (couple.kind) {
        case UnionKind::Divorced:
            parts << tr("div. %1").arg(couple.endYear);
            break;
        case UnionKind::Widowed:
            parts << tr("wid. %1").arg(couple.endYear);
            break;
        default:
            parts << tr("sep. %1").arg(couple.endYear);
            break;
        }
    }
    return parts;
}

QStringList GenogramLabels::personLines(const Person& person) {
    QStringList lines;
    if (!person.name.isEmpty())
        lines << person.name;
    const int born = person.dateOfBirth.isValid() ? person.dateOfBirth.year() : person.birthYear;
    if (person.deceased)
        lines << (born > 0               ? tr("%1–%2").arg(born).arg(person.deathYear > 0
                                                                         ? QString::number(person.deathYear)
                                                                         : QStringLiteral("?"))
                  : person.deathYear > 0 ? tr("d. %1").arg(person.deathYear)
                                         : tr("died"));
    else if (born > 0)
        lines << tr("b. %1").arg(born);
    return lines;
}

int GenogramLabels::age(const Person& person, const QDate& today) {
    if (person.deceased || person.pregnancy != Pregnancy::None)
        return -1;
    if (person.dateOfBirth.isValid()) {
        int years = today.year() - person.dateOfBirth.year();
        if (QDate(today.year(), person.dateOfBirth.month(), 1)
                .addDays(person.dateOfBirth.day() - 1) > today)
            --years;
        return years >= 0 ? years : -1;
    }
    return person.birthYear > 0 ? std::max(0, today.year() - person.birthYear) : -1;
}

QList<Sex> GenogramLabels::allSexes() {
    return {Sex::Female, Sex::Male, Sex::Diverse};
}
QList<Pregnancy> GenogramLabels::allPregnancies() {
    return {Pregnancy::None, Pregnancy::Pregnant, Pregnancy::Miscarriage, Pregnancy::Termination,
            Pregnancy::Stillbirth};
}
QList<UnionKind> GenogramLabels::allUnionKinds() {
    return {UnionKind::Married, UnionKind::CivilPartnership, UnionKind::LivingTogether,
            UnionKind::Engaged, UnionKind::Separated,        UnionKind::Divorced,
            UnionKind::Widowed};
}
QList<ChildKind> GenogramLabels::allChildKinds() {
    return {ChildKind::Biological, ChildKind::Adopted, ChildKind::Fostered, ChildKind::Step,
            ChildKind::Kinship};
}
QList<Bond> GenogramLabels::allBonds() {
    return {Bond::Close,       Bond::Fused,   Bond::Distant,       Bond::Conflict,
            Bond::Hostile,     Bond::CutOff,  Bond::PhysicalAbuse, Bond::EmotionalAbuse,
            Bond::SexualAbuse, Bond::Neglect, Bond::CaringFor};
}

} // namespace kith::ui
