#include "documents/assessment_family_copy.h"

#include "assessment/assessment_deadline.h"
#include "assessment/field_values.h"
#include "consent/family_people.h"
#include "documents/genogram_image.h"
#include "genogram/genogram_store.h"
#include "store/family_store.h"

#include <functional>

namespace kith::documents {
namespace {

using namespace assessment;
using Part = std::function<void()>;

// Builds one copy: the parts of each section that the reader may see, in the form's order.
class CopyBuilder {
    Q_DECLARE_TR_FUNCTIONS(kith::documents::AssessmentFamilyCopy)

public:
    CopyBuilder(Database& database, const AssessmentStore& store, const Assessment& assessment,
                const FormDefinition& form, const FamilyRecord& record, CopySharing& sharing)
        : m_database(database)
        , m_store(store)
        , m_assessment(assessment)
        , m_form(form)
        , m_record(record)
        , m_family(FamilyContext::load(database.connection(), assessment.familyId))
        , m_answers(store.answers(assessment.id))
        , m_sharing(sharing)
        , m_copy(form.title) {}

    FamilyCopyDocument build() {
        m_copy.setFamily(m_record.family.name);
        m_copy.setPrinted(m_database.clock().today(), m_sharing.reader().name);
        // Decide everything first: the note at the top lists what was left out.
        QList<std::pair<QString, QList<Part>>> sections;
        if (!m_sharing.nothingMayBeShown()) {
            sections.append({tr("About this assessment"), summary()});
            for (const SectionDefinition& section : m_form.sections)
                sections.append({section.title, sectionParts(section)});
            sections.append({tr("What the family says about the assessment"), agreement()});
            sections.append({tr("Signing off the assessment"), signOff()});
            sections.append({tr("Who contributed"), contributors()});
        }
        if (const QString note = m_sharing.note(); !note.isEmpty())
            m_copy.addNote(note);
        for (const auto& [heading, parts] : sections) {
            if (parts.isEmpty())
                continue;
            m_copy.addHeading(heading);
            for (const Part& part : parts)
                part();
        }
        return m_copy;
    }

private:
    QList<Part> summary() {
        const AssessmentDeadline deadline = dueDate(m_database, m_assessment);
        QString status = AssessmentLabels::status(m_assessment.status);
        if (m_assessment.version > 1)
            status = tr("%1 (version %2)").arg(status).arg(m_assessment.version);
        QList<Part> parts{
            [this, status] { m_copy.addAnswer(tr("Where the assessment is up to"), status); },
            [this] {
                m_copy.addAnswer(tr("Started on"),
                                 FamilyCopyDocument::dateText(m_assessment.startedAt.date()));
            }};
        if (deadline.dueDate.isValid())
            parts.append([this, deadline] {
                m_copy.addAnswer(tr("To be finished by"),
                                 FamilyCopyDocument::dateText(deadline.dueDate));
            });
        return parts;
    }

    QList<Part> sectionParts(const SectionDefinition& section) {
        // What is about one person is decided for that person; the rest for the family.
        QList<Part> parts;
        const QString& category = section.consentCategory;
        switch (section.kind) {
        case SectionKind::FamilyMembers:
            parts.append(members(category));
            break;
        case SectionKind::Involvements:
            parts.append(involvements(category));
            break;
        case SectionKind::Consent:
            if (m_sharing.mayShow(category))
                parts.append([this] { m_copy.addParagraph(consentText()); });
            break;
        case SectionKind::Genogram:
            if (m_sharing.mayShow(category))
                parts.append(genogram());
            break;
        case SectionKind::Fields:
            break;
        }
        for (const FieldDefinition& field : section.fields) {
            const QString& own = field.consentCategory.isEmpty() ? category : field.consentCategory;
            if (field.kind == FieldKind::Repeating)
                parts.append(rows(section, field, own));
            else if (m_sharing.mayShow(own))
                parts.append(answer(field, AnswerPath::make(section.key, field.key)));
        }
        return parts;
    }

    Part answer(const FieldDefinition& field, const QString& path) {
        QString text = answerText(field, m_answers.value(path));
        if (field.baseline) {
            const QJsonValue first = m_store.firstValue(m_assessment.id, path);
            if (isAnswered(first) && first != m_answers.value(path))
                text +=
                    QLatin1Char('\n') + tr("The first score was %1.").arg(answerText(field, first));
        }
        return [this, label = field.label, text] {
            m_copy.addAnswer(label, text);
        };
    }

