// Reading a form definition from JSON. Every fault names the JSON path of the value at
// fault, so that whoever edits a council's form can find it.
#include "assessment/form_definition.h"
#include "consent/consent_model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace kith::assessment {
namespace {

bool isKey(const QString& key) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]+$"));
    return pattern.match(key).hasMatch();
}

// Reads one definition; the first fault found is kept with its path.
class DefinitionReader {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::FormDefinition)

public:
    QString error;

    bool fail(const QString& path, const QString& message) {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + message;
        return false;
    }

    bool text(const QJsonObject& object, const QString& path, const char* name, QString& out,
              bool required = true) {
        const QJsonValue value = object.value(QLatin1String(name));
        const QString at = path + QLatin1Char('.') + QLatin1String(name);
        if (value.isUndefined() && !required)
            return true;
        if (!value.isString() || (required && value.toString().trimmed().isEmpty()))
            return fail(at, tr("give this as text; it cannot be empty"));
        out = value.toString();
        return true;
    }

    bool key(const QJsonObject& object, const QString& path, QString& out) {
        if (!text(object, path, "key", out))
            return false;
        if (!isKey(out))
            return fail(path + QStringLiteral(".key"),
                        tr("\"%1\" is not a key: use lower-case letters, digits and _").arg(out));
        return true;
    }

    bool number(const QJsonObject& object, const QString& path, const char* name, double& out) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isDouble())
            return fail(path + QLatin1Char('.') + QLatin1String(name), tr("give this as a number"));
        out = value.toDouble();
        return true;
    }

    // Optional "consent_category": one of the consent categories (the answer does not change).
    bool consentCategory(const QJsonObject& object, const QString& path, QString& out) {
        if (!text(object, path, "consent_category", out, false))
            return false;
        if (out.isEmpty() || consent::categoryFromCode(out))
            return true;
        QStringList codes;
        for (consent::Category category : consent::allCategories())
            codes.append(consent::categoryCode(category));
        return fail(path + QStringLiteral(".consent_category"),
                    tr("\"%1\" is not a consent category: use %2")
                        .arg(out, codes.join(QStringLiteral(", "))));
    }

    bool options(const QJsonObject& object, const QString& path, FieldDefinition& field) {
        const QJsonArray list = object.value(QStringLiteral("options")).toArray();
        if (list.isEmpty())
            return fail(path + QStringLiteral(".options"), tr("a choice needs its options"));
        QSet<QString> codes;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("%1.options[%2]").arg(path).arg(i);
            ChoiceOption option;
            if (!text(list[i].toObject(), at, "code", option.code) ||
                !text(list[i].toObject(), at, "label", option.label))
                return false;
            if (codes.contains(option.code))
                return fail(at + QStringLiteral(".code"),
                            tr("the code \"%1\" is used twice").arg(option.code));
            codes.insert(option.code);
            field.options.append(option);
        }
        return true;
    }

    bool scale(const QJsonObject& object, const QString& path, FieldDefinition& field) {
        double low = 0, high = 0;
        if (!number(object, path, "min", low) || !number(object, path, "max", high))
            return false;
        field.scaleMin = static_cast<int>(low);
        field.scaleMax = static_cast<int>(high);
        if (field.scaleMin != low || field.scaleMax != high || field.scaleMin >= field.scaleMax)
            return fail(path + QStringLiteral(".max"),
                        tr("a scale runs between two whole numbers, the smaller first"));
        field.baseline = object.value(QStringLiteral("baseline")).toBool();
        return text(object, path, "min_label", field.scaleMinLabel) &&
               text(object, path, "max_label", field.scaleMaxLabel);
    }

    bool numberRange(const QJsonObject& object, const QString& path, FieldDefinition& field) {
        if (!number(object, path, "min", field.numberMin) ||
            !number(object, path, "max", field.numberMax))
            return false;
        if (field.numberMin >= field.numberMax)
            return fail(path + QStringLiteral(".max"), tr("the largest value must be above the "
                                                          "smallest"));
        return text(object, path, "unit", field.unit, false);
    }

    bool rows(const QJsonObject& object, const QString& path, FieldDefinition& field) {
        field.perChild = object.value(QStringLiteral("per_child")).toBool();
        if (!fields(object, path, field.subfields, false))
            return false;
        if (field.subfields.isEmpty())
            return fail(path + QStringLiteral(".fields"), tr("repeating rows need their fields"));
        const QJsonArray oneOf = object.value(QStringLiteral("row_needs_one_of")).toArray();
        for (qsizetype i = 0; i < oneOf.size(); ++i) {
            const QString sub = oneOf[i].toString();
            if (!field.subfield(sub))
                return fail(QStringLiteral("%1.row_needs_one_of[%2]").arg(path).arg(i),
                            tr("\"%1\" is not one of this field's fields").arg(sub));
            field.rowNeedsOneOf.append(sub);
        }
        return true;
    }

    bool field(const QJsonObject& object, const QString& path, FieldDefinition& out,
               bool allowRepeating) {
        QString kind;
        if (!key(object, path, out.key) || !text(object, path, "label", out.label) ||
            !text(object, path, "help", out.help, false) || !text(object, path, "kind", kind) ||
            !consentCategory(object, path, out.consentCategory))
            return false;
        const auto parsed = kindFromCode(kind);
        if (!parsed)
            return fail(path + QStringLiteral(".kind"),
                        tr("\"%1\" is not a field kind: use short_text, long_text, date, "
                           "choice, scale, number, yes_no, person or repeating")
                            .arg(kind));
        out.kind = *parsed;
        out.required = object.value(QStringLiteral("required")).toBool();
        switch (out.kind) {
        case FieldKind::Choice:
            return options(object, path, out);
        case FieldKind::Scale:
            return scale(object, path, out);
        case FieldKind::Number:
            return numberRange(object, path, out);
        case FieldKind::Repeating:
            if (!allowRepeating)
                return fail(path + QStringLiteral(".kind"),
                            tr("repeating rows cannot hold repeating rows"));
            return rows(object, path, out);
        default:
            return true;
        }
    }

    bool fields(const QJsonObject& owner, const QString& path, QList<FieldDefinition>& out,
                bool allowRepeating) {
        const QJsonArray list = owner.value(QStringLiteral("fields")).toArray();
        QSet<QString> keys;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("%1.fields[%2]").arg(path).arg(i);
            FieldDefinition definition;
            if (!field(list[i].toObject(), at, definition, allowRepeating))
                return false;
            if (keys.contains(definition.key))
                return fail(at + QStringLiteral(".key"),
                            tr("the key \"%1\" is used twice").arg(definition.key));
            keys.insert(definition.key);
            out.append(definition);
        }
        return true;
    }

    bool guidance(const QJsonObject& root, FormDefinition& form) {
        const QJsonObject sets = root.value(QStringLiteral("guidance")).toObject();
        for (auto set = sets.begin(); set != sets.end(); ++set) {
            const QJsonArray prompts = set.value().toArray();
            QList<GuidancePrompt> list;
            for (qsizetype i = 0; i < prompts.size(); ++i) {
                const QString at = QStringLiteral("guidance.%1[%2]").arg(set.key()).arg(i);
                GuidancePrompt prompt;
                if (!text(prompts[i].toObject(), at, "title", prompt.title))
                    return false;
                for (const QJsonValue& question :
                     prompts[i].toObject().value(QStringLiteral("questions")).toArray())
                    prompt.questions.append(question.toString());
                list.append(prompt);
            }
            form.guidance.insert(set.key(), list);
        }
        return true;
    }

    bool section(const QJsonObject& object, const QString& path, const FormDefinition& form,
                 SectionDefinition& out) {
        QString kind = QStringLiteral("fields");
        if (!key(object, path, out.key) || !text(object, path, "title", out.title) ||
            !text(object, path, "help", out.help, false) ||
            !text(object, path, "kind", kind, false) ||
            !text(object, path, "guidance", out.guidanceKey, false) ||
            !consentCategory(object, path, out.consentCategory))
            return false;
        const auto parsed = sectionKindFromCode(kind);
        if (!parsed)
            return fail(path + QStringLiteral(".kind"),
                        tr("\"%1\" is not a section kind: use fields, family_members, "
                           "involvements, consent or genogram")
                            .arg(kind));
        out.kind = *parsed;
        out.required = object.value(QStringLiteral("required")).toBool();
        if (!out.guidanceKey.isEmpty() && !form.guidance.contains(out.guidanceKey))
            return fail(path + QStringLiteral(".guidance"),
                        tr("there is no guidance called \"%1\"").arg(out.guidanceKey));
        if (!fields(object, path, out.fields, true))
            return false;
        if (out.kind == SectionKind::Fields && out.fields.isEmpty())
            return fail(path + QStringLiteral(".fields"), tr("a section needs its fields"));
        return true;
    }

    bool read(const QJsonObject& root, FormDefinition& form) {
        double version = 0;
        if (!text(root, QStringLiteral("$"), "id", form.id) ||
            !number(root, QStringLiteral("$"), "version", version) ||
            !text(root, QStringLiteral("$"), "council", form.council) ||
            !text(root, QStringLiteral("$"), "title", form.title) || !guidance(root, form))
            return false;
        form.version = static_cast<int>(version);
        if (form.version < 1 || form.version != version)
            return fail(QStringLiteral("$.version"), tr("the version is a whole number from 1"));
        const QJsonArray list = root.value(QStringLiteral("sections")).toArray();
        if (list.isEmpty())
            return fail(QStringLiteral("$.sections"), tr("a form needs its sections"));
        QSet<QString> keys;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("sections[%1]").arg(i);
            SectionDefinition definition;
            if (!section(list[i].toObject(), at, form, definition))
                return false;
            if (keys.contains(definition.key))
                return fail(at + QStringLiteral(".key"),
                            tr("the key \"%1\" is used twice").arg(definition.key));
            keys.insert(definition.key);
            form.sections.append(definition);
        }
        return true;
    }
};

} // namespace

Result<FormDefinition> FormDefinition::fromJson(const QByteArray& json, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Result<FormDefinition>::fail(
            tr("%1: this is not a form definition (JSON object): %2 at character %3")
                .arg(sourceName, parseError.errorString())
                .arg(parseError.offset));
    FormDefinition form;
    DefinitionReader reader;
    if (!reader.read(document.object(), form))
        return Result<FormDefinition>::fail(sourceName + QStringLiteral(": ") + reader.error);
    return Result<FormDefinition>::ok(std::move(form));
}

} // namespace kith::assessment
