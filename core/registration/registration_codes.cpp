#include "registration/registration_codes.h"

#include <QStringList>
#include <algorithm>

namespace kith::registration {
namespace {

// Labels are marked with N() for lupdate and translated when the list is made.
#define N(text) QT_TRANSLATE_NOOP("kith::registration", text)

QString translated(const char* text) {
    return QCoreApplication::translate("kith::registration", text);
}

CodeLabel item(const char* code, const char* label) {
    return {QString::fromLatin1(code), translated(label)};
}

} // namespace

QList<CodeLabel> relationshipCodes() {
    return {
        item("mother", N("Mother")),
        item("father", N("Father")),
        item("step_mother", N("Stepmother")),
        item("step_father", N("Stepfather")),
        item("adoptive_mother", N("Adoptive mother")),
        item("adoptive_father", N("Adoptive father")),
        item("foster_carer", N("Foster carer")),
        item("kinship_carer", N("Kinship carer")),
        item("grandmother", N("Grandmother")),
        item("grandfather", N("Grandfather")),
        item("brother", N("Brother")),
        item("sister", N("Sister")),
        item("half_brother", N("Half-brother")),
        item("half_sister", N("Half-sister")),
        item("step_brother", N("Stepbrother")),
        item("step_sister", N("Stepsister")),
        item("aunt", N("Aunt")),
        item("uncle", N("Uncle")),
        item("partner_of_parent", N("Parent's partner")),
        item("family_friend", N("Family friend")),
        item("other", N("Other")),
    };
}

QList<EthnicGroup> ethnicGroups() {
    return {
        {translated(N("Asian, Asian British or Asian Welsh")),
         {item("asian_bangladeshi", N("Bangladeshi")), item("asian_chinese", N("Chinese")),
          item("asian_indian", N("Indian")), item("asian_pakistani", N("Pakistani")),
          item("asian_other", N("Any other Asian background"))}},
        {translated(N("Black, Black British, Black Welsh, Caribbean or African")),
         {item("black_african", N("African")), item("black_caribbean", N("Caribbean")),
          item("black_other", N("Any other Black, Black British or Caribbean background"))}},
        {translated(N("Mixed or Multiple ethnic groups")),
         {item("mixed_white_asian", N("White and Asian")),
          item("mixed_white_black_african", N("White and Black African")),
          item("mixed_white_black_caribbean", N("White and Black Caribbean")),
          item("mixed_other", N("Any other Mixed or Multiple ethnic background"))}},
        {translated(N("White")),
         {item("white_british", N("English, Welsh, Scottish, Northern Irish or British")),
          item("white_irish", N("Irish")),
          item("white_gypsy_irish_traveller", N("Gypsy or Irish Traveller")),
          item("white_roma", N("Roma")), item("white_other", N("Any other White background"))}},
        {translated(N("Other ethnic group")),
         {item("other_arab", N("Arab")), item("other_any", N("Any other ethnic group"))}},
    };
}

QList<CodeLabel> ethnicityCodes() {
    QList<CodeLabel> all;
    for (const EthnicGroup& group : ethnicGroups()) {
        for (const CodeLabel& category : group.categories)
            all.append({category.code, group.label + QStringLiteral(": ") + category.label});
    }
    all.append(item("not_stated", N("Prefers not to say")));
    return all;
}

QList<CodeLabel> sendCodes() {
    return {
        item("none", N("No special educational needs")),
        item("being_assessed", N("Needs being assessed")),
        item("sen_support", N("SEN support")),
        item("ehcp", N("Education, Health and Care Plan (EHCP)")),
    };
}

QList<CodeLabel> howHeardCodes() {
    return {
        item("health_visitor", N("Health visitor or midwife")),
        item("gp", N("GP or other health service")),
        item("school", N("School, college or nursery")),
        item("childrens_centre", N("Children's centre or family hub")),
        item("social_care", N("Children's social care")),
        item("housing", N("Housing")),
        item("police", N("Police")),
        item("voluntary", N("Voluntary or community group")),
        item("friend_or_family", N("Friend or family")),
        item("online", N("Website or social media")),
        item("other", N("Other")),
    };
}

QList<CodeLabel> phoneLabels() {
    return {item("mobile", N("Mobile")), item("home", N("Home")), item("work", N("Work")),
            item("other", N("Other"))};
}

bool isKnownCode(const QList<CodeLabel>& codes, const QString& code) {
    return std::any_of(codes.cbegin(), codes.cend(),
                       [&](const CodeLabel& entry) { return entry.code == code; });
}

QString labelOf(const QList<CodeLabel>& codes, const QString& code) {
    for (const CodeLabel& entry : codes) {
        if (entry.code == code)
            return entry.label;
    }
    return code;
}

QString codeListText(const QList<CodeLabel>& codes) {
    QStringList list;
    for (const CodeLabel& entry : codes)
        list.append(entry.code);
    return list.join(QStringLiteral(", "));
}

} // namespace kith::registration
