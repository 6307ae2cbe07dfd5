#include "meeting/schedule_meeting_dialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kith::ui {

ScheduleMeetingDialog::ScheduleMeetingDialog(meeting::MeetingStore& meetings,
                                             const QString& familyId, const QDateTime& suggested,
                                             QWidget* parent)
    : QDialog(parent)
    , m_meetings(meetings)
    , m_familyId(familyId) {
    setObjectName(QStringLiteral("scheduleMeetingDialog"));
    setWindowTitle(tr("Schedule a TAF meeting"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("meetingKind"));
    for (meeting::MeetingKind kind :
         {meeting::MeetingKind::First, meeting::MeetingKind::Review, meeting::MeetingKind::Closing})
        m_kind->addItem(meeting::kindTitle(kind), meeting::kindCode(kind));
    m_when = new QDateTimeEdit(suggested.toLocalTime(), this);
    m_when->setObjectName(QStringLiteral("meetingWhen"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("d MMM yyyy HH:mm"));
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(15, 240);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" minutes"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("meetingPlace"));
    m_place->setPlaceholderText(tr("e.g. Family Hub, Union Street, meeting room 2"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Kind of meeting"), m_kind);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("How long"), m_minutes);
    form->addRow(tr("Where"), m_place);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleMeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleMeetingDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ScheduleMeetingDialog::accept() {
    meeting::NewMeeting made;
    made.familyId = m_familyId;
    made.kind = meeting::kindFromCode(m_kind->currentData().toString())
                    .value_or(meeting::MeetingKind::First);
    made.startsAt = m_when->dateTime().toUTC();
    made.durationMinutes = m_minutes->value();
    made.place = m_place->text().trimmed();
    const Result<QString> scheduled = m_meetings.schedule(made);
    if (!scheduled) {
        m_problem->setText(scheduled.error());
        m_problem->show();
        return;
    }
    m_meetingId = scheduled.value();
    QDialog::accept();
}

} // namespace kith::ui
