#include "meeting/lead_panel.h"

#include "display_format.h"
#include "meeting/meeting_store.h"
#include "policy/deadline_policy.h"
#include "store/family_store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

LeadPanel::LeadPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("leadPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("Lead professional"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("leadCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    layout->addWidget(m_current);

    auto* form = new QFormLayout;
    m_professional = new QComboBox(this);
    m_professional->setObjectName(QStringLiteral("leadProfessionalChoice"));
    form->addRow(tr("Professional at the meeting:"), m_professional);
    m_agreedBy = new QListWidget(this);
    m_agreedBy->setObjectName(QStringLiteral("leadAgreedBy"));
    m_agreedBy->setMaximumHeight(90);
    form->addRow(tr("Family members who agree:"), m_agreedBy);
    m_why = new QLineEdit(this);
    m_why->setObjectName(QStringLiteral("leadWhy"));
    m_why->setPlaceholderText(tr("Why the lead professional is changing"));
    m_whyLabel = new QLabel(tr("Reason:"), this);
    form->addRow(m_whyLabel, m_why);
    layout->addLayout(form);

    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("leadRecord"));
    connect(m_record, &QPushButton::clicked, this, &LeadPanel::record);
    layout->addWidget(m_record, 0, Qt::AlignLeft);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("leadProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);
}

bool LeadPanel::naming() const {
    return m_meeting && m_meeting->kind == meeting::MeetingKind::First && !m_namedHere;
}

void LeadPanel::showMeeting(meeting::MeetingStore* meetings, FamilyStore* families,
                            const std::optional<meeting::Meeting>& meeting) {
    m_meetings = meetings;
    m_families = families;
    m_meeting = meeting;
    m_problem->hide();
    m_professional->clear();
    m_agreedBy->clear();
    m_why->clear();
    const bool usable = meetings && families && meeting;
    setEnabled(usable && meeting->status != meeting::MeetingStatus::Cancelled);
    if (!usable) {
        m_current->clear();
        return;
    }
    m_namedHere = false;
    for (const meeting::LeadChange& change : meetings->leadChanges(meeting->familyId))
        m_namedHere = m_namedHere || change.meetingId == meeting->id;
    const auto lead = families->currentLeadProfessional(meeting->familyId);
    m_current->setText(
        lead ? tr("%1 is the family's lead professional, since %2.")
                   .arg(lead->professional.name, DisplayFormat::date(lead->assignment.startedOn))
             : tr("No lead professional has been named yet. At the first meeting, name one "
                  "with the family's agreement."));
    fillChoices(*meeting);
    m_record->setText(naming() ? tr("Name as lead professional") : tr("Hand over to them"));
    m_why->setVisible(!naming());
    m_whyLabel->setVisible(!naming());
}

void LeadPanel::fillChoices(const meeting::Meeting& meeting) {
    // Those who came; before the meeting is marked, everyone invited.
    QList<meeting::Attendee> here = meeting.present();
    if (here.isEmpty())
        here = meeting.attendees;
    for (const meeting::Attendee& attendee : here) {
        if (attendee.kind == meeting::AttendeeKind::Professional) {
            m_professional->addItem(attendee.role.isEmpty()
                                        ? attendee.displayName
                                        : tr("%1 (%2)").arg(attendee.displayName, attendee.role),
                                    attendee.professionalId);
        } else if (attendee.kind == meeting::AttendeeKind::FamilyMember) {
            auto* item = new QListWidgetItem(attendee.displayName, m_agreedBy);
            item->setData(Qt::UserRole, attendee.personId);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (m_professional->count() == 0)
        m_professional->addItem(tr("No professional at this meeting: invite one first"));
}

void LeadPanel::record() {
    if (!m_meetings || !m_families || !m_meeting)
        return;
    const QString professionalId = m_professional->currentData().toString();
    QStringList agreedBy;
    for (int row = 0; row < m_agreedBy->count(); ++row) {
        if (m_agreedBy->item(row)->checkState() == Qt::Checked)
            agreedBy.append(m_agreedBy->item(row)->data(Qt::UserRole).toString());
    }
    const QDate day = policy::ukDate(m_meeting->startsAt);
    const Result<QString> done =
        naming() ? m_meetings->appointLead(*m_families, m_meeting->id, professionalId, agreedBy)
                 : m_meetings->handOverLead(*m_families, m_meeting->familyId, professionalId, day,
                                            m_why->text().trimmed(), m_meeting->id, agreedBy);
    if (!done) {
        m_problem->setText(done.error());
        m_problem->show();
        return;
    }
    m_problem->hide();
    emit changed();
}

} // namespace kith::ui
