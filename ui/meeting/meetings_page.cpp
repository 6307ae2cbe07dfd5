#include "meeting/meetings_page.h"

#include "display_format.h"
#include "due/due_settings.h"
#include "family_tab.h"
#include "meeting/agenda_controller.h"
#include "meeting/meeting_details.h"
#include "meeting/meeting_store.h"
#include "meeting/schedule_meeting_dialog.h"
#include "plan/plan_store.h"
#include "store_session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kith::ui {

MeetingsPage::MeetingsPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTableWidget(0, 4, this))
    , m_message(new QLabel(this))
    , m_details(new MeetingDetails) {
    setObjectName(QStringLiteral("meetingsPage"));
    auto* title = new QLabel(tr("Team Around the Family meetings"), this);
    QFont font = title->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    m_list->setObjectName(QStringLiteral("meetingList"));
    m_list->setHorizontalHeaderLabels({tr("Meeting"), tr("When"), tr("Where"), tr("Status")});
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(180);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &MeetingsPage::showChosen);

    m_schedule = new QPushButton(tr("&Schedule a meeting\u2026"), this);
    m_schedule->setObjectName(QStringLiteral("meetingSchedule"));
    m_start = new QPushButton(tr("Start the &visual agenda"), this);
    m_start->setObjectName(QStringLiteral("meetingStartAgenda"));
    m_hold = new QPushButton(tr("&Agree the plan and record as held"), this);
    m_hold->setObjectName(QStringLiteral("meetingHold"));
    connect(m_schedule, &QPushButton::clicked, this, &MeetingsPage::scheduleMeeting);
    connect(m_start, &QPushButton::clicked, this, &MeetingsPage::startAgenda);
    connect(m_hold, &QPushButton::clicked, this, &MeetingsPage::agreeAndHold);
    m_cancel = new QPushButton(tr("&Cancel the meeting\u2026"), this);
    m_cancel->setObjectName(QStringLiteral("meetingCancel"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        bool given = false;
        const QString reason = QInputDialog::getText(
            this, tr("Cancel the meeting"),
            tr("Why is the meeting cancelled? The family's record keeps the reason."),
            QLineEdit::Normal, {}, &given);
        if (given)
            cancelChosen(reason);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_schedule);
    buttons->addWidget(m_start);
    buttons->addWidget(m_hold);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    m_message->setObjectName(QStringLiteral("meetingMessage"));
    m_message->setWordWrap(true);

    m_listPart = new QWidget(this);
    m_listPart->setObjectName(QStringLiteral("meetingListPart"));
    auto* listLayout = new QVBoxLayout(m_listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list);
    listLayout->addLayout(buttons);

    m_lower = new QStackedWidget(this);
    m_lower->setObjectName(QStringLiteral("meetingLowerPart"));
    m_emptyState = makeEmptyState();
    m_lower->addWidget(m_emptyState);
    m_hint = new QLabel(m_lower);
    m_hint->setObjectName(QStringLiteral("meetingHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_lower->addWidget(m_hint);
    auto* scroll = new QScrollArea(m_lower);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_details);
    connect(m_details, &MeetingDetails::changed, this, &MeetingsPage::showChosen);
    m_detailsPart = scroll;
    m_lower->addWidget(m_detailsPart);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_listPart);
    layout->addWidget(m_message);
    layout->addWidget(m_lower, 1);
    clear();
}