    QString answerText(const FieldDefinition& field, const QJsonValue& value) const {
        if (!isAnswered(value))
            return {};
        if (field.kind == FieldKind::Scale)
            return tr("%1 out of %2 (%3 = %4, %2 = %5)")
                .arg(QString::number(value.toInt()), QString::number(field.scaleMax),
                     QString::number(field.scaleMin), field.scaleMinLabel, field.scaleMaxLabel);
        return FieldValues::text(field, value, m_family);
    }

    // One entry per child (about that child), or the rows the answers hold.
    QList<Part> rows(const SectionDefinition& section, const FieldDefinition& field,
                     const QString& category) {
        QList<std::pair<QString, QString>> entries; // row id, heading
        if (field.perChild) {
            for (const FamilyContext::Child& child : m_family.children)
                entries.append({child.id, child.name});
        } else {
            const QString prefix = AnswerPath::make(section.key, field.key) + QLatin1Char('/');
            for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
                const auto path = AnswerPath::parse(it.key());
                if (it.key().startsWith(prefix) && path &&
                    (entries.isEmpty() || entries.last().first != path->row))
                    entries.append({path->row, tr("Entry %1").arg(entries.size() + 1)});
            }
        }
        QList<Part> parts;
        for (const auto& [row, heading] : entries) {
            if (!m_sharing.mayShow(category, field.perChild ? row : QString()))
                continue;
            QList<std::pair<QString, QString>> said;
            for (const FieldDefinition& sub : field.subfields) {
                const QJsonValue value =
                    m_answers.value(AnswerPath::make(section.key, field.key, row, sub.key));
                if (isAnswered(value))
                    said.append({sub.label, answerText(sub, value)});
            }
            parts.append([this, heading, said] {
                m_copy.addSubheading(heading);
                if (said.isEmpty())
                    m_copy.addParagraph(tr("Nothing has been written here yet."));
                for (const auto& [label, text] : said)
                    m_copy.addAnswer(label, text);
            });
        }
        return parts;
    }

    QList<Part> members(const QString& category) {
        QList<QStringList> rows;
        for (const Person& person : m_record.people) {
            if (!m_sharing.mayShow(category, person.id))
                continue;
            QString who = person.unborn ? tr("Unborn baby") : roleLabel(person.role);
            if (!person.relationshipToFamily.isEmpty())
                who = tr("%1 (%2)").arg(who, person.relationshipToFamily);
            const QString born =
                person.unborn ? tr("Expected %1")
                                    .arg(FamilyCopyDocument::dateText(person.expectedDeliveryDate))
                              : FamilyCopyDocument::dateText(person.dateOfBirth);
            rows.append({m_record.displayNameOf(person), who, born});
        }
        if (rows.isEmpty())
            return {};
        return {[this, rows] {
            m_copy.addTable({tr("Name"), tr("Who they are"), tr("Born")}, rows);
        }};
    }

    QList<Part> involvements(const QString& category) {
        FamilyStore families(m_database);
        QStringList lines;
        bool leftOut = false;
        for (const Involvement& involvement : m_record.involvements) {
            if (!involvement.isActive())
                continue;
            if (!m_sharing.mayShow(category, involvement.personId)) {
                leftOut = true;
                continue;
            }
            const auto agency = families.agency(involvement.agencyId);
            const auto professional = families.professional(involvement.professionalId);
            QString line = agency ? agency->name : tr("A service");
            if (professional)
                line = tr("%1: %2").arg(line, professional->name);
            if (!involvement.purpose.isEmpty())
                line = tr("%1 (%2)").arg(line, involvement.purpose);
            lines.append(line);
        }
        // "No one" would not be true when some were left out: then the section says nothing.
        if (lines.isEmpty() && leftOut)
            return {};
        return {[this, lines] {
            if (lines.isEmpty())
                m_copy.addParagraph(tr("No other services are working with the family now."));
            else
                m_copy.addBullets(lines);
        }};
    }

    QString consentText() const {
        if (!m_family.consentInForce)
            return tr("There is no consent in force at the moment.");
        const QString day = FamilyCopyDocument::dateText(m_family.consentGivenOn);
        return m_family.consentMethodCode == QLatin1String("verbal")
                   ? tr("The family gave their consent by talking it through on %1.").arg(day)
                   : tr("The family gave their consent in writing on %1.").arg(day);
    }

