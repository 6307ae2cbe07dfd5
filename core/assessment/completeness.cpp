#include "assessment/completeness.h"

namespace kith::assessment {
namespace {

bool answered(const Answers& answers, const QString& path) {
    return isAnswered(answers.value(path));
}

// The rows a repeating field has: one per child for a per-child field, otherwise the rows
// that hold any answer.
QStringList rowsOf(const SectionDefinition& section, const FieldDefinition& field,
                   const Answers& answers, const FamilyContext& family) {
    QStringList rows;
    if (field.perChild) {
        for (const FamilyContext::Child& child : family.children)
            rows.append(child.id);
        return rows;
    }
    const QString prefix = AnswerPath::make(section.key, field.key) + QLatin1Char('/');
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const auto path = AnswerPath::parse(it.key());
        if (it.key().startsWith(prefix) && path && isAnswered(it.value()) &&
            !rows.contains(path->row))
            rows.append(path->row);
    }
    return rows;
}

class SectionCounter {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::Completeness)

public:
    SectionCounter(const SectionDefinition& section, const Answers& answers,
                   const FamilyContext& family)
        : m_section(section)
        , m_answers(answers)
        , m_family(family) {
        m_result.key = section.key;
        m_result.title = section.title;
    }

    SectionCompleteness count() {
        shared();
        for (const FieldDefinition& field : m_section.fields) {
            if (field.kind == FieldKind::Repeating)
                repeating(field);
            else if (field.required)
                need(answered(m_answers, AnswerPath::make(m_section.key, field.key)), field.label);
        }
        return m_result;
    }

private:
    void need(bool given, const QString& what) {
        ++m_result.required;
        if (given)
            ++m_result.given;
        else
            m_result.missing.append(what);
    }

    // A shared section is complete when the record it shows holds what the form needs.
    void shared() {
        if (!m_section.required)
            return;
        switch (m_section.kind) {
        case SectionKind::FamilyMembers:
            need(m_family.memberCount > 0, tr("add the people in the family to its record"));
            break;
        case SectionKind::Involvements:
            need(m_family.involvementCount > 0, tr("add the services working with the family"));
            break;
        case SectionKind::Consent:
            need(m_family.consentInForce, tr("record the family's consent (written or verbal)"));
            break;
        case SectionKind::Genogram:
            need(m_family.hasGenogram, tr("draw the family's genogram"));
            break;
        case SectionKind::Fields:
            break;
        }
    }

    void repeating(const FieldDefinition& field) {
        const QStringList rows = rowsOf(m_section, field, m_answers, m_family);
        if (field.required && rows.isEmpty()) {
            need(false, field.perChild
                            ? tr("%1: there are no children in the family record").arg(field.label)
                            : tr("%1: add at least one").arg(field.label));
            return;
        }
        for (const QString& row : rows) {
            const QString who = field.perChild ? m_family.nameOf(row) : field.label;
            const auto pathOf = [&](const QString& sub) {
                return AnswerPath::make(m_section.key, field.key, row, sub);
            };
            if (field.required && !field.rowNeedsOneOf.isEmpty()) {
                QStringList labels;
                bool any = false;
                for (const QString& sub : field.rowNeedsOneOf) {
                    labels.append(field.subfield(sub)->label);
                    any = any || answered(m_answers, pathOf(sub));
                }
                need(any, tr("%1: %2").arg(who, labels.join(tr(" or "))));
            }
            for (const FieldDefinition& sub : field.subfields) {
                if (sub.required)
                    need(answered(m_answers, pathOf(sub.key)), tr("%1: %2").arg(who, sub.label));
            }
        }
    }

    const SectionDefinition& m_section;
    const Answers& m_answers;
    const FamilyContext& m_family;
    SectionCompleteness m_result;
};

} // namespace

bool Completeness::isComplete() const {
    for (const SectionCompleteness& section : sections) {
        if (!section.isComplete())
            return false;
    }
    return true;
}

int Completeness::percent() const {
    int required = 0, given = 0;
    for (const SectionCompleteness& section : sections) {
        required += section.required;
        given += section.given;
    }
    return required == 0 ? 100 : (given * 100) / required;
}

QStringList Completeness::missing() const {
    QStringList all;
    for (const SectionCompleteness& section : sections) {
        for (const QString& what : section.missing)
            all.append(tr("%1: %2").arg(section.title, what));
    }
    return all;
}

Completeness Completeness::of(const FormDefinition& form, const Answers& answers,
                              const FamilyContext& family) {
    Completeness result;
    for (const SectionDefinition& section : form.sections)
        result.sections.append(SectionCounter(section, answers, family).count());
    return result;
}

} // namespace kith::assessment
