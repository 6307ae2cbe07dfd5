#include "meeting/presentation_window.h"

#include "meeting/agenda_picture.h"
#include "meeting/projected_plan_view.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

// High contrast: near-black on white, the current step on pale yellow with a dark frame.
const QString kStyle = QStringLiteral(
    "QWidget#presentationWindow { background: #ffffff; }"
    "QWidget#presentationWindow QLabel { color: #111111; background: transparent; }"
    "QFrame#agendaTile { border: 3px solid #c8c8c8; border-radius: 10px; background: #ffffff; }"
    "QFrame#agendaTile[current=\"true\"] { border: 6px solid #0b3d91; background: #fff3b0; }"
    "QScrollArea#projectedPlan, QWidget#projectedPlanContent { background: #ffffff; }");

QLabel* label(QWidget* parent, const QString& objectName) {
    auto* made = new QLabel(parent);
    made->setObjectName(objectName);
    made->setWordWrap(true);
    made->setTextFormat(Qt::PlainText);
    return made;
}

void setPixelSize(QWidget* widget, double pixels, bool bold) {
    QFont font = widget->font();
    font.setPixelSize(qRound(pixels));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

PresentationWindow::PresentationWindow(QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("TAF meeting agenda"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(kStyle);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 16, 28, 16);
    layout->setSpacing(12);
    auto* top = new QHBoxLayout;
    m_stepCount = label(this, QStringLiteral("presentationStepCount"));
    m_timer = label(this, QStringLiteral("presentationTimer"));
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timer->setAccessibleName(tr("Meeting time"));
    top->addWidget(m_stepCount, 1);
    top->addWidget(m_timer);
    layout->addLayout(top);

    m_strip = new QWidget(this);
    m_strip->setObjectName(QStringLiteral("agendaStrip"));
    new QHBoxLayout(m_strip);
    m_strip->layout()->setContentsMargins(0, 0, 0, 0);
    m_strip->layout()->setSpacing(8);
    layout->addWidget(m_strip);

    auto* current = new QHBoxLayout;
    current->setSpacing(24);
    m_picture = label(this, QStringLiteral("presentationPicture"));
    m_picture->setAlignment(Qt::AlignTop);
    auto* words = new QVBoxLayout;
    m_title = label(this, QStringLiteral("presentationTitle"));
    m_sentence = label(this, QStringLiteral("presentationSentence"));
    words->addWidget(m_title);
    words->addWidget(m_sentence);
    words->addStretch(1);
    current->addWidget(m_picture, 0, Qt::AlignTop);
    current->addLayout(words, 1);
    layout->addLayout(current);

    m_plan = new ProjectedPlanView(this);
    layout->addWidget(m_plan, 1);
    layout->addStretch(0);
    setSteps(meeting::VisualAgenda::steps());
    resize(1024, 640);
}

void PresentationWindow::setSteps(const QList<meeting::AgendaStep>& steps) {
    m_steps = steps;
    buildStrip();
    refresh();
}

void PresentationWindow::buildStrip() {
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_tilePictures.clear();
    m_tileTitles.clear();
    auto* row = static_cast<QHBoxLayout*>(m_strip->layout());
    for (const meeting::AgendaStep& step : std::as_const(m_steps)) {
        auto* tile = new QFrame(m_strip);
        tile->setObjectName(QStringLiteral("agendaTile"));
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(6, 6, 6, 6);
        tileLayout->setSpacing(2);
        QLabel* picture = label(tile, QStringLiteral("agendaTilePicture"));
        picture->setAlignment(Qt::AlignCenter);
        QLabel* title = label(tile, QStringLiteral("agendaTileTitle"));
        title->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        title->setAccessibleName(step.title);
        tileLayout->addWidget(picture);
        tileLayout->addWidget(title, 1);
        row->addWidget(tile, 1);
        m_tiles.append(tile);
        m_tilePictures.append(picture);
        m_tileTitles.append(title);
    }
    m_appliedScale = 0;
    applyScale();
}

void PresentationWindow::setCurrentStep(int number) {
    if (m_steps.isEmpty())
        return;
    m_current = std::clamp(number, 1, static_cast<int>(m_steps.size()));
    refresh();
}

void PresentationWindow::setPlan(const projection::SafePlan& plan) {
    m_plan->setPlan(plan);
}

void PresentationWindow::setTimerText(const QString& text) {
    m_timer->setText(tr("Time %1").arg(text));
}

void PresentationWindow::refresh() {
    if (m_steps.isEmpty())
        return;
    const meeting::AgendaStep& step = m_steps.at(m_current - 1);
    m_stepCount->setText(tr("Step %1 of %2").arg(m_current).arg(m_steps.size()));
    m_title->setText(tr("%1. %2").arg(step.number).arg(step.title));
    m_sentence->setText(step.whatHappens);
    const bool planStep = step.number == kPlanStep;
    // At step 6 the plan is what everyone reads: the step itself takes less room.
    m_sentence->setVisible(!planStep);
    m_plan->setVisible(planStep);
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i]->setProperty("current", i == m_current - 1);
        m_tiles[i]->style()->unpolish(m_tiles[i]);
        m_tiles[i]->style()->polish(m_tiles[i]);
        // At the plan step the strip keeps to pictures and numbers: the plan needs the room.
        const meeting::AgendaStep& tile = m_steps.at(i);
        m_tileTitles[i]->setText(planStep ? QString::number(tile.number)
                                          : tr("%1. %2").arg(tile.number).arg(tile.title));
    }
    m_appliedScale = 0;
    applyScale();
}

