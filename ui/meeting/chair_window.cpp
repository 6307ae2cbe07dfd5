#include "meeting/chair_window.h"

#include "meeting/agenda_controller.h"
#include "meeting/agenda_picture.h"
#include "meeting/meeting_store.h"
#include "meeting/visual_agenda.h"
#include "plan/plan_editor.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTextEdit>
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

} // namespace

ChairWindow::ChairWindow(const StoreSession& session, AgendaController& agenda, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_agenda(agenda) {
    Q_UNUSED(session);
    setObjectName(QStringLiteral("chairWindow"));
    setWindowTitle(tr("TAF meeting: chair's screen"));
    m_plan = new PlanEditor(this);
    m_plan->setSession(&session);

    auto* centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(buildNotes());
    auto* planBox = new QWidget(centre);
    auto* planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(heading(tr("The plan (A adds an action)"), planBox));
    planLayout->addWidget(m_plan, 1);
    centre->addWidget(planBox);
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 3);
    centre->setChildrenCollapsible(false);

    auto* body = new QHBoxLayout;
    body->addWidget(buildSide());
    body->addWidget(centre, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(buildTopBar());
    layout->addLayout(body, 1);

    fillAttendees();
    qApp->installEventFilter(this);
    const QRect area = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1366, area.width()), std::min(768, area.height()));
}

ChairWindow::~ChairWindow() {
    qApp->removeEventFilter(this);
}

QWidget* ChairWindow::buildTopBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* previous = new QPushButton(tr("\u25c0 Previous step"), bar);
    previous->setObjectName(QStringLiteral("chairPrevious"));
    auto* next = new QPushButton(tr("Next step \u25b6"), bar);
    next->setObjectName(QStringLiteral("chairNext"));
    previous->setFocusPolicy(Qt::NoFocus);
    next->setFocusPolicy(Qt::NoFocus);
    connect(previous, &QPushButton::clicked, this,
            [this] { emit commandIssued(AgendaCommand::Previous); });
    connect(next, &QPushButton::clicked, this, [this] { emit commandIssued(AgendaCommand::Next); });
    m_stepTitle = new QLabel(bar);
    m_stepTitle->setObjectName(QStringLiteral("chairStepTitle"));
    QFont big = m_stepTitle->font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.3);
    m_stepTitle->setFont(big);
    m_timer = new QLabel(bar);
    m_timer->setObjectName(QStringLiteral("chairTimer"));
    m_projector = new QPushButton(tr("Show on the &projector"), bar);
    m_projector->setObjectName(QStringLiteral("chairProjector"));
    m_projector->setCheckable(true);
    m_screens = new QComboBox(bar);
    m_screens->setObjectName(QStringLiteral("chairScreens"));
    m_screens->setAccessibleName(tr("Screen for the projector"));
    fillScreens();
    connect(m_projector, &QPushButton::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        const QList<QScreen*> screens = QGuiApplication::screens();
        const int index = m_screens->currentIndex();
        m_agenda.setProjecting(on, index >= 0 && index < screens.size() ? screens[index] : nullptr);
    });
    row->addWidget(previous);
    row->addWidget(m_stepTitle, 1);
    row->addWidget(next);
    row->addSpacing(16);
    row->addWidget(m_timer);
    row->addSpacing(16);
    row->addWidget(new QLabel(tr("Screen:"), bar));
    row->addWidget(m_screens);
    row->addWidget(m_projector);
    return bar;
}

QWidget* ChairWindow::buildSide() {
    auto* side = new QWidget(this);
    side->setFixedWidth(300);
    auto* column = new QVBoxLayout(side);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(heading(tr("Agenda"), side));
    m_steps = new QListWidget(side);
    m_steps->setObjectName(QStringLiteral("chairSteps"));
    m_steps->setIconSize(QSize(28, 28));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const meeting::AgendaStep& step : meeting::VisualAgenda::steps()) {
        auto* item = new QListWidgetItem(QIcon(agendaPicture(step.iconKey, 28)),
                                         tr("%1. %2").arg(step.number).arg(step.title), m_steps);
        item->setToolTip(step.whatHappens);
    }
    connect(m_steps, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { m_agenda.goToStep(m_steps->row(item) + 1); });
    column->addWidget(m_steps, 3);
    column->addWidget(heading(tr("Who is here"), side));
    m_attendees = new QListWidget(side);
    m_attendees->setObjectName(QStringLiteral("chairAttendees"));
    m_attendees->setWordWrap(true);
    m_attendees->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attendees->setAccessibleName(tr("Who is here: ticked people are in the room"));
    connect(m_attendees, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        const meeting::Attendance attendance = item->checkState() == Qt::Checked
                                                   ? meeting::Attendance::Present
                                                   : meeting::Attendance::Invited;
        m_agenda.meetings().setAttendance(m_agenda.meeting().id,
                                          item->data(Qt::UserRole).toString(), attendance);
        m_agenda.reloadMeeting(); // who may see what has changed
    });
    column->addWidget(m_attendees, 2);
    m_hidden = new QLabel(side);
    m_hidden->setObjectName(QStringLiteral("chairHiddenCount"));
    m_hidden->setWordWrap(true);
    column->addWidget(m_hidden);
    return side;
}

