#include "record_contact_dialog.h"

#include "journey/journey_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kith::ui {

using journey::ContactMethod;

RecordContactDialog::RecordContactDialog(journey::JourneyStore& journeys, const Database& database,
                                         const QString& episodeId, const QList<Child>& children,
                                         const QString& defaultProfessionalId, QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_episodeId(episodeId) {
    setObjectName(QStringLiteral("recordContactDialog"));
    setWindowTitle(tr("Record a contact or visit"));

    m_method = new QComboBox(this);
    for (ContactMethod method :
         {ContactMethod::HomeVisit, ContactMethod::FaceToFace, ContactMethod::Phone,
          ContactMethod::Letter, ContactMethod::Email, ContactMethod::Text})
        m_method->addItem(journey::JourneyLabels::method(method), static_cast<int>(method));
    addField(tr("&How:"), m_method, QStringLiteral("contactMethod"));
    m_when = makeMomentEdit(QStringLiteral("contactWhen"));
    m_whenError = addField(tr("&When it happened:"), m_when, QStringLiteral("contactWhen"));
    m_purpose = new QLineEdit(this);
    m_purpose->setPlaceholderText(tr("For example: check in after the school meeting"));
    m_purposeError = addField(tr("&Purpose:"), m_purpose, QStringLiteral("contactPurpose"));
    m_who = makeProfessionalChooser(QStringLiteral("contactProfessional"), defaultProfessionalId);
    m_whoError = addField(tr("Practi&tioner:"), m_who, QStringLiteral("contactProfessional"));

    auto* seenGroup = new QGroupBox(tr("Children and young people seen"), this);
    seenGroup->setObjectName(QStringLiteral("contactChildren"));
    auto* grid = new QGridLayout(seenGroup);
    if (children.isEmpty()) {
        grid->addWidget(new QLabel(tr("No children or young people are recorded in this "
                                      "family."),
                                   seenGroup),
                        0, 0);
    }
    int row = 0;
    for (const Child& child : children) {
        auto* name = new QLabel(child.name, seenGroup);
        auto* seen = new QCheckBox(tr("Seen"), seenGroup);
        seen->setObjectName(QStringLiteral("seen_") + child.personId);
        seen->setAccessibleName(tr("%1 seen").arg(child.name));
        auto* alone = new QCheckBox(tr("Seen alone"), seenGroup);
        alone->setObjectName(QStringLiteral("seenAlone_") + child.personId);
        alone->setAccessibleName(tr("%1 seen alone").arg(child.name));
        // Seen alone means seen; not seen means not seen alone either.
        connect(alone, &QCheckBox::toggled, seen, [seen](bool on) {
            if (on)
                seen->setChecked(true);
        });
        connect(seen, &QCheckBox::toggled, alone, [alone](bool on) {
            if (!on)
                alone->setChecked(false);
        });
        grid->addWidget(name, row, 0);
        grid->addWidget(seen, row, 1);
        grid->addWidget(alone, row, 2);
        m_rows.append({child.personId, seen, alone});
        ++row;
    }
    m_notSeenNote =
        new QLabel(tr("Children can only be seen on a visit or face to face."), seenGroup);
    m_notSeenNote->setWordWrap(true);
    grid->addWidget(m_notSeenNote, row + 1, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    body()->addWidget(seenGroup);

    auto* noteForm = new QFormLayout;
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done and said. You can write it up later."));
    m_note->setAccessibleName(tr("Note"));
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    noteForm->addRow(noteLabel, m_note);
    body()->addLayout(noteForm);

    connect(m_method, &QComboBox::currentIndexChanged, this, &RecordContactDialog::methodChanged);
    methodChanged();
    for (QWidget* field : {static_cast<QWidget*>(m_method), static_cast<QWidget*>(m_when),
                           static_cast<QWidget*>(m_purpose), static_cast<QWidget*>(m_who),
                           static_cast<QWidget*>(seenGroup), static_cast<QWidget*>(m_note)})
        watch(field);
    finish(tr("&Save contact"));
    m_purpose->setFocus();
    resize(560, sizeHint().height());
}

QCheckBox* RecordContactDialog::seenBox(const QString& personId) const {
    for (const Row& row : m_rows) {
        if (row.personId == personId)
            return row.seen;
    }
    return nullptr;
}

QCheckBox* RecordContactDialog::seenAloneBox(const QString& personId) const {
    for (const Row& row : m_rows) {
        if (row.personId == personId)
            return row.alone;
    }
    return nullptr;
}

void RecordContactDialog::methodChanged() {
    const auto method = static_cast<ContactMethod>(m_method->currentData().toInt());
    const bool visit = journey::isVisit(method);
    for (const Row& row : std::as_const(m_rows)) {
        if (!visit) {
            row.seen->setChecked(false);
            row.alone->setChecked(false);
        }
        row.seen->setEnabled(visit);
        row.alone->setEnabled(visit);
    }
    m_notSeenNote->setVisible(!visit);
}

std::optional<QString> RecordContactDialog::save() {
    const auto method = static_cast<ContactMethod>(m_method->currentData().toInt());
    bool ready = checkMoment(m_when, m_whenError, tr("when it happened"));
    const QString purpose = m_purpose->text().trimmed();
    showError(m_purposeError, purpose.isEmpty() ? journey::isVisit(method)
                                                      ? tr("Say what the visit was for.")
                                                      : tr("Say what the contact was for.")
                                                : QString());
    ready = !purpose.isEmpty() && ready;
    ready = checkChosen(m_who, m_whoError, tr("Choose who made the contact.")) && ready;
    if (!ready)
        return std::nullopt;

    journey::ContactRecord contact;
    contact.episodeId = m_episodeId;
    contact.method = method;
    contact.purpose = purpose;
    contact.happenedAt = m_when->dateTime().toUTC();
    contact.professionalId = m_who->currentData().toString();
    for (const Row& row : std::as_const(m_rows)) {
        journey::ChildSeen child;
        child.personId = row.personId;
        child.seen = row.seen->isChecked();
        child.seenAlone = row.alone->isChecked();
        contact.children.append(child);
    }
    const QString note = m_note->toPlainText().trimmed();
    QString contactId;
    const Status stored = journeys().inOneTransaction([&] {
        auto added = journeys().addContact(contact);
        if (!added)
            return Status::fail(added.error());
        contactId = added.value();
        if (note.isEmpty())
            return okStatus();
        journey::CaseNote written;
        written.episodeId = m_episodeId;
        written.contactId = contactId;
        written.body = note;
        auto noted = journeys().addNote(written);
        return noted ? okStatus() : Status::fail(noted.error());
    });
    if (!stored)
        return stored.error();
    m_contactId = contactId;
    return QString();
}

} // namespace kith::ui
