#include "consent/restriction_dialog.h"

#include "consent/consent_rules.h"
#include "consent/consent_store.h"
#include "due/due_report.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace kith::ui {

using consent::AudienceKind;

RestrictionDialog::RestrictionDialog(consent::ConsentStore& consents,
                                     journey::JourneyStore& journeys, const Database& database,
                                     const consent::FamilySharing& family, QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_consents(consents)
    , m_family(family) {
    setObjectName(QStringLiteral("restrictionDialog"));
    setWindowTitle(tr("Something the family does not want shared"));
    m_category = new QComboBox(this);
    for (consent::Category category : consent::allCategories())
        m_category->addItem(consent::ConsentLabels::category(category),
                            consent::categoryCode(category));
    addField(tr("Do not &share:"), m_category, QStringLiteral("restrictionCategory"));
    m_about = new QComboBox(this);
    m_about->addItem(tr("about anyone in the family"), QString());
    m_requestedBy = new QComboBox(this);
    m_requestedBy->addItem(tr("The family"), QString());
    for (const Person& person : family.people().people()) {
        if (person.unborn)
            continue;
        m_about->addItem(tr("about %1").arg(person.fullName()), person.id);
        m_requestedBy->addItem(person.fullName(), person.id);
    }
    addField(tr("&About:"), m_about, QStringLiteral("restrictionAbout"));
    m_audienceKind = new QComboBox(this);
    m_audienceKind->addItem(tr("one of the hub's agencies"),
                            consent::audienceKindCode(AudienceKind::Agency));
    m_audienceKind->addItem(tr("a professional"),
                            consent::audienceKindCode(AudienceKind::Professional));
    m_audienceKind->addItem(tr("a member of the family"),
                            consent::audienceKindCode(AudienceKind::Person));
    m_audienceKind->addItem(tr("the young person's parents and carers"),
                            consent::audienceKindCode(AudienceKind::ParentsAndCarers));
    addField(tr("&With:"), m_audienceKind, QStringLiteral("restrictionAudienceKind"));
    m_audience = new QComboBox(this);
    m_audienceError = addField(tr("&Who:"), m_audience, QStringLiteral("restrictionAudience"));
    m_words = new QPlainTextEdit(this);
    m_words->setTabChangesFocus(true);
    m_words->setPlaceholderText(tr("What they said, in their own words"));
    m_words->setFixedHeight(80);
    m_wordsError = addField(tr("Their &words:"), m_words, QStringLiteral("restrictionWords"));
    addField(tr("&Asked by:"), m_requestedBy, QStringLiteral("restrictionRequestedBy"));
    for (QWidget* field : std::initializer_list<QWidget*>{m_category, m_about, m_audienceKind,
                                                          m_audience, m_words, m_requestedBy})
        watch(field);
    connect(m_audienceKind, &QComboBox::currentIndexChanged, this,
            &RestrictionDialog::fillAudiences);
    fillAudiences();
    finish(tr("&Save restriction"));
    resize(560, sizeHint().height());
}

void RestrictionDialog::fillAudiences() {
    m_audience->clear();
    const auto kind = consent::audienceKindFromCode(m_audienceKind->currentData().toString());
    switch (kind.value_or(AudienceKind::Agency)) {
    case AudienceKind::Agency:
        for (const consent::HubAgency& agency : m_consents.agencies().agencies())
            m_audience->addItem(agency.name, agency.key);
        break;
    case AudienceKind::Professional:
        m_audience->addItem(tr("Choose…"), QString());
        for (const due::ProfessionalInfo& person : due::DueReports::professionals(database()))
            m_audience->addItem(person.name, person.id);
        break;
    case AudienceKind::Person:
        m_audience->addItem(tr("Choose…"), QString());
        for (const Person& person : m_family.people().people()) {
            if (!person.unborn)
                m_audience->addItem(person.fullName(), person.id);
        }
        break;
    case AudienceKind::ParentsAndCarers:
        m_audience->addItem(tr("every parent and carer in the family"), QString());
        break;
    }
}

std::optional<QString> RestrictionDialog::save() {
    const auto kind = consent::audienceKindFromCode(m_audienceKind->currentData().toString())
                          .value_or(AudienceKind::Agency);
    const bool chosen =
        kind == AudienceKind::ParentsAndCarers ||
        checkChosen(m_audience, m_audienceError, tr("Choose who must not be told."));
    const QString words = m_words->toPlainText().trimmed();
    showError(m_wordsError, words.isEmpty() ? tr("Write down what the family said, as they said "
                                                 "it.")
                                            : QString());
    if (!chosen || words.isEmpty())
        return std::nullopt;
    consent::Restriction restriction;
    restriction.familyId = m_family.familyId();
    restriction.category = consent::categoryFromCode(m_category->currentData().toString())
                               .value_or(consent::Category::Everything);
    restriction.aboutPersonId = m_about->currentData().toString();
    restriction.audienceKind = kind;
    restriction.audienceId = m_audience->currentData().toString();
    restriction.familyWords = words;
    restriction.requestedByPersonId = m_requestedBy->currentData().toString();
    const auto saved = m_consents.addRestriction(restriction);
    return saved ? QString() : saved.error();
}

} // namespace kith::ui
