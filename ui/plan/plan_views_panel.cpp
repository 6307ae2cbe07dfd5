#include "plan/plan_views_panel.h"

#include "model/family.h"
#include "plan/plan_store.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

QPlainTextEdit* textBox(QWidget* parent, const QString& name, int lines) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

// Calls `save` when the user stops typing in `edit` for a moment.
void saveWhenQuiet(QPlainTextEdit* edit, QObject* owner, const bool& filling,
                   std::function<void()> save) {
    auto* timer = new QTimer(owner);
    timer->setSingleShot(true);
    timer->setInterval(800);
    QObject::connect(timer, &QTimer::timeout, owner, save);
    QObject::connect(edit, &QPlainTextEdit::textChanged, owner, [timer, &filling] {
        if (!filling)
            timer->start();
    });
}

} // namespace

PlanViewsPanel::PlanViewsPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("planViewsPanel"));
    auto* layout = new QVBoxLayout(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    layout->addWidget(new QLabel(tr("The family's views of the plan, in their words"), this));
    m_familyViews = textBox(this, QStringLiteral("planFamilyViews"), 3);
    saveWhenQuiet(m_familyViews, this, m_filling, [this] { saveFamilyViews(); });
    layout->addWidget(m_familyViews);

    m_children = new QVBoxLayout;
    layout->addLayout(m_children);

    layout->addWidget(
        new QLabel(tr("How confident is everyone that the plan will help? (0 not at all, 10 "
                      "completely)"),
                   this));
    m_scores = new QListWidget(this);
    m_scores->setObjectName(QStringLiteral("planConfidence"));
    m_scores->setMaximumHeight(m_scores->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_scores);
    auto* scoreRow = new QHBoxLayout;
    m_scoreBy = new QLineEdit(this);
    m_scoreBy->setObjectName(QStringLiteral("planConfidenceBy"));
    m_scoreBy->setPlaceholderText(tr("Who, e.g. Amira (Mum)"));
    m_score = new QSpinBox(this);
    m_score->setObjectName(QStringLiteral("planConfidenceScore"));
    m_score->setRange(0, 10);
    auto* add = new QPushButton(tr("Add score"), this);
    add->setObjectName(QStringLiteral("planConfidenceAdd"));
    connect(add, &QPushButton::clicked, this, &PlanViewsPanel::addScore);
    scoreRow->addWidget(m_scoreBy, 1);
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(add);
    layout->addLayout(scoreRow);

    layout->addWidget(new QLabel(tr("What will happen if things do not change"), this));
    m_ifNothingChanges = textBox(this, QStringLiteral("planIfNothingChanges"), 3);
    saveWhenQuiet(m_ifNothingChanges, this, m_filling, [this] { saveIfNothingChanges(); });
    layout->addWidget(m_ifNothingChanges);
    layout->addStretch(1);
    setEnabled(false);
}

void PlanViewsPanel::showPlan(plan::PlanStore* store, const std::optional<plan::Plan>& plan,
                              const FamilyRecord* family) {
    m_filling = true;
    m_store = store;
    m_plan = plan;
    setEnabled(store && plan);
    m_familyViews->setPlainText(plan ? plan->familyViews : QString());
    m_ifNothingChanges->setPlainText(plan ? plan->ifNothingChanges : QString());
    m_scores->clear();
    if (plan) {
        for (const plan::ConfidenceScore& score : plan->confidence)
            m_scores->addItem(tr("%1: %2 out of 10").arg(score.byName).arg(score.score));
    }
    for (const ChildRow& row : std::as_const(m_childRows))
        delete row.box;
    m_childRows.clear();
    if (family) {
        for (const Person& person : family->people) {
            if (person.unborn ||
                (person.role != PersonRole::Child && person.role != PersonRole::YoungPerson))
                continue;
            ChildRow row;
            row.childId = person.id;
            auto* box = new QGroupBox(tr("%1's views").arg(person.displayName()), this);
            auto* form = new QFormLayout(box);
            row.box = box;
            row.words = textBox(box, QStringLiteral("planChildWords"), 2);
            row.present = new QCheckBox(tr("Was at the meeting"), box);
            row.howGathered = new QLineEdit(box);
            row.howGathered->setPlaceholderText(
                tr("When not there: how their views were heard, e.g. talked with their "
                   "teacher"));
            row.confidential = new QCheckBox(tr("Confidential: never shown on the projector"), box);
            form->addRow(tr("In their words"), row.words);
            form->addRow(QString(), row.present);
            form->addRow(tr("How gathered"), row.howGathered);
            form->addRow(QString(), row.confidential);
            if (plan) {
                for (const plan::ChildView& view : plan->childViews) {
                    if (view.childId != person.id)
                        continue;
                    row.viewId = view.id;
                    row.words->setPlainText(view.words);
                    row.present->setChecked(view.present);
                    row.howGathered->setText(view.howGathered);
                    row.confidential->setChecked(view.confidential);
                }
            }
            const int index = static_cast<int>(m_childRows.size());
            saveWhenQuiet(row.words, box, m_filling, [this, index] { saveChild(index); });
            connect(row.howGathered, &QLineEdit::editingFinished, box,
                    [this, index] { saveChild(index); });
            connect(row.present, &QCheckBox::clicked, box, [this, index] { saveChild(index); });
            connect(row.confidential, &QCheckBox::clicked, box,
                    [this, index] { saveChild(index); });
            m_children->addWidget(box);
            m_childRows.append(row);
        }
    }
    m_filling = false;
}

void PlanViewsPanel::report(const QString& problem) {
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        emit changed();
}

void PlanViewsPanel::saveFamilyViews() {
    if (!m_store || !m_plan)
        return;
    const Status saved =
        m_store->setFamilyViews(m_plan->id, m_familyViews->toPlainText().trimmed());
    report(saved ? QString() : saved.error());
}

void PlanViewsPanel::saveIfNothingChanges() {
    if (!m_store || !m_plan)
        return;
    const Status saved =
        m_store->setIfNothingChanges(m_plan->id, m_ifNothingChanges->toPlainText().trimmed());
    report(saved ? QString() : saved.error());
}

void PlanViewsPanel::saveChild(int index) {
    if (!m_store || !m_plan || index < 0 || index >= m_childRows.size())
        return;
    ChildRow& row = m_childRows[index];
    if (row.words->toPlainText().trimmed().isEmpty() && row.viewId.isEmpty())
        return; // nothing said yet
    plan::ChildView view;
    view.id = row.viewId;
    view.childId = row.childId;
    view.words = row.words->toPlainText().trimmed();
    view.present = row.present->isChecked();
    view.howGathered = row.howGathered->text().trimmed();
    view.confidential = row.confidential->isChecked();
    const Result<QString> saved = m_store->saveChildView(m_plan->id, view);
    if (saved)
        row.viewId = saved.value();
    report(saved ? QString() : saved.error());
}

void PlanViewsPanel::addScore() {
    if (!m_store || !m_plan)
        return;
    plan::ConfidenceScore score;
    score.byName = m_scoreBy->text().trimmed();
    score.score = m_score->value();
    const Result<QString> added = m_store->addConfidence(m_plan->id, score);
    if (added) {
        m_scores->addItem(tr("%1: %2 out of 10").arg(score.byName).arg(score.score));
        m_scoreBy->clear();
    }
    report(added ? QString() : added.error());
}

} // namespace kith::ui
