#include "meeting/projected_plan_view.h"

#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace kith::ui {

ProjectedPlanView::ProjectedPlanView(QWidget* parent)
    : QScrollArea(parent) {
    setObjectName(QStringLiteral("projectedPlan"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rebuild();
}

void ProjectedPlanView::setPlan(const projection::SafePlan& plan) {
    const int before = m_shownActions;
    m_plan = plan;
    rebuild();
    // A new action is what everyone is looking at: bring it into view.
    if (m_plan.actionCount() > before) {
        QTimer::singleShot(
            0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
    }
}

void ProjectedPlanView::setScale(double scale) {
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    rebuild();
}

QWidget* ProjectedPlanView::addLabel(const QString& text, int pixelSize, bool bold,
                                     const QString& objectName, int indent) {
    auto* label = new QLabel(text, m_content);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPixelSize(qRound(pixelSize * m_scale));
    font.setBold(bold);
    label->setFont(font);
    label->setContentsMargins(qRound(indent * m_scale), 0, 0, 0);
    m_layout->addWidget(label);
    return label;
}

void ProjectedPlanView::rebuild() {
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("projectedPlanContent"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(qRound(6 * m_scale));
    m_shownActions = m_plan.actionCount();

    if (m_plan.isEmpty())
        addLabel(tr("The plan will appear here as it is written."), 28, false,
                 QStringLiteral("projectedPlanEmpty"));
    const QLocale locale;
    for (const projection::ProjectedNeed& need : m_plan.needs) {
        m_layout->addSpacing(qRound(8 * m_scale));
        addLabel(need.text, 32, true, QStringLiteral("projectedNeed"));
        for (const projection::ProjectedOutcome& outcome : need.outcomes) {
            addLabel(tr("%1: %2").arg(outcome.heading, outcome.text), 26, false,
                     QStringLiteral("projectedOutcome"), 24);
            for (const projection::ProjectedAction& action : outcome.actions) {
                addLabel(action.what, 28, true, QStringLiteral("projectedAction"), 48);
                QStringList details;
                details << tr("Who: %1").arg(action.owner.isEmpty() ? tr("not decided yet")
                                                                    : action.owner);
                details << tr("By: %1").arg(
                    action.dueOn.isValid()
                        ? locale.toString(action.dueOn, QStringLiteral("d MMMM yyyy"))
                        : tr("not decided yet"));
                details << tr("Now: %1").arg(action.status);
                addLabel(details.join(QStringLiteral("     ")), 24, false,
                         QStringLiteral("projectedActionWho"), 48);
                if (!action.howWeWillKnow.isEmpty())
                    addLabel(tr("We will know when: %1").arg(action.howWeWillKnow), 24, false,
                             QStringLiteral("projectedActionMeasure"), 48);
            }
        }
    }
    if (!m_plan.views.isEmpty()) {
        m_layout->addSpacing(qRound(12 * m_scale));
        addLabel(tr("What we think"), 32, true, QStringLiteral("projectedViewsHeading"));
        for (const projection::ProjectedView& view : m_plan.views)
            addLabel(tr("%1: \u201c%2\u201d").arg(view.whose, view.words), 26, false,
                     QStringLiteral("projectedView"), 24);
    }
    for (const projection::ProjectedScore& score : m_plan.confidence)
        addLabel(tr("How sure %1 is that the plan will help: %2 out of 10")
                     .arg(score.byName)
                     .arg(score.score),
                 24, false, QStringLiteral("projectedConfidence"), 24);
    if (!m_plan.ifNothingChanges.isEmpty())
        addLabel(tr("If nothing changes: %1").arg(m_plan.ifNothingChanges), 24, false,
                 QStringLiteral("projectedIfNothingChanges"));
    m_layout->addStretch(1);
    setWidget(m_content); // deletes the previous content
}

} // namespace kith::ui
