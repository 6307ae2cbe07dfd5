#include "assessment/form_definition.h"

#include "util/code_table.h"

namespace kith::assessment {
namespace {

constexpr CodeTable<FieldKind, 9> kKindCodes{{
    {FieldKind::ShortText, "short_text"},
    {FieldKind::LongText, "long_text"},
    {FieldKind::Date, "date"},
    {FieldKind::Choice, "choice"},
    {FieldKind::Scale, "scale"},
    {FieldKind::Number, "number"},
    {FieldKind::YesNo, "yes_no"},
    {FieldKind::PersonRef, "person"},
    {FieldKind::Repeating, "repeating"},
}};

constexpr CodeTable<SectionKind, 5> kSectionKindCodes{{
    {SectionKind::Fields, "fields"},
    {SectionKind::FamilyMembers, "family_members"},
    {SectionKind::Involvements, "involvements"},
    {SectionKind::Consent, "consent"},
    {SectionKind::Genogram, "genogram"},
}};

template <typename Item>
const Item* byKey(const QList<Item>& items, const QString& key) {
    for (const Item& item : items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

} // namespace

QString kindCode(FieldKind kind) {
    return codeOf(kKindCodes, kind);
}

std::optional<FieldKind> kindFromCode(const QString& code) {
    return valueOf(kKindCodes, code);
}

QString sectionKindCode(SectionKind kind) {
    return codeOf(kSectionKindCodes, kind);
}

std::optional<SectionKind> sectionKindFromCode(const QString& code) {
    return valueOf(kSectionKindCodes, code);
}

const FieldDefinition* FieldDefinition::subfield(const QString& subKey) const {
    return byKey(subfields, subKey);
}

QString FieldDefinition::optionLabel(const QString& code) const {
    for (const ChoiceOption& option : options) {
        if (option.code == code)
            return option.label;
    }
    return code;
}

const FieldDefinition* SectionDefinition::field(const QString& fieldKey) const {
    return byKey(fields, fieldKey);
}

const SectionDefinition* FormDefinition::section(const QString& key) const {
    return byKey(sections, key);
}

const FieldDefinition* FormDefinition::fieldAt(const QString& path,
                                               const FieldDefinition** repeating) const {
    const auto parts = AnswerPath::parse(path);
    if (!parts)
        return nullptr;
    const SectionDefinition* owner = section(parts->section);
    const FieldDefinition* field = owner ? owner->field(parts->field) : nullptr;
    if (!field)
        return nullptr;
    const bool rowPath = parts->isRow();
    if (rowPath != (field->kind == FieldKind::Repeating))
        return nullptr;
    if (!rowPath)
        return field;
    if (repeating)
        *repeating = field;
    return field->subfield(parts->subfield);
}

QString FormDefinition::labelOf(const QString& path) const {
    const auto parts = AnswerPath::parse(path);
    const SectionDefinition* owner = parts ? section(parts->section) : nullptr;
    if (!owner)
        return path;
    const FieldDefinition* repeating = nullptr;
    const FieldDefinition* field = fieldAt(path, &repeating);
    if (!field)
        return tr("%1: %2 (not on this version of the form)").arg(owner->title, path);
    if (repeating)
        return tr("%1: %2: %3").arg(owner->title, repeating->label, field->label);
    return tr("%1: %2").arg(owner->title, field->label);
}

std::optional<AnswerPath> AnswerPath::parse(const QString& path) {
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty())
            return std::nullopt;
    }
    if (parts.size() == 2)
        return AnswerPath{parts[0], parts[1], {}, {}};
    if (parts.size() == 4)
        return AnswerPath{parts[0], parts[1], parts[2], parts[3]};
    return std::nullopt;
}

QString AnswerPath::make(const QString& section, const QString& field, const QString& row,
                         const QString& subfield) {
    if (row.isEmpty())
        return section + QLatin1Char('/') + field;
    return QStringList{section, field, row, subfield}.join(QLatin1Char('/'));
}

} // namespace kith::assessment