double PresentationWindow::scale() const {
    const double byWidth = width() / 1366.0;
    const double byHeight = height() / 768.0;
    return std::clamp(std::min(byWidth, byHeight), 0.75, 3.0);
}

void PresentationWindow::applyScale() {
    const double s = scale();
    if (qFuzzyCompare(s, m_appliedScale))
        return;
    m_appliedScale = s;
    const bool planStep = m_current == kPlanStep;
    setPixelSize(m_stepCount, 28 * s, false);
    setPixelSize(m_timer, 32 * s, true);
    setPixelSize(m_title, 52 * s, true);
    setPixelSize(m_sentence, 32 * s, false);
    for (int i = 0; i < m_tileTitles.size(); ++i)
        setPixelSize(m_tileTitles[i], 24 * s, i == m_current - 1);
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_tilePictures.size() && i < m_steps.size(); ++i)
        m_tilePictures[i]->setPixmap(agendaPicture(m_steps[i].iconKey, qRound(52 * s), ratio));
    if (!m_steps.isEmpty()) {
        const int size = qRound((planStep ? 84 : 180) * s);
        m_picture->setPixmap(agendaPicture(m_steps[m_current - 1].iconKey, size, ratio));
        m_picture->setFixedSize(size, size);
    }
    m_plan->setScale(s);
}

void PresentationWindow::showOn(QScreen* screen, bool fullScreen) {
    if (screen) {
        setScreen(screen);
        const QRect area = screen->availableGeometry();
        if (fullScreen) {
            setGeometry(screen->geometry());
            showFullScreen();
        } else {
            resize(std::min(1024, area.width()), std::min(640, area.height()));
            move(area.center() - rect().center());
            showNormal();
        }
    } else {
        show();
    }
    raise();
    activateWindow();
}

QStringList PresentationWindow::drawnTexts() const {
    QStringList texts;
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (const QLabel* shown : labels) {
        if (shown->isVisibleTo(this) && !shown->text().isEmpty())
            texts.append(shown->text());
    }
    return texts;
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    // F11: full screen here, for a projector that mirrors the chair's own screen.
    if (event->key() == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        event->accept();
        return;
    }
    if (const auto command = agendaCommandFor(*event, false)) {
        emit commandIssued(*command);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    applyScale();
}

} // namespace kith::ui
