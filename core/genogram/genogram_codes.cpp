#include "genogram/genogram_codes.h"

#include "util/code_table.h"

namespace kith::genogram {
namespace {

constexpr CodeTable<Sex, 3> kSexCodes{{
    {Sex::Female, "female"},
    {Sex::Male, "male"},
    {Sex::Diverse, "diverse"},
}};

constexpr CodeTable<Pregnancy, 5> kPregnancyCodes{{
    {Pregnancy::None, "none"},
    {Pregnancy::Pregnant, "pregnant"},
    {Pregnancy::Miscarriage, "miscarriage"},
    {Pregnancy::Termination, "termination"},
    {Pregnancy::Stillbirth, "stillbirth"},
}};

constexpr CodeTable<UnionKind, 7> kUnionCodes{{
    {UnionKind::Married, "married"},
    {UnionKind::CivilPartnership, "civil_partnership"},
    {UnionKind::LivingTogether, "living_together"},
    {UnionKind::Engaged, "engaged"},
    {UnionKind::Separated, "separated"},
    {UnionKind::Divorced, "divorced"},
    {UnionKind::Widowed, "widowed"},
}};

constexpr CodeTable<ChildKind, 5> kChildCodes{{
    {ChildKind::Biological, "biological"},
    {ChildKind::Adopted, "adopted"},
    {ChildKind::Fostered, "fostered"},
    {ChildKind::Step, "step"},
    {ChildKind::Kinship, "kinship"},
}};

constexpr CodeTable<Bond, 11> kBondCodes{{
    {Bond::Close, "close"},
    {Bond::Fused, "fused"},
    {Bond::Distant, "distant"},
    {Bond::Conflict, "conflict"},
    {Bond::Hostile, "hostile"},
    {Bond::CutOff, "cut_off"},
    {Bond::PhysicalAbuse, "physical_abuse"},
    {Bond::EmotionalAbuse, "emotional_abuse"},
    {Bond::SexualAbuse, "sexual_abuse"},
    {Bond::Neglect, "neglect"},
    {Bond::CaringFor, "caring_for"},
}};

} // namespace

QString sexCode(Sex sex) {
    return codeOf(kSexCodes, sex);
}
std::optional<Sex> sexFromCode(const QString& code) {
    return valueOf(kSexCodes, code);
}
QString pregnancyCode(Pregnancy pregnancy) {
    return codeOf(kPregnancyCodes, pregnancy);
}
std::optional<Pregnancy> pregnancyFromCode(const QString& code) {
    return valueOf(kPregnancyCodes, code);
}
QString unionKindCode(UnionKind kind) {
    return codeOf(kUnionCodes, kind);
}
std::optional<UnionKind> unionKindFromCode(const QString& code) {
    return valueOf(kUnionCodes, code);
}
QString childKindCode(ChildKind kind) {
    return codeOf(kChildCodes, kind);
}
std::optional<ChildKind> childKindFromCode(const QString& code) {
    return valueOf(kChildCodes, code);
}
QString bondCode(Bond bond) {
    return codeOf(kBondCodes, bond);
}
std::optional<Bond> bondFromCode(const QString& code) {
    return valueOf(kBondCodes, code);
}

} // namespace kith::genogram