// Instead of an empty list above a greyed-out form: what a first meeting is for, and the
// one thing to do next.
QWidget* MeetingsPage::makeEmptyState() {
    auto* empty = new QWidget;
    empty->setObjectName(QStringLiteral("meetingsEmptyState"));
    auto* heading = new QLabel(tr("No meetings yet"), empty);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    auto* explain = new QLabel(tr("The first Team Around the Family meeting brings the family "
                                  "and the people who help them together, to agree the plan "
                                  "and who will be the lead professional."),
                               empty);
    explain->setWordWrap(true);
    explain->setMaximumWidth(560);
    m_scheduleFirst = new QPushButton(tr("&Schedule the first meeting\u2026"), empty);
    m_scheduleFirst->setObjectName(QStringLiteral("meetingScheduleFirst"));
    connect(m_scheduleFirst, &QPushButton::clicked, this, &MeetingsPage::scheduleMeeting);
    auto* layout = new QVBoxLayout(empty);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addSpacing(8);
    layout->addWidget(m_scheduleFirst, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return empty;
}

MeetingsPage::~MeetingsPage() {
    delete m_agenda;
}

void MeetingsPage::placeBeside(QWidget* familyPage) {
    placeAsFamilyTab(this, familyPage, tr("Meetings"));
}

void MeetingsPage::setSession(StoreSession* session) {
    delete m_agenda;
    m_session = session;
    m_meetings.reset();
    if (session) {
        m_meetings = std::make_unique<meeting::MeetingStore>(session->database());
        m_meetings->setActor(due::DueSettings::actorId(session->database()));
    }
    clear();
}

void MeetingsPage::showFamily(const QString& familyId) {
    m_familyId = familyId;
    report({});
    reload();
}

void MeetingsPage::clear() {
    m_familyId.clear();
    m_list->setRowCount(0);
    m_details->showMeeting(nullptr, nullptr, std::nullopt, std::nullopt);
    report({});
    m_schedule->setEnabled(false);
    m_start->setEnabled(false);
    m_hold->setEnabled(false);
    m_cancel->setEnabled(false);
    showWhatFits();
}

void MeetingsPage::showWhatFits() {
    const bool anyMeeting = m_list->rowCount() > 0;
    const bool canSchedule = m_meetings && !m_familyId.isEmpty();
    m_listPart->setVisible(anyMeeting);
    m_scheduleFirst->setEnabled(canSchedule);
    if (!canSchedule) {
        m_hint->setText(tr("Choose a family to see their meetings."));
        m_lower->setCurrentWidget(m_hint);
    } else if (!anyMeeting) {
        m_lower->setCurrentWidget(m_emptyState);
    } else if (chosenId().isEmpty()) {
        m_hint->setText(tr("Choose a meeting in the list to see who was invited, the notes "
                           "and the review."));
        m_lower->setCurrentWidget(m_hint);
    } else {
        m_lower->setCurrentWidget(m_detailsPart);
    }
}

void MeetingsPage::reload() {
    const QString chosen = chosenId();
    m_list->setRowCount(0);
    m_schedule->setEnabled(m_meetings && !m_familyId.isEmpty());
    if (!m_meetings || m_familyId.isEmpty()) {
        showWhatFits();
        return;
    }
    const QLocale locale;
    const QList<meeting::Meeting> meetings = m_meetings->list(m_familyId);
    for (const meeting::Meeting& each : meetings) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        auto* kind = new QTableWidgetItem(meeting::kindTitle(each.kind));
        kind->setData(Qt::UserRole, each.id);
        m_list->setItem(row, 0, kind);
        m_list->setItem(row, 1,
                        new QTableWidgetItem(locale.toString(each.startsAt.toLocalTime(),
                                                             QStringLiteral("d MMM yyyy HH:mm"))));
        m_list->setItem(row, 2, new QTableWidgetItem(each.place));
        m_list->setItem(row, 3, new QTableWidgetItem(meeting::statusTitle(each.status)));
    }
    chooseMeeting(chosen.isEmpty() && !meetings.isEmpty() ? meetings.last().id : chosen);
    showChosen();
}

void MeetingsPage::chooseMeeting(const QString& meetingId) {
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toString() == meetingId)
            m_list->selectRow(row);
    }
}

QString MeetingsPage::chosenId() const {
    const QList<QTableWidgetItem*> chosen = m_list->selectedItems();
    return chosen.isEmpty() ? QString()
                            : m_list->item(chosen.first()->row(), 0)->data(Qt::UserRole).toString();
}

