#include "journey_view.h"

#include "case_note_dialog.h"
#include "chronology_entry_dialog.h"
#include "content_height_table_view.h"
#include "due/due_report.h"
#include "due/due_settings.h"
#include "journey/journey_store.h"
#include "new_request_dialog.h"
#include "store_session.h"
#include "supervision_dialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>

namespace kith::ui {
namespace {

QStandardItem* cell(const QString& text) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

QString shortDate(const QDateTime& moment) {
    return QLocale().toString(moment.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString shortDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

JourneyView::JourneyView(QWidget* parent)
    : SectionPage(parent)
    , m_episodes(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stages(new QStandardItemModel(this))
    , m_contacts(new QStandardItemModel(this))
    , m_chronology(new QStandardItemModel(this))
    , m_supervision(new QStandardItemModel(this))
    , m_notes(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("journeyView"));
    m_episodes->setObjectName(QStringLiteral("journeyEpisodes"));
    m_episodes->setAccessibleName(tr("Episode of Early Help"));
    m_episodes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_episodesLabel = new QLabel(tr("&Episode:"), this);
    m_episodesLabel->setBuddy(m_episodes);
    auto* top = new QHBoxLayout;
    top->addWidget(m_episodesLabel);
    top->addWidget(m_episodes);
    top->addStretch(1);
    header()->addLayout(top);
    m_summary->setObjectName(QStringLiteral("journeySummary"));
    m_summary->setWordWrap(true);
    header()->addWidget(m_summary);

    // What can be recorded: the buttons that fit the episode shown are enabled.
    m_actions = new QWidget(this);
    m_actions->setObjectName(QStringLiteral("journeyActions"));
    auto* actions = new QVBoxLayout(m_actions);
    actions->setContentsMargins(0, 4, 0, 4);
    auto* firstRow = new QHBoxLayout;
    auto* secondRow = new QHBoxLayout;
    const auto button = [this](const QString& text, const QString& name, QHBoxLayout* row) {
        auto* made = new QPushButton(text, m_actions);
        made->setObjectName(name);
        made->setAutoDefault(false);
        row->addWidget(made);
        return made;
    };
    m_contactButton =
        button(tr("Record a &contact or visit…"), QStringLiteral("journeyRecordContact"), firstRow);
    m_noteButton = button(tr("Add a &note…"), QStringLiteral("journeyAddNote"), firstRow);
    m_correctButton =
        button(tr("Co&rrect this note…"), QStringLiteral("journeyCorrectNote"), firstRow);
    m_chronologyButton =
        button(tr("Add to the chr&onology…"), QStringLiteral("journeyAddChronology"), firstRow);
    m_supervisionButton =
        button(tr("Record &supervision…"), QStringLiteral("journeyRecordSupervision"), firstRow);
    firstRow->addStretch(1);
    m_stageButton = button(tr("Record a s&tage"), QStringLiteral("journeyStage"), secondRow);
    m_stageMenu = new QMenu(m_stageButton);
    m_stageButton->setMenu(m_stageMenu);
    m_closeButton =
        button(tr("C&lose this episode…"), QStringLiteral("journeyCloseEpisode"), secondRow);
    m_requestButton = button(tr("Start a new re&quest for support…"),
                             QStringLiteral("journeyNewRequest"), secondRow);
    secondRow->addStretch(1);
    actions->addLayout(firstRow);
    actions->addLayout(secondRow);
    header()->addWidget(m_actions);
    connect(m_contactButton, &QPushButton::clicked, this, [this] { recordContact(); });
    connect(m_noteButton, &QPushButton::clicked, this, [this] { addNote(); });
    connect(m_correctButton, &QPushButton::clicked, this, [this] { correctNote(); });
    connect(m_chronologyButton, &QPushButton::clicked, this, [this] { addChronologyEntry(); });
    connect(m_supervisionButton, &QPushButton::clicked, this, [this] { recordSupervision(); });
    connect(m_closeButton, &QPushButton::clicked, this,
            [this] { recordStage(EpisodeStageDialog::Action::Close); });
    connect(m_requestButton, &QPushButton::clicked, this, [this] { startRequest(); });

    m_stages->setHorizontalHeaderLabels({tr("When"), tr("What happened"), tr("Who")});
    m_contacts->setHorizontalHeaderLabels(
        {tr("When"), tr("How"), tr("Children seen"), tr("Purpose"), tr("Entered")});
    m_chronology->setHorizontalHeaderLabels({tr("Date"), tr("Significant event"), tr("Made by")});
    m_supervision->setHorizontalHeaderLabels(
        {tr("When"), tr("Kind"), tr("Manager"), tr("Discussed")});
    m_notes->setHorizontalHeaderLabels({tr("Written"), tr("Note"), tr("By"), tr("Corrections")});
    addSection(tr("Stages"), QStringLiteral("journeyStages"), m_stages,
               tr("Nothing has been recorded in this episode yet."));
    addSection(tr("Contacts and visits"), QStringLiteral("journeyContacts"), m_contacts,
               tr("No contacts or visits are recorded."));
    m_notesTable = addSection(tr("Case notes"), QStringLiteral("journeyNotes"), m_notes,
                              tr("No case notes are written in this episode."));
    connect(m_notesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JourneyView::updateActions);
    addSection(tr("Chronology of significant events"), QStringLiteral("journeyChronology"),
               m_chronology, tr("The chronology is empty."));
    addSection(tr("Supervision and management oversight"), QStringLiteral("journeySupervision"),
               m_supervision, tr("No supervision is recorded for this episode."));
    connect(m_episodes, &QComboBox::currentIndexChanged, this, &JourneyView::showEpisode);
    setSectionsVisible(false);
}

JourneyView::~JourneyView() = default;

void JourneyView::setSession(const StoreSession* session) {
    m_session = session;
    m_journeys = session ? std::make_unique<journey::JourneyStore>(session->database()) : nullptr;
    m_professionalNames.clear();
    if (session) {
        const auto people = due::DueReports::professionals(session->database());
        for (const due::ProfessionalInfo& person : people)
            m_professionalNames.insert(person.id, person.name);
    }
    showFamily({});
}

QString JourneyView::professionalName(const QString& id) const {
    return m_professionalNames.value(id, id);
}

bool JourneyView::showFamily(const QString& familyId) {
    m_familyId = familyId;
    m_personNames.clear();
    const QSignalBlocker blocker(m_episodes);
    m_episodes->clear();
    if (!m_journeys || familyId.isEmpty()) {
        showEpisode(-1);
        return false;
    }
    m_familyName.clear();
    m_children.clear();
    if (const auto family = m_session->store().loadFamily(familyId)) {
        m_familyName = family->family.name;
        for (const Person& person : family->people) {
            m_personNames.insert(person.id, family->displayNameOf(person));
            // Only a born child or young person can be seen on a visit.
            if ((person.role == PersonRole::Child || person.role == PersonRole::YoungPerson) &&
                !person.unborn)
                m_children.append({person.id, family->displayNameOf(person)});
        }
    }
    const QLocale locale;
    for (const journey::Episode& episode : m_journeys->episodesOf(familyId)) {
        const QString opened =
            locale.toString(episode.openedAt.toLocalTime().date(), QLocale::ShortFormat);
        m_episodes->addItem(
            episode.isOpen()
                ? tr("Open since %1").arg(opened)
                : tr("%1 to %2, closed")
                      .arg(opened, locale.toString(episode.closedAt.toLocalTime().date(),
                                                   QLocale::ShortFormat)),
            episode.id);
    }
    showEpisode(m_episodes->count() > 0 ? 0 : -1);
    return true;
}

void JourneyView::showEpisode(int index) {
    for (QStandardItemModel* model : {m_stages, m_contacts, m_chronology, m_supervision, m_notes})
        model->removeRows(0, model->rowCount());
    m_noteList.clear();
    m_episode = index >= 0 && m_journeys
                    ? m_journeys->episode(m_episodes->itemData(index).toString())
                    : std::nullopt;
    const std::optional<journey::Episode>& episode = m_episode;
    m_episodes->setVisible(m_episodes->count() > 0);
    m_episodesLabel->setVisible(m_episodes->count() > 0);
    if (!episode) {
        m_summary->setText(m_familyId.isEmpty()
                               ? tr("Choose a family to see their journey through Early Help.")
                               : tr("No episode of Early Help is recorded for this family."));
        setSectionsVisible(false);
        updateActions();
        return;
    }
    // The family's name first: a family opened from the start screen is not highlighted in
    // the family list.
    QString summary =
        tr("%1. Stage: %2.").arg(m_familyName, journey::JourneyLabels::stage(episode->stage));
    if (!episode->leadProfessionalId.isEmpty())
        summary +=
            u' ' + tr("Lead professional: %1.").arg(professionalName(episode->leadProfessionalId));
    if (!episode->referrer.isEmpty())
        summary += u' ' + tr("Asked for by: %1.").arg(episode->referrer);
    if (episode->closureReason)
        summary +=
            u' ' + tr("Closed: %1.").arg(journey::JourneyLabels::closure(*episode->closureReason));
    m_summary->setText(summary);

    for (const journey::JourneyEvent& event : m_journeys->eventsOf(episode->id)) {
        if (event.kind == QLatin1String("episode_opened"))
            continue; // the same moment as "request received"; one line is enough
        m_stages->appendRow({cell(shortDate(event.occurredAt)),
                             cell(journey::JourneyLabels::event(event.kind)),
                             cell(professionalName(event.professionalId))});
    }
    for (const journey::ContactRecord& contact : m_journeys->contactsOf(episode->id)) {
        QStringList seen;
        for (const journey::ChildSeen& child : contact.children) {
            const QString name = m_personNames.value(child.personId, tr("a child"));
            if (child.seenAlone)
                seen.append(tr("%1 (seen alone)").arg(name));
            else if (child.seen)
                seen.append(name);
            else
                seen.append(tr("%1 not seen").arg(name));
        }
        m_contacts->appendRow(
            {cell(shortDate(contact.happenedAt)),
             cell(journey::JourneyLabels::method(contact.method)),
             cell(seen.join(QStringLiteral(", "))), cell(contact.purpose),
             cell(contact.enteredLate() ? tr("Late: after 24 hours") : tr("Within 24 hours"))});
    }
    for (const journey::ChronologyEntry& entry : m_journeys->chronologyOf(episode->familyId)) {
        if (!entry.episodeId.isEmpty() && entry.episodeId != episode->id)
            continue;
        m_chronology->appendRow({cell(shortDate(entry.occurredOn)), cell(entry.summary),
                                 cell(entry.source == journey::ChronologyEntry::Source::Journey
                                          ? tr("Kith, from the journey")
                                          : professionalName(entry.recordedBy))});
    }
    for (const journey::SupervisionRecord& record : m_journeys->supervisionOf(episode->id)) {
        m_supervision->appendRow({cell(shortDate(record.heldAt)),
                                  cell(record.kind == journey::SupervisionRecord::Kind::Supervision
                                           ? tr("Supervision")
                                           : tr("Management oversight")),
                                  cell(professionalName(record.managerId)),
                                  cell(record.discussion)});
    }
    const QLocale locale;
    m_noteList = m_journeys->notesOf(episode->id);
    QHash<QString, const journey::CaseNote*> byId;
    for (const journey::CaseNote& note : std::as_const(m_noteList))
        byId.insert(note.id, &note);
    for (const journey::CaseNote& note : std::as_const(m_noteList)) {
        QStringList status;
        if (const journey::CaseNote* original = byId.value(note.amendsId))
            status.append(tr("Corrects the note of %1").arg(shortDate(original->writtenAt)));
        for (const journey::CaseNote& later : std::as_const(m_noteList)) {
            if (later.amendsId == note.id)
                status.append(tr("Corrected on %1").arg(shortDate(later.writtenAt)));
        }
        QStandardItem* when = cell(shortDate(note.writtenAt));
        when->setData(note.id, Qt::UserRole);
        m_notes->appendRow({when, cell(note.body), cell(professionalName(note.writtenBy)),
                            cell(status.join(QStringLiteral("; ")))});
    }
    setSectionsVisible(true);
    updateActions();
}

QString JourneyView::myId() const {
    return m_session ? due::DueSettings::currentProfessionalId(m_session->database()) : QString();
}

QString JourneyView::actorId() const {
    return m_session ? due::DueSettings::actorId(m_session->database())
                     : QStringLiteral("local user");
}

void JourneyView::updateActions() {
    const bool family = m_journeys && !m_familyId.isEmpty();
    m_actions->setVisible(family);
    const bool open = m_episode && m_episode->isOpen();
    const bool anyOpen = family && m_journeys->openEpisodeOf(m_familyId).has_value();
    m_contactButton->setEnabled(open);
    m_supervisionButton->setEnabled(open);
    m_stageButton->setEnabled(open);
    m_closeButton->setEnabled(open);
    m_noteButton->setEnabled(m_episode.has_value());
    m_chronologyButton->setEnabled(family);
    m_correctButton->setEnabled(m_episode && m_notesTable->currentIndex().isValid());
    m_requestButton->setVisible(family && !anyOpen);
    fillStageMenu();
}

void JourneyView::fillStageMenu() {
    using Action = EpisodeStageDialog::Action;
    using journey::Stage;
    m_stageMenu->clear();
    if (!m_episode || !m_episode->isOpen())
        return;
    QList<QPair<Action, QString>> fits;
    switch (m_episode->stage) {
    case Stage::Request:
        fits.append({Action::Screening, {}});
        break;
    case Stage::Screened:
        fits.append({Action::Allocate, {}});
        break;
    case Stage::Allocated:
        fits.append({Action::Event, QStringLiteral("first_contact")});
        break;
    case Stage::Contacted:
        fits.append({Action::Event, QStringLiteral("assessment_started")});
        fits.append({Action::Event, QStringLiteral("assessment_completed")});
        break;
    case Stage::Assessing:
        fits.append({Action::Event, QStringLiteral("assessment_completed")});
        break;
    case Stage::Assessed:
        fits.append({Action::Event, QStringLiteral("plan_agreed")});
        break;
    case Stage::Planned:
    case Stage::Reviewing:
        fits.append({Action::Event, QStringLiteral("review_held")});
        fits.append({Action::Event, QStringLiteral("taf_held")});
        break;
    case Stage::Closed:
        break;
    }
    if (static_cast<int>(m_episode->stage) >= static_cast<int>(Stage::Allocated)) {
        fits.append({Action::Event, QStringLiteral("chronology_reviewed")});
        fits.append({Action::Allocate, {}}); // a change of lead professional
    }
    for (const auto& [action, kind] : std::as_const(fits)) {
        QString text = EpisodeStageDialog::actionText(action, kind);
        if (action == Action::Allocate && m_episode->stage != Stage::Screened)
            text = tr("Change the lead professional…");
        m_stageMenu->addAction(text, this, [this, action, kind] { recordStage(action, kind); });
    }
}

QDialog* JourneyView::openDialog(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit journeyChanged();
    });
    dialog->open();
    return dialog;
}

QDialog* JourneyView::recordContact() {
    if (!m_episode || !m_episode->isOpen())
        return nullptr;
    m_journeys->setActor(actorId());
    const QString who = myId().isEmpty() ? m_episode->leadProfessionalId : myId();
    return openDialog(new RecordContactDialog(*m_journeys, m_session->database(), m_episode->id,
                                              m_children, who, this));
}

QDialog* JourneyView::addNote() {
    if (!m_episode)
        return nullptr;
    m_journeys->setActor(actorId());
    return openDialog(
        new CaseNoteDialog(*m_journeys, m_session->database(), m_episode->id, std::nullopt, this));
}

QDialog* JourneyView::correctNote(int row) {
    if (!m_episode)
        return nullptr;
    if (row < 0)
        row = m_notesTable->currentIndex().row();
    if (row < 0 || row >= m_notes->rowCount())
        return nullptr;
    const QString id = m_notes->item(row, 0)->data(Qt::UserRole).toString();
    for (const journey::CaseNote& note : std::as_const(m_noteList)) {
        if (note.id != id)
            continue;
        m_journeys->setActor(actorId());
        return openDialog(
            new CaseNoteDialog(*m_journeys, m_session->database(), m_episode->id, note, this));
    }
    return nullptr;
}

QDialog* JourneyView::addChronologyEntry() {
    if (!m_journeys || m_familyId.isEmpty())
        return nullptr;
    m_journeys->setActor(actorId());
    return openDialog(new ChronologyEntryDialog(*m_journeys, m_session->database(), m_familyId,
                                                m_episode ? m_episode->id : QString(), this));
}

QDialog* JourneyView::recordSupervision() {
    if (!m_episode || !m_episode->isOpen())
        return nullptr;
    m_journeys->setActor(actorId());
    return openDialog(new SupervisionDialog(*m_journeys, m_session->database(), m_episode->id,
                                            m_episode->leadProfessionalId, this));
}

QDialog* JourneyView::recordStage(EpisodeStageDialog::Action action, const QString& eventKind) {
    if (!m_episode || !m_episode->isOpen())
        return nullptr;
    m_journeys->setActor(actorId());
    return openDialog(new EpisodeStageDialog(*m_journeys, m_session->database(), *m_episode, action,
                                             eventKind, this));
}

QDialog* JourneyView::startRequest() {
    if (!m_journeys || m_familyId.isEmpty() || m_journeys->openEpisodeOf(m_familyId))
        return nullptr;
    m_journeys->setActor(actorId());
    return openDialog(new NewRequestDialog(*m_journeys, m_session->database(), m_familyId, this));
}

void JourneyView::reload() {
    const QString chosen = m_episode ? m_episode->id : QString();
    const int before = m_episodes->count();
    showFamily(m_familyId);
    // A new request shows itself (it is the newest); otherwise stay on the episode shown.
    if (m_episodes->count() == before) {
        const int index = m_episodes->findData(chosen);
        if (index >= 0)
            m_episodes->setCurrentIndex(index);
    }
}

} // namespace kith::ui
