#include "meeting/circulation_panel.h"

#include "meeting/meeting_store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

QString longDate(const QDate& day) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(day, QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

CirculationPanel::CirculationPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("circulationPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Sending the plan to everyone who came"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("circulationStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_people = new QTableWidget(0, 2, this);
    m_people->setObjectName(QStringLiteral("circulationPeople"));
    m_people->setHorizontalHeaderLabels({tr("Who came"), tr("Sent the plan")});
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_people->verticalHeader()->hide();
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_people->setMinimumHeight(100);
    layout->addWidget(m_people);
    auto* row = new QHBoxLayout;
    m_how = new QComboBox(this);
    m_how->setObjectName(QStringLiteral("circulationHow"));
    m_how->setAccessibleName(tr("How the plan was sent"));
    for (const QString& how : {tr("by email"), tr("by post"), tr("by hand")})
        m_how->addItem(how);
    m_markSent = new QPushButton(tr("Mark as sent"), this);
    m_markSent->setObjectName(QStringLiteral("circulationMarkSent"));
    connect(m_markSent, &QPushButton::clicked, this, &CirculationPanel::markSent);
    row->addWidget(m_how);
    row->addWidget(m_markSent);
    row->addStretch(1);
    layout->addLayout(row);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);
}

void CirculationPanel::showMeeting(meeting::MeetingStore* meetings,
                                   const std::optional<meeting::Meeting>& meeting) {
    m_meetings = meetings;
    m_meetingId = meeting ? meeting->id : QString();
    m_people->setRowCount(0);
    m_problem->hide();
    const bool held = meetings && meeting && meeting->status == meeting::MeetingStatus::Held;
    m_how->setEnabled(held);
    m_markSent->setEnabled(held);
    if (!held) {
        m_status->setText(tr("After the meeting, the agreed plan goes to everyone who came."));
        m_status->setStyleSheet({});
        return;
    }
    const meeting::CirculationStatus status = meetings->circulationStatus(*meeting);
    QHash<QString, meeting::Circulation> sent;
    for (const meeting::Circulation& record : meetings->circulation(meeting->id))
        sent.insert(record.attendeeId, record);
    for (const meeting::Attendee& attendee : meeting->present()) {
        const int at = m_people->rowCount();
        m_people->insertRow(at);
        auto* name = new QTableWidgetItem(attendee.displayName);
        name->setData(Qt::UserRole, attendee.id);
        m_people->setItem(at, 0, name);
        const auto record = sent.constFind(attendee.id);
        m_people->setItem(at, 1,
                          new QTableWidgetItem(
                              record == sent.cend()
                                  ? tr("Not yet")
                                  : tr("%1, %2").arg(longDate(record->sentAt.toLocalTime().date()),
                                                     record->how)));
    }
    const QString due = longDate(status.dueBy);
    if (status.complete()) {
        m_status->setText(tr("Everyone who came has had the plan."));
        m_status->setStyleSheet({});
    } else if (status.overdue) {
        m_status->setText(tr("Overdue: the plan should have gone to everyone by %1. %2")
                              .arg(due, stillToSend(status.notSentAttendeeIds.size())));
        m_status->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    } else {
        m_status->setText(tr("Send the plan to everyone who came by %1. %2")
                              .arg(due, stillToSend(status.notSentAttendeeIds.size())));
        m_status->setStyleSheet({});
    }
}

QString CirculationPanel::stillToSend(qsizetype people) {
    return people == 1 ? tr("Still to send: 1 person.")
                       : tr("Still to send: %1 people.").arg(people);
}

void CirculationPanel::markSent() {
    const int row = m_people->currentRow();
    if (!m_meetings || row < 0) {
        m_problem->setText(tr("Choose who was sent the plan first."));
        m_problem->show();
        return;
    }
    const QString attendeeId = m_people->item(row, 0)->data(Qt::UserRole).toString();
    const Result<QString> recorded = m_meetings->recordCirculation(
        m_meetingId, attendeeId, QDateTime(), m_how->currentText()); // sent now
    if (!recorded) {
        m_problem->setText(recorded.error());
        m_problem->show();
        return;
    }
    emit changed();
}

} // namespace kith::ui
