#pragma once

// An assessment form as data (resources/forms/*.json): sections in order, each with its
// fields, so that a council's form can differ without a code change. An assessment names
// the definition id and version it was made with. See docs/assessment-forms.md.

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kith::assessment {

enum class FieldKind {
    ShortText, // one line
    LongText,  // paragraphs
    Date,      // ISO 8601 day
    Choice,    // one of `options`
    Scale,     // a whole number from scaleMin to scaleMax
    Number,    // a number from numberMin to numberMax (attendance %, exclusions)
    YesNo,     // true or false
    PersonRef, // the id of a person of the family
    Repeating, // rows of `subfields`; one row per child when `perChild`
};

QString kindCode(FieldKind kind); // "short_text", "long_text", "date", "choice", ...
std::optional<FieldKind> kindFromCode(const QString& code);

// What a section shows: its own fields, or a record kept elsewhere in Kith that the form
// shows rather than asking for it again ("tell our story once").
enum class SectionKind {
    Fields,        // the section's own fields
    FamilyMembers, // the family record: people, relationships, unborn babies
    Involvements,  // the professionals and agencies working with the family
    Consent,       // the family's consent records (written or verbal)
    Genogram,      // the family's genogram
};

QString sectionKindCode(SectionKind kind); // "fields", "family_members", ...
std::optional<SectionKind> sectionKindFromCode(const QString& code);

struct ChoiceOption {
    QString code;
    QString label;
};

struct FieldDefinition {
    QString key; // [a-z0-9_]+, unique within its section (or its repeating field)
    FieldKind kind = FieldKind::ShortText;
    QString label;
    QString help;
    bool required = false;
    QList<ChoiceOption> options;          // Choice
    int scaleMin = 1, scaleMax = 10;      // Scale
    QString scaleMinLabel, scaleMaxLabel; // Scale: what the two ends mean
    bool baseline = false;                // Scale: the first score is kept as the baseline
    double numberMin = 0, numberMax = 0;  // Number
    QString unit;                         // Number: "%", shown after the value
    QList<FieldDefinition> subfields;     // Repeating
    bool perChild = false;                // Repeating: one row per child of the family
    // What kind of information the answer is, for consent (consent::categoryCode: "health",
    // "school", ...); empty: the section's. A per-child row is about that child.
    QString consentCategory;
    // Repeating: each row needs at least one of these subfields (e.g. the child's own views,
    // or what the practitioner observed for a baby or a child who does not use words).
    QStringList rowNeedsOneOf;

    const FieldDefinition* subfield(const QString& key) const;
    QString optionLabel(const QString& code) const;
};

// Questions offered beside a narrative section to guide the conversation (the restorative
// prompts: what happened, thoughts and feelings, impact, needs, ways forward).
struct GuidancePrompt {
    QString title;
    QStringList questions;
};

struct SectionDefinition {
    QString key;
    SectionKind kind = SectionKind::Fields;
    QString title;
    QString help;
    // For a shared section: whether the record must hold something before sign-off
    // (people in the family, consent in force).
    bool required = false;
    QString guidanceKey; // names a FormDefinition::guidance entry, or empty
    // What kind of information the section holds, for consent when it is shared or printed
    // (consent::categoryCode); empty: general information about the family.
    QString consentCategory;
    QList<FieldDefinition> fields;

    const FieldDefinition* field(const QString& key) const;
};

struct FormDefinition {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::FormDefinition)

public:
    QString id;      // "torbay-eha"
    int version = 0; // 1, 2, ...: a changed form is a new version; old ones are kept
    QString council;
    QString title;
    QList<SectionDefinition> sections;
    QHash<QString, QList<GuidancePrompt>> guidance;

    const SectionDefinition* section(const QString& key) const;
    // The field an answer path names ("story/past", "voice/children/<row>/views"), or
    // nullptr. For a repeating row's subfield, `repeating` is set to the row's field.
    const FieldDefinition* fieldAt(const QString& path,
                                   const FieldDefinition** repeating = nullptr) const;
    // "Our family story: What has happened in the past" (for diffs and lists).
    QString labelOf(const QString& path) const;

    // Parses and checks a definition; a failure names the source and the JSON path of the
    // fault (e.g. "torbay-eha-1.json: sections[5].fields[0].kind: ...").
    static Result<FormDefinition> fromJson(const QByteArray& json, const QString& sourceName);
};

// An answer path split into its parts. Simple fields: section/field. Repeating rows:
// section/field/row/subfield, where row is the child's person id for a per-child field.
struct AnswerPath {
    QString section, field, row, subfield;

    static std::optional<AnswerPath> parse(const QString& path);
    static QString make(const QString& section, const QString& field, const QString& row = {},
                        const QString& subfield = {});
    bool isRow() const { return !row.isEmpty(); }
};

} // namespace kith::assessment
