#include "meeting/meeting_details.h"

#include "meeting/circulation_panel.h"
#include "meeting/lead_panel.h"
#include "meeting/meeting_store.h"
#include "meeting/visual_agenda.h"
#include "plan/owner_choices.h"
#include "store/family_store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

const QList<meeting::Attendance> kAttendances{
    meeting::Attendance::Invited, meeting::Attendance::Present, meeting::Attendance::Apologies};

} // namespace

MeetingDetails::MeetingDetails(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("meetingDetails"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    layout->addWidget(heading(tr("Who was invited, who came, apologies"), this));
    m_attendance = new QTableWidget(0, 3, this);
    m_attendance->setObjectName(QStringLiteral("meetingAttendance"));
    m_attendance->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Attendance")});
    m_attendance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attendance->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_attendance->verticalHeader()->hide();
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendance->setMinimumHeight(120);
    layout->addWidget(m_attendance);
    auto* addRow = new QHBoxLayout;
    m_personToAdd = new QComboBox(this);
    m_personToAdd->setObjectName(QStringLiteral("meetingPersonToAdd"));
    m_role = new QLineEdit(this);
    m_role->setPlaceholderText(tr("Role in plain words, e.g. Mum, school nurse"));
    auto* add = new QPushButton(tr("Invite"), this);
    connect(add, &QPushButton::clicked, this, &MeetingDetails::addAttendee);
    addRow->addWidget(m_personToAdd, 2);
    addRow->addWidget(m_role, 2);
    addRow->addWidget(add);
    layout->addLayout(addRow);

    m_lead = new LeadPanel(this);
    connect(m_lead, &LeadPanel::changed, this, &MeetingDetails::changed);
    layout->addWidget(m_lead);

    m_circulation = new CirculationPanel(this);
    connect(m_circulation, &CirculationPanel::changed, this, &MeetingDetails::changed);
    layout->addWidget(m_circulation);

    layout->addWidget(heading(tr("Notes under each agenda step"), this));
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_notes);
    auto* noteRow = new QHBoxLayout;
    m_noteStep = new QComboBox(this);
    for (const meeting::AgendaStep& step : meeting::VisualAgenda::steps())
        m_noteStep->addItem(tr("%1. %2").arg(step.number).arg(step.title), step.number);
    m_noteText = new QLineEdit(this);
    m_noteText->setObjectName(QStringLiteral("meetingNoteText"));
    auto* addNoteButton = new QPushButton(tr("Add note"), this);
    connect(addNoteButton, &QPushButton::clicked, this, &MeetingDetails::addNote);
    connect(m_noteText, &QLineEdit::returnPressed, this, &MeetingDetails::addNote);
    noteRow->addWidget(m_noteStep);
    noteRow->addWidget(m_noteText, 1);
    noteRow->addWidget(addNoteButton);
    layout->addLayout(noteRow);

    layout->addWidget(heading(tr("At a review"), this));
    auto* review = new QFormLayout;
    m_judgement = new QComboBox(this);
    m_judgement->setObjectName(QStringLiteral("meetingJudgement"));
    for (meeting::Judgement judgement :
         {meeting::Judgement::NotRecorded, meeting::Judgement::Better, meeting::Judgement::NoChange,
          meeting::Judgement::Worse})
        m_judgement->addItem(judgement == meeting::Judgement::NotRecorded
                                 ? tr("Not decided")
                                 : meeting::judgementTitle(judgement),
                             meeting::judgementCode(judgement));
    m_scaling = new QSpinBox(this);
    m_scaling->setRange(-1, 10);
    m_scaling->setSpecialValueText(tr("Not asked"));
    m_concerns = new QComboBox(this);
    for (meeting::ConcernTrend trend :
         {meeting::ConcernTrend::NotRecorded, meeting::ConcernTrend::Up,
          meeting::ConcernTrend::Down, meeting::ConcernTrend::Same})
        m_concerns->addItem(trend == meeting::ConcernTrend::NotRecorded
                                ? tr("Not decided")
                                : meeting::concernTitle(trend),
                            meeting::concernCode(trend));
    review->addRow(tr("Is life better for the family?"), m_judgement);
    review->addRow(tr("Scaling score now (0-10)"), m_scaling);
    review->addRow(tr("Have the worries gone up or down?"), m_concerns);
    layout->addLayout(review);
    m_actionReviews = new QTableWidget(0, 2, this);
    m_actionReviews->setObjectName(QStringLiteral("meetingActionReviews"));
    m_actionReviews->setHorizontalHeaderLabels({tr("Action"), tr("What happened")});
    m_actionReviews->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_actionReviews->verticalHeader()->hide();
    m_actionReviews->setMinimumHeight(120);
    layout->addWidget(m_actionReviews);
    auto* saveReviewButton = new QPushButton(tr("Save the review"), this);
    saveReviewButton->setObjectName(QStringLiteral("meetingSaveReview"));
    connect(saveReviewButton, &QPushButton::clicked, this, &MeetingDetails::saveReview);
    layout->addWidget(saveReviewButton, 0, Qt::AlignLeft);
    setEnabled(false);
}

