#include "consent/consent_dialog.h"

#include "consent/consent_rules.h"
#include "consent/consent_store.h"
#include "consent/signature_pad.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

using consent::ConsentEvent;

// Aged 12 to 16: the competence note is asked for (ConsentStore checks the same).
bool needsCompetenceNote(const Person& person, const QDate& on) {
    const int age = person.ageOn(on);
    return age >= 12 && age <= 16;
}

} // namespace

ConsentDialog::ConsentDialog(consent::ConsentStore& consents, journey::JourneyStore& journeys,
                             const Database& database, const consent::FamilySharing& family,
                             consent::ConsentEvent event, QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_consents(consents)
    , m_family(family)
    , m_event(event) {
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(event == ConsentEvent::Given       ? tr("Record consent")
                   : event == ConsentEvent::Confirmed ? tr("Confirm consent is still given")
                                                      : tr("Withdraw consent"));
    const QDate today = database.clock().today();
    if (event == ConsentEvent::Withdrawn) {
        auto* explain = new QLabel(
            tr("From the date below nothing is shared with anyone on the strength of this "
               "consent. Everything recorded so far stays on the record. Withdrawing never "
               "stops the family getting help in future."),
            this);
        explain->setWordWrap(true);
        body()->insertWidget(0, explain);
    }

    // Whose consent: the family's, or a young person's own (12 or over).
    m_subject = new QComboBox(this);
    m_subject->addItem(tr("The whole family (a parent or carer consents)"), QString());
    for (const Person& person : family.people().people()) {
        const bool hasOwn = family.state().ownConsentOf(person.id) != nullptr;
        const bool oldEnough = person.role != PersonRole::Parent &&
                               person.role != PersonRole::Carer && person.ageOn(today) >= 12;
        if (event == ConsentEvent::Given ? oldEnough : hasOwn)
            m_subject->addItem(tr("%1, for themselves").arg(person.fullName()), person.id);
    }
    addField(tr("Consent &for:"), m_subject, QStringLiteral("consentFor"));

    m_givenBy = new QComboBox(this);
    m_givenBy->addItem(tr("Choose…"), QString());
    for (const Person& person : family.people().people()) {
        if (!person.unborn)
            m_givenBy->addItem(tr("%1 (%2)").arg(person.fullName(), roleLabel(person.role)),
                               person.id);
    }
    m_givenByError =
        addField(event == ConsentEvent::Withdrawn ? tr("&Withdrawn by:") : tr("&Given by:"),
                 m_givenBy, QStringLiteral("consentGivenBy"));
    m_obtainedBy =
        makeProfessionalChooser(QStringLiteral("consentObtainedBy"), currentProfessional());
    m_obtainedByError =
        addField(tr("&Obtained by:"), m_obtainedBy, QStringLiteral("consentObtainedBy"));
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    addField(tr("&Date:"), m_date, QStringLiteral("consentDate"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("Written: signed on the screen"),
                      consent::methodCode(consent::ConsentMethod::Written));
    m_method->addItem(tr("Verbal"), consent::methodCode(consent::ConsentMethod::Verbal));
    if (event == ConsentEvent::Withdrawn)
        m_method->setCurrentIndex(1);
    addField(tr("&How:"), m_method, QStringLiteral("consentMethod"));

    if (event == ConsentEvent::Given) {
        m_agencyBox = new QWidget(this);
        auto* grid = new QVBoxLayout(m_agencyBox);
        grid->setContentsMargins(0, 0, 0, 0);
        m_toRecord = new QCheckBox(tr("to record their information"), m_agencyBox);
        m_toStore = new QCheckBox(tr("to store it in Kith"), m_agencyBox);
        m_toRecord->setChecked(true);
        m_toStore->setChecked(true);
        grid->addWidget(m_toRecord);
        grid->addWidget(m_toStore);
        auto* shareLabel = new QLabel(tr("and to share it with:"), m_agencyBox);
        grid->addWidget(shareLabel);
        for (const consent::HubAgency& agency : consents.agencies().agencies()) {
            auto* box = new QCheckBox(agency.name, m_agencyBox);
            box->setObjectName(QStringLiteral("share_") + agency.key);
            grid->addWidget(box);
            m_shareWith.insert(agency.key, box);
        }
        addField(tr("They agree:"), m_agencyBox, QStringLiteral("consentAgencies"));
        m_competence = new QPlainTextEdit(this);
        m_competence->setTabChangesFocus(true);
        m_competence->setPlaceholderText(
            tr("Judged able to understand: how they showed they understood what they agree to"));
        m_competence->setFixedHeight(70);
        addField(tr("&Competence note:"), m_competence, QStringLiteral("consentCompetence"));
        m_competenceRow = m_competence->parentWidget();
    }
    m_note = new QLineEdit(this);
    addField(tr("&Note:"), m_note, QStringLiteral("consentNote"));

    m_signatureRow = new QWidget(this);
    auto* signatureLayout = new QVBoxLayout(m_signatureRow);
    signatureLayout->setContentsMargins(0, 0, 0, 0);
    m_signature = new SignaturePad(m_signatureRow);
    auto* clear = new QPushButton(tr("C&lear signature"), m_signatureRow);
    clear->setObjectName(QStringLiteral("signatureClear"));
    connect(clear, &QPushButton::clicked, m_signature, &SignaturePad::clear);
    signatureLayout->addWidget(m_signature);
    signatureLayout->addWidget(clear, 0, Qt::AlignRight);
    m_signatureError = addField(tr("&Signature:"), m_signatureRow, QStringLiteral("consentSign"));
    m_signature->setObjectName(QStringLiteral("signaturePad"));

    for (QWidget* field : std::initializer_list<QWidget*>{m_subject, m_givenBy, m_obtainedBy,
                                                          m_date, m_method, m_note})
        watch(field);
    if (m_agencyBox)
        watch(m_agencyBox);
    if (m_competence)
        watch(m_competence);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateForSubject);
    connect(m_date, &QDateEdit::dateChanged, this, &ConsentDialog::updateForSubject);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateForMethod);
    finish(event == ConsentEvent::Given       ? tr("&Save consent")
           : event == ConsentEvent::Confirmed ? tr("&Confirm consent")
                                              : tr("&Withdraw consent"));
    updateForSubject();
    updateForMethod();
    resize(620, sizeHint().height());
}