void MeetingsPage::showChosen() {
    const QString id = chosenId();
    const auto found = m_meetings && !id.isEmpty() ? m_meetings->load(id) : std::nullopt;
    m_start->setEnabled(found && found->status == meeting::MeetingStatus::Planned);
    m_hold->setEnabled(found && found->status == meeting::MeetingStatus::Planned);
    m_cancel->setEnabled(found && found->status == meeting::MeetingStatus::Planned);
    std::optional<plan::Plan> currentPlan;
    if (m_session && !m_familyId.isEmpty())
        currentPlan = plan::PlanStore(m_session->database()).current(m_familyId);
    m_details->showMeeting(m_meetings.get(), m_session ? &m_session->store() : nullptr, found,
                           currentPlan);
    showWhatFits();
}

void MeetingsPage::report(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void MeetingsPage::scheduleMeeting() {
    if (!m_meetings || m_familyId.isEmpty())
        return;
    const QDateTime suggested(m_session->today().addDays(7), QTime(10, 0));
    auto* dialog = new ScheduleMeetingDialog(*m_meetings, m_familyId, suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        chooseMeeting(dialog->meetingId());
    });
    dialog->open();
}

AgendaController* MeetingsPage::startAgenda() {
    const QString id = chosenId();
    if (!m_session || id.isEmpty())
        return nullptr;
    delete m_agenda;
    m_agenda = new AgendaController(*m_session, id, this);
    if (!m_agenda->start()) {
        report(m_agenda->problem());
        delete m_agenda;
        return nullptr;
    }
    connect(m_agenda, &AgendaController::finished, this, [this] {
        if (m_agenda)
            m_agenda->deleteLater();
        reload();
    });
    return m_agenda;
}

bool MeetingsPage::agreeAndHold() {
    const QString id = chosenId();
    if (!m_session || !m_meetings || id.isEmpty())
        return false;
    const auto meeting = m_meetings->load(id);
    if (!meeting || meeting->present().isEmpty()) {
        report(tr("Mark who came first (Attendance: Present), then record the meeting as held."));
        return false;
    }
    plan::PlanStore plans(m_session->database());
    plans.setActor(due::DueSettings::actorId(m_session->database()));
    QString versionId;
    if (const auto current = plans.current(m_familyId)) {
        const Result<QString> agreed = plans.agree(current->id, id);
        const QList<plan::PlanVersion> versions = plans.versions(current->id);
        if (!agreed && current->status == plan::PlanStatus::Agreed && !versions.isEmpty()) {
            versionId = versions.last().id; // agreed again as it stands, unchanged
        } else if (!agreed) {
            report(tr("The plan could not be agreed: %1").arg(agreed.error()));
            return false;
        } else {
            versionId = agreed.value();
        }
    }
    const Status held = m_meetings->hold(id, versionId);
    if (!held) {
        report(tr("The meeting could not be recorded as held: %1").arg(held.error()));
        return false;
    }
    const auto heldMeeting = m_meetings->load(id);
    report(tr("Recorded as held. The next review is on %1; send the plan to everyone who came.")
               .arg(heldMeeting && heldMeeting->nextReviewOn.isValid()
                        ? DisplayFormat::date(heldMeeting->nextReviewOn)
                        : tr("a date to be set")));
    reload();
    return true;
}

bool MeetingsPage::cancelChosen(const QString& reason) {
    const QString id = chosenId();
    if (!m_meetings || id.isEmpty())
        return false;
    const Status cancelled = m_meetings->cancel(id, reason);
    if (!cancelled) {
        report(tr("The meeting was not cancelled: %1").arg(cancelled.error()));
        return false;
    }
    report(tr("The meeting is cancelled. Schedule another when the family and the team can "
              "meet."));
    reload();
    return true;
}

} // namespace kith::ui