void MeetingDetails::showMeeting(meeting::MeetingStore* meetings, FamilyStore* families,
                                 const std::optional<meeting::Meeting>& meeting,
                                 const std::optional<plan::Plan>& plan) {
    m_filling = true;
    m_meetings = meetings;
    m_meeting = meeting;
    setEnabled(meetings && meeting);
    m_attendance->setRowCount(0);
    m_actionReviews->setRowCount(0);
    m_notes->clear();
    m_circulation->showMeeting(meetings, meeting);
    m_lead->showMeeting(meetings, families, meeting);
    if (!meetings || !meeting) {
        m_filling = false;
        return;
    }
    if (families)
        fillPeopleToAdd(*families);
    for (const meeting::Attendee& attendee : meeting->attendees) {
        const int row = m_attendance->rowCount();
        m_attendance->insertRow(row);
        m_attendance->setItem(row, 0, new QTableWidgetItem(attendee.displayName));
        m_attendance->setItem(row, 1, new QTableWidgetItem(attendee.role));
        auto* choice = new QComboBox(m_attendance);
        for (meeting::Attendance attendance : kAttendances)
            choice->addItem(meeting::attendanceTitle(attendance));
        choice->setCurrentIndex(static_cast<int>(kAttendances.indexOf(attendee.attendance)));
        const QString id = attendee.id;
        connect(choice, &QComboBox::activated, this, [this, id](int index) {
            const Status set = m_meetings->setAttendance(m_meeting->id, id, kAttendances[index]);
            report(set ? QString() : set.error());
        });
        m_attendance->setCellWidget(row, 2, choice);
    }
    QStringList notes;
    for (const meeting::AgendaNote& note : meeting->notes)
        notes.append(tr("%1. %2: %3")
                         .arg(note.step)
                         .arg(meeting::VisualAgenda::step(note.step).title, note.text));
    m_notes->setText(notes.isEmpty() ? tr("No notes yet.") : notes.join(QLatin1Char('\n')));
    const meeting::ReviewOutcome& review = meeting->review;
    m_judgement->setCurrentIndex(m_judgement->findData(meeting::judgementCode(review.judgement)));
    m_scaling->setValue(review.scalingScore.value_or(-1));
    m_concerns->setCurrentIndex(m_concerns->findData(meeting::concernCode(review.concerns)));
    if (plan) {
        for (const plan::PlanAction& action : plan->actions) {
            const int row = m_actionReviews->rowCount();
            m_actionReviews->insertRow(row);
            auto* what = new QTableWidgetItem(action.what);
            what->setFlags(what->flags() & ~Qt::ItemIsEditable);
            what->setData(Qt::UserRole, action.id);
            m_actionReviews->setItem(row, 0, what);
            const meeting::ActionReview* done = review.action(action.id);
            m_actionReviews->setItem(row, 1,
                                     new QTableWidgetItem(done ? done->whatHappened : QString()));
        }
    }
    m_filling = false;
}

void MeetingDetails::fillPeopleToAdd(const FamilyStore& families) {
    m_personToAdd->clear();
    const auto family = families.loadFamily(m_meeting->familyId);
    if (!family)
        return;
    for (const plan::ActionOwner& owner : OwnerChoices::forFamily(families, *family)) {
        m_personToAdd->addItem(owner.name,
                               QStringList{plan::ownerKindCode(owner.kind), owner.id()});
    }
}

void MeetingDetails::addAttendee() {
    if (!m_meetings || !m_meeting || m_personToAdd->currentIndex() < 0)
        return;
    const QStringList who = m_personToAdd->currentData().toStringList();
    meeting::Attendee attendee;
    const bool family = who.value(0) == plan::ownerKindCode(plan::OwnerKind::FamilyMember);
    attendee.kind =
        family ? meeting::AttendeeKind::FamilyMember : meeting::AttendeeKind::Professional;
    (family ? attendee.personId : attendee.professionalId) = who.value(1);
    attendee.displayName = m_personToAdd->currentText();
    attendee.role = m_role->text().trimmed();
    const Result<QString> added = m_meetings->addAttendee(m_meeting->id, attendee);
    if (added)
        m_role->clear();
    report(added ? QString() : added.error());
}

void MeetingDetails::addNote() {
    if (!m_meetings || !m_meeting || m_noteText->text().trimmed().isEmpty())
        return;
    const Result<QString> added = m_meetings->addNote(
        m_meeting->id, m_noteStep->currentData().toInt(), m_noteText->text().trimmed());
    if (added)
        m_noteText->clear();
    report(added ? QString() : added.error());
}

void MeetingDetails::saveReview() {
    if (!m_meetings || !m_meeting)
        return;
    meeting::ReviewOutcome review;
    review.judgement = meeting::judgementFromCode(m_judgement->currentData().toString())
                           .value_or(meeting::Judgement::NotRecorded);
    if (m_scaling->value() >= 0)
        review.scalingScore = m_scaling->value();
    review.concerns = meeting::concernFromCode(m_concerns->currentData().toString())
                          .value_or(meeting::ConcernTrend::NotRecorded);
    for (int row = 0; row < m_actionReviews->rowCount(); ++row) {
        const QString text = m_actionReviews->item(row, 1)->text().trimmed();
        if (!text.isEmpty())
            review.actions.append(
                {m_actionReviews->item(row, 0)->data(Qt::UserRole).toString(), text});
    }
    const Status saved = m_meetings->recordReview(m_meeting->id, review);
    report(saved ? QString() : saved.error());
}

void MeetingDetails::report(const QString& problem) {
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        emit changed();
}

} // namespace kith::ui