void ConsentDialog::updateForSubject() {
    const QString subject = m_subject->currentData().toString();
    if (!subject.isEmpty()) {
        m_givenBy->setCurrentIndex(qMax(0, m_givenBy->findData(subject)));
    }
    m_givenBy->setEnabled(subject.isEmpty());
    if (m_competenceRow) {
        const Person* person = m_family.people().person(subject);
        form()->setRowVisible(m_competenceRow,
                              person && needsCompetenceNote(*person, m_date->date()));
    }
}

void ConsentDialog::updateForMethod() {
    const bool written =
        m_method->currentData().toString() == consent::methodCode(consent::ConsentMethod::Written);
    form()->setRowVisible(m_signatureRow->parentWidget(),
                          written && m_event != ConsentEvent::Withdrawn);
    adjustSize();
}

std::optional<QString> ConsentDialog::save() {
    const bool chosen =
        checkChosen(m_givenBy, m_givenByError, tr("Choose who in the family gave consent.")) &
        checkChosen(m_obtainedBy, m_obtainedByError,
                    tr("Choose the practitioner who obtained consent."));
    const auto method = consent::methodFromCode(m_method->currentData().toString());
    const bool needsSignature =
        method == consent::ConsentMethod::Written && m_event != ConsentEvent::Withdrawn;
    const bool signedIt = !needsSignature || !m_signature->signature().isEmpty();
    showError(m_signatureError, signedIt ? QString()
                                         : tr("Ask the person giving consent to sign in the "
                                              "box, or choose verbal consent."));
    if (!chosen || !signedIt)
        return std::nullopt;
    consent::ConsentRecord record;
    record.familyId = m_family.familyId();
    record.event = m_event;
    record.subjectPersonId = m_subject->currentData().toString();
    record.givenByPersonId = m_givenBy->currentData().toString();
    record.obtainedById = m_obtainedBy->currentData().toString();
    record.givenOn = m_date->date();
    record.method = method.value_or(consent::ConsentMethod::Verbal);
    if (needsSignature)
        record.signature = m_signature->signature().encode();
    record.note = m_note->text().trimmed();
    if (m_event == ConsentEvent::Given) {
        record.toRecord = m_toRecord->isChecked();
        record.toStore = m_toStore->isChecked();
        for (const consent::HubAgency& agency : m_consents.agencies().agencies())
            record.agencies.append({agency.key, {}, m_shareWith.value(agency.key)->isChecked()});
        if (m_competenceRow && !m_competenceRow->isHidden())
            record.competenceNote = m_competence->toPlainText().trimmed();
    }
    const auto saved = m_consents.record(record);
    if (!saved)
        return saved.error();
    m_savedId = saved.value();
    return QString();
}

} // namespace kith::ui