QWidget* ChairWindow::buildNotes() {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_stepHelp = new QLabel(box);
    m_stepHelp->setObjectName(QStringLiteral("chairStepHelp"));
    m_stepHelp->setWordWrap(true);
    column->addWidget(m_stepHelp);
    m_notes = new QLabel(box);
    m_notes->setObjectName(QStringLiteral("chairNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    column->addWidget(m_notes);
    auto* row = new QHBoxLayout;
    m_note = new QPlainTextEdit(box);
    m_note->setObjectName(QStringLiteral("chairNoteEdit"));
    m_note->setPlaceholderText(tr("Notes for this step (not shown on the projector)"));
    m_note->setTabChangesFocus(true);
    auto* add = new QPushButton(tr("Add &note"), box);
    add->setObjectName(QStringLiteral("chairAddNote"));
    connect(add, &QPushButton::clicked, this, &ChairWindow::addNote);
    row->addWidget(m_note, 1);
    row->addWidget(add, 0, Qt::AlignBottom);
    column->addLayout(row, 1);
    return box;
}

void ChairWindow::fillScreens() {
    m_screens->clear();
    const QList<QScreen*> screens = QGuiApplication::screens();
    int choice = 0;
    for (int i = 0; i < screens.size(); ++i) {
        const QSize size = screens[i]->size();
        m_screens->addItem(
            tr("%1 (%2 \u00d7 %3)").arg(screens[i]->name()).arg(size.width()).arg(size.height()));
        if (screens[i] != screen() && choice == 0)
            choice = i; // a second screen, when there is one
    }
    m_screens->setCurrentIndex(choice);
}

void ChairWindow::fillAttendees() {
    m_filling = true;
    m_attendees->clear();
    for (const meeting::Attendee& attendee : m_agenda.meeting().attendees) {
        const QString text = attendee.role.isEmpty()
                                 ? attendee.displayName
                                 : tr("%1 (%2)").arg(attendee.displayName, attendee.role);
        auto* item = new QListWidgetItem(text, m_attendees);
        item->setData(Qt::UserRole, attendee.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(attendee.attendance == meeting::Attendance::Present ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    m_filling = false;
}

void ChairWindow::fillNotes() {
    QStringList lines;
    for (const meeting::AgendaNote& note : m_agenda.meeting().notesFor(m_step))
        lines.append(QStringLiteral("\u2022 ") + note.text);
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notes->setVisible(!lines.isEmpty());
}

void ChairWindow::showStep(int number) {
    m_step = number;
    const meeting::AgendaStep step = meeting::VisualAgenda::step(number);
    m_stepTitle->setText(
        tr("Step %1 of %2: %3").arg(number).arg(meeting::VisualAgenda::kStepCount).arg(step.title));
    m_stepHelp->setText(step.whatHappens);
    m_steps->setCurrentRow(number - 1);
    fillNotes();
}

void ChairWindow::setTimerText(const QString& text) {
    m_timer->setText(tr("Time %1").arg(text));
}

void ChairWindow::setHiddenCount(int count) {
    m_hidden->setText(
        count == 0   ? tr("Everything in the plan may be shown on the projector.")
        : count == 1 ? tr("1 item in the plan is not shown on the projector (marked in the plan).")
                     : tr("%1 items in the plan are not shown on the projector (marked in the "
                          "plan).")
                           .arg(count));
}

void ChairWindow::setProjecting(bool on) {
    m_filling = true;
    m_projector->setChecked(on);
    m_filling = false;
}

bool ChairWindow::addNote() {
    const QString text = m_note->toPlainText().trimmed();
    if (text.isEmpty())
        return false;
    const auto added = m_agenda.meetings().addNote(m_agenda.meeting().id, m_step, text);
    if (!added) {
        m_notes->setText(added.error());
        m_notes->show();
        return false;
    }
    m_note->clear();
    m_agenda.reloadMeeting();
    fillNotes();
    return true;
}

bool ChairWindow::isTyping(QObject* receiver) const {
    auto writesText = [](QObject* widget) {
        if (auto* combo = qobject_cast<QComboBox*>(widget))
            return combo->isEditable();
        return qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
               qobject_cast<QTextEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget);
    };
    // Key events go to the focus widget; the receiver is checked too, for when this window
    // is not the active one (the projected window was just shown).
    QWidget* focus = QApplication::focusWidget();
    return writesText(receiver) || (focus && focus->window() == this && writesText(focus));
}

bool ChairWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->window() == this) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (const auto command = agendaCommandFor(*key, isTyping(watched))) {
                emit commandIssued(*command);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kith::ui
