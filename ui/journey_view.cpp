#include "journey_view.h"

#include "due/due_report.h"
#include "journey/journey_store.h"
#include "store_session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
    , m_supervision(new QStandardItemModel(this)) {
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

    m_stages->setHorizontalHeaderLabels({tr("When"), tr("What happened"), tr("Who")});
    m_contacts->setHorizontalHeaderLabels(
        {tr("When"), tr("How"), tr("Children seen"), tr("Purpose"), tr("Entered")});
    m_chronology->setHorizontalHeaderLabels({tr("Date"), tr("Significant event"), tr("Made by")});
    m_supervision->setHorizontalHeaderLabels(
        {tr("When"), tr("Kind"), tr("Manager"), tr("Discussed")});
    addSection(tr("Stages"), QStringLiteral("journeyStages"), m_stages,
               tr("Nothing has been recorded in this episode yet."));
    addSection(tr("Contacts and visits"), QStringLiteral("journeyContacts"), m_contacts,
               tr("No contacts or visits are recorded."));
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
    return m_professionalNames.value(id);
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
    if (const auto family = m_session->store().loadFamily(familyId)) {
        m_familyName = family->family.name;
        for (const Person& person : family->people)
            m_personNames.insert(person.id, family->displayNameOf(person));
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
    for (QStandardItemModel* model : {m_stages, m_contacts, m_chronology, m_supervision})
        model->removeRows(0, model->rowCount());
    const std::optional<journey::Episode> episode =
        index >= 0 && m_journeys ? m_journeys->episode(m_episodes->itemData(index).toString())
                                 : std::nullopt;
    m_episodes->setVisible(m_episodes->count() > 0);
    m_episodesLabel->setVisible(m_episodes->count() > 0);
    if (!episode) {
        m_summary->setText(m_familyId.isEmpty()
                               ? tr("Choose a family to see their journey through Early Help.")
                               : tr("No episode of Early Help is recorded for this family."));
        setSectionsVisible(false);
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
                                          : entry.recordedBy)});
    }
    for (const journey::SupervisionRecord& record : m_journeys->supervisionOf(episode->id)) {
        m_supervision->appendRow({cell(shortDate(record.heldAt)),
                                  cell(record.kind == journey::SupervisionRecord::Kind::Supervision
                                           ? tr("Supervision")
                                           : tr("Management oversight")),
                                  cell(professionalName(record.managerId)),
                                  cell(record.discussion)});
    }
    setSectionsVisible(true);
}

} // namespace kith::ui