    Part genogram() {
        const genogram::GenogramStore genograms(m_database);
        if (!genograms.exists(m_assessment.familyId))
            return [this] {
                m_copy.addParagraph(tr("There is no genogram for this family yet. It can be "
                                       "drawn with the family at the next visit."));
            };
        const auto loaded = genograms.load(m_assessment.familyId);
        const QImage image =
            loaded ? genogramImage(loaded.value(), m_database.clock().today()) : QImage();
        return [this, image] {
            if (image.isNull())
                m_copy.addParagraph(tr("The genogram could not be drawn for this copy."));
            else
                m_copy.addPicture(image, tr("Our family genogram, with its key"));
        };
    }

    QList<Part> agreement() {
        if (!m_sharing.mayShow({}))
            return {};
        QList<std::pair<QString, QString>> entries;
        for (const FamilyAgreement& said : m_store.agreements(m_assessment.id)) {
            const QString who = m_family.nameOf(said.personId);
            const QString label =
                tr("%1, %2").arg(who.isEmpty() ? tr("The family") : who,
                                 FamilyCopyDocument::dateText(said.recordedAt.date()));
            QString text = AssessmentLabels::agreement(said.agreement) + QLatin1Char('.');
            if (!said.comments.trimmed().isEmpty())
                text += QLatin1Char('\n') + tr("In their words: \u201c%1\u201d").arg(said.comments);
            entries.append({label, text});
        }
        return {[this, entries] {
            if (entries.isEmpty())
                m_copy.addParagraph(tr("The family has not said yet whether they agree."));
            for (const auto& [label, text] : entries)
                m_copy.addAnswer(label, text);
        }};
    }

    QString professionalName(const QString& id) const {
        const auto found = consent::loadProfessional(m_database.connection(), id);
        if (!found)
            return id;
        QString name = found->professional.name;
        if (!found->professional.jobTitle.isEmpty())
            name = tr("%1, %2").arg(name, found->professional.jobTitle);
        if (!found->agencyName.isEmpty())
            name = tr("%1 (%2)").arg(name, found->agencyName);
        return name;
    }

    // The steps between professionals, in plain words, with a manager's comments.
    QList<Part> signOff() {
        QStringList steps;
        for (const Review& review : m_store.reviews(m_assessment.id)) {
            const QString day = FamilyCopyDocument::dateText(review.at.date());
            const QString by = professionalName(review.by);
            QString step;
            switch (review.action) {
            case ReviewAction::Submitted:
                step = tr("%1: sent to a manager to be signed off, by %2.").arg(day, by);
                break;
            case ReviewAction::Approved:
                step = tr("%1: signed off by %2.").arg(day, by);
                break;
            case ReviewAction::Returned:
                step = tr("%1: sent back by %2 for some changes.").arg(day, by);
                break;
            }
            if (!review.comments.trimmed().isEmpty())
                step +=
                    QLatin1Char(' ') + tr("Their comments: \u201c%1\u201d").arg(review.comments);
            steps.append(step);
        }
        return {[this, steps] {
            if (steps.isEmpty())
                m_copy.addParagraph(tr("The assessment has not been sent to be signed off yet."));
            else
                m_copy.addBullets(steps);
        }};
    }

    QList<Part> contributors() {
        QStringList names;
        for (const Contribution& contribution : m_store.contributions(m_assessment.id)) {
            const QString name = professionalName(contribution.by);
            if (!names.contains(name))
                names.append(name);
        }
        if (names.isEmpty())
            return {};
        return {[this, names] {
            m_copy.addBullets(names);
        }};
    }

    Database& m_database;
    const AssessmentStore& m_store;
    const Assessment& m_assessment;
    const FormDefinition& m_form;
    const FamilyRecord& m_record;
    const FamilyContext m_family;
    const Answers m_answers;
    CopySharing& m_sharing;
    FamilyCopyDocument m_copy;
};

} // namespace

Result<FamilyCopyDocument> AssessmentFamilyCopy::build(Database& database,
                                                       const AssessmentStore& store,
                                                       const Assessment& assessment,
                                                       CopySharing& sharing) {
    using R = Result<FamilyCopyDocument>;
    const auto opened = store.formOf(assessment);
    if (!opened)
        return R::fail(opened.error());
    const auto record = FamilyStore(database).loadFamily(assessment.familyId);
    if (!record)
        return R::fail(tr("There is no family with the id %1.").arg(assessment.familyId));
    CopyBuilder builder(database, store, assessment, *opened.value().definition, *record, sharing);
    return R::ok(builder.build());
}

QString AssessmentFamilyCopy::purpose() {
    return tr("Early Help Assessment family copy (PDF)");
}

} // namespace kith::documents
