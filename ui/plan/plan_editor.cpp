#include "plan/plan_editor.h"

#include "display_format.h"
#include "due/due_settings.h"
#include "plan/owner_choices.h"
#include "plan/plan_item_form.h"
#include "plan/rag_chip.h"
#include "store_session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;
enum ItemKind { NeedItem = 1, OutcomeItem, ActionItem };
enum Column { TextColumn, WhoColumn, DueColumn, StatusColumn, RagColumn, ProjectorColumn };

} // namespace

PlanEditor::PlanEditor(QWidget* parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_form(new PlanItemForm(this))
    , m_problem(new QLabel(this))
    , m_autosave(new QTimer(this)) {
    setObjectName(QStringLiteral("planEditor"));
    m_empty->setObjectName(QStringLiteral("planEmpty"));
    m_empty->setWordWrap(true);
    auto button = [this](const QString& text, const QString& name) {
        auto* made = new QPushButton(text, this);
        made->setObjectName(name);
        return made;
    };
    m_start = button(tr("&Start the plan"), QStringLiteral("planStart"));
    m_addNeed = button(tr("Add &need"), QStringLiteral("planAddNeed"));
    m_addOutcome = button(tr("Add &outcome"), QStringLiteral("planAddOutcome"));
    m_addAction = button(tr("Add &action"), QStringLiteral("planAddAction"));
    m_remove = button(tr("&Remove"), QStringLiteral("planRemove"));
    connect(m_start, &QPushButton::clicked, this, &PlanEditor::startPlan);
    connect(m_addNeed, &QPushButton::clicked, this, &PlanEditor::addNeed);
    connect(m_addOutcome, &QPushButton::clicked, this, &PlanEditor::addOutcome);
    connect(m_addAction, &QPushButton::clicked, this, &PlanEditor::addAction);
    connect(m_remove, &QPushButton::clicked, this, &PlanEditor::removeChosen);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* made : {m_start, m_addNeed, m_addOutcome, m_addAction, m_remove})
        buttons->addWidget(made);
    buttons->addStretch(1);

    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setAccessibleName(tr("The plan: needs, outcomes and actions"));
    m_tree->setHeaderLabels({tr("Need, outcome or action"), tr("Who"), tr("By when"), tr("Status"),
                             tr("RAG"), tr("Projector")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    for (int column = WhoColumn; column <= ProjectorColumn; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (m_filling || !current)
            return;
        const QString id = current->data(TextColumn, kIdRole).toString();
        if (m_autosave->isActive()) {
            m_autosave->stop();
            saveNow();
        }
        if (QTreeWidgetItem* again = itemFor(id))
            choose(again);
    });

    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(700);
    connect(m_autosave, &QTimer::timeout, this, &PlanEditor::saveNow);
    connect(m_form, &PlanItemForm::edited, m_autosave, qOverload<>(&QTimer::start));
    connect(m_form, &PlanItemForm::committed, this, [this] {
        m_autosave->stop();
        saveNow();
    });

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    auto* formBox = new QWidget(split);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 4, 0, 0);
    formLayout->addWidget(m_problem);
    formLayout->addWidget(m_form);
    split->addWidget(formBox);
    split->setSizes({400, 240}); // the tree gets most of the room
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    clear();
}

PlanEditor::~PlanEditor() {
    // Keep what was typed, but tell no one: the windows around are going away too.
    disconnect(m_form, nullptr, this, nullptr);
    blockSignals(true);
    if (m_autosave->isActive())
        saveNow();
}

void PlanEditor::setSession(const StoreSession* session) {
    m_session = session;
    m_store.reset();
    if (session) {
        m_store = std::make_unique<plan::PlanStore>(session->database());
        m_store->setActor(due::DueSettings::actorId(session->database()));
    }
    clear();
}

bool PlanEditor::showFamily(const QString& familyId) {
    if (!m_session || !m_store || familyId.isEmpty()) {
        clear();
        return false;
    }
    m_familyId = familyId;
    const auto family = m_session->store().loadFamily(familyId);
    if (family)
        m_form->setChoices(OwnerChoices::forFamily(m_session->store(), *family),
                           OwnerChoices::people(*family));
    m_form->showNothing(tr("Choose a need, outcome or action to change it, or add one."));
    reload();
    return true;
}

void PlanEditor::clear() {
    m_autosave->stop();
    m_familyId.clear();
    m_plan.reset();
    m_hidden.clear();
    m_form->showNothing({});
    showProblem({});
    fillTree();
}

void PlanEditor::reload() {
    m_plan = m_store && !m_familyId.isEmpty() ? m_store->current(m_familyId) : std::nullopt;
    fillTree();
    emit planChanged();
}

void PlanEditor::setProjectorHidden(const QHash<QString, QString>& hidden) {
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    fillTree();
}

QString PlanEditor::problem() const {
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void PlanEditor::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void PlanEditor::updateButtons() {
    const bool hasPlan = m_plan.has_value();
    m_start->setVisible(!hasPlan && !m_familyId.isEmpty());
    m_empty->setVisible(!hasPlan);
    m_empty->setText(m_familyId.isEmpty()
                         ? tr("Choose a family to see their plan.")
                         : tr("There is no plan yet. Starting one brings in the worries and the "
                              "help asked for in the family's assessment as needs."));
    for (QPushButton* button : {m_addNeed, m_addOutcome, m_addAction, m_remove})
        button->setVisible(hasPlan);
    m_addOutcome->setEnabled(hasPlan && !m_plan->needs.isEmpty());
    m_addAction->setEnabled(hasPlan && !m_plan->outcomes.isEmpty());
}

void PlanEditor::fillTree() {
    m_filling = true;
    const QString current = m_form->itemId();
    m_tree->clear();
    updateButtons();
    if (!m_plan) {
        m_filling = false;
        return;
    }
    const QDate today = m_session ? m_session->today() : QDate::currentDate();
    auto mark = [this](QTreeWidgetItem* item, const QString& id, bool confidential) {
        item->setData(TextColumn, kIdRole, id);
        if (m_hidden.contains(id)) {
            item->setText(ProjectorColumn, tr("Not shown on the projector"));
            item->setToolTip(ProjectorColumn, m_hidden.value(id));
        } else if (confidential) {
            item->setText(ProjectorColumn, tr("Confidential: not projected"));
        }
    };
    for (const plan::PlanNeed& need : m_plan->needs) {
        auto* needItem = new QTreeWidgetItem(m_tree, {need.text});
        needItem->setData(TextColumn, kKindRole, NeedItem);
        QFont bold = needItem->font(TextColumn);
        bold.setBold(true);
        needItem->setFont(TextColumn, bold);
        mark(needItem, need.id, need.confidential);
        for (const plan::PlanOutcome& outcome : m_plan->outcomes) {
            if (outcome.needId != need.id)
                continue;
            auto* outcomeItem = new QTreeWidgetItem(
                needItem,
                {tr("%1: %2").arg(plan::PlanLabels::heading(outcome.heading), outcome.text)});
            outcomeItem->setData(TextColumn, kKindRole, OutcomeItem);
            mark(outcomeItem, outcome.id, outcome.confidential);
            for (const plan::PlanAction& action : m_plan->actionsOf(outcome.id)) {
                const plan::Rag rag = plan::ragOf(action, today);
                auto* actionItem = new QTreeWidgetItem(
                    outcomeItem,
                    {action.what, action.owner.isEmpty() ? tr("Nobody yet") : action.owner.name,
                     action.dueOn.isValid() ? DisplayFormat::date(action.dueOn) : tr("No date"),
                     plan::PlanLabels::actionStatus(action.status), RagChip::word(rag)});
                actionItem->setData(TextColumn, kKindRole, ActionItem);
                actionItem->setBackground(RagColumn, RagChip::background(rag));
                actionItem->setForeground(RagColumn, RagChip::foreground(rag));
                actionItem->setToolTip(RagColumn, plan::RagLabels::title(rag));
                actionItem->setTextAlignment(RagColumn, Qt::AlignCenter);
                mark(actionItem, action.id, action.confidential);
            }
        }
    }
    m_tree->expandAll();
    if (QTreeWidgetItem* again = itemFor(current))
        m_tree->setCurrentItem(again);
    m_filling = false;
}

QTreeWidgetItem* PlanEditor::itemFor(const QString& id) const {
    if (id.isEmpty())
        return nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(TextColumn, kIdRole).toString() == id)
            return *it;
    }
    return nullptr;
}

void PlanEditor::choose(QTreeWidgetItem* item) {
    if (!m_plan || !item)
        return;
    m_filling = true;
    m_tree->setCurrentItem(item);
    m_filling = false;
    m_pendingParentId.clear();
    const QString id = item->data(TextColumn, kIdRole).toString();
    switch (item->data(TextColumn, kKindRole).toInt()) {
    case NeedItem:
        if (const plan::PlanNeed* need = m_plan->need(id))
            m_form->editNeed(*need);
        break;
    case OutcomeItem:
        if (const plan::PlanOutcome* outcome = m_plan->outcome(id))
            m_form->editOutcome(*outcome);
        break;
    case ActionItem:
        if (const plan::PlanAction* action = m_plan->action(id))
            m_form->editAction(*action);
        break;
    default:
        break;
    }
}

QString PlanEditor::chosenId(int kind) const {
    if (!m_plan)
        return {};
    QTreeWidgetItem* item = m_tree->currentItem();
    const QString id = item ? item->data(TextColumn, kIdRole).toString() : QString();
    const int chosenKind = item ? item->data(TextColumn, kKindRole).toInt() : 0;
    if (chosenKind == ActionItem && kind != ActionItem) {
        const plan::PlanAction* action = m_plan->action(id);
        const QString outcomeId = action ? action->outcomeId : QString();
        if (kind == OutcomeItem)
            return outcomeId;
        const plan::PlanOutcome* outcome = m_plan->outcome(outcomeId);
        return outcome ? outcome->needId : QString();
    }
    if (chosenKind == OutcomeItem && kind == NeedItem) {
        const plan::PlanOutcome* outcome = m_plan->outcome(id);
        return outcome ? outcome->needId : QString();
    }
    if (chosenKind == NeedItem && kind == OutcomeItem) {
        for (const plan::PlanOutcome& outcome : m_plan->outcomes) {
            if (outcome.needId == id)
                return outcome.id; // the need's first outcome
        }
        return {};
    }
    return chosenKind == kind ? id : QString();
}

bool PlanEditor::startPlan() {
    if (!m_store || m_familyId.isEmpty())
        return false;
    const Result<QString> started = m_store->start(m_familyId);
    if (!started) {
        showProblem(started.error());
        return false;
    }
    showProblem({});
    reload();
    return true;
}

bool PlanEditor::addNeed() {
    if (!m_plan)
        return false;
    saveNow();
    m_tree->setCurrentItem(nullptr);
    m_pendingParentId.clear();
    m_form->editNeed({});
    m_form->findChild<QPlainTextEdit*>(QStringLiteral("planNeedText"))->setFocus();
    return true;
}

bool PlanEditor::addOutcome() {
    if (!m_plan || m_plan->needs.isEmpty()) {
        showProblem(tr("Add a need first: each outcome is for one of the family's needs."));
        return false;
    }
    saveNow();
    QString needId = chosenId(NeedItem);
    if (needId.isEmpty())
        needId = m_plan->needs.last().id;
    m_tree->setCurrentItem(nullptr);
    m_pendingParentId = needId;
    plan::PlanOutcome outcome;
    outcome.needId = needId;
    m_form->editOutcome(outcome);
    m_form->findChild<QPlainTextEdit*>(QStringLiteral("planOutcomeText"))->setFocus();
    return true;
}

bool PlanEditor::addAction() {
    if (!m_plan || m_plan->outcomes.isEmpty()) {
        showProblem(tr("Add an outcome first: each action is a step towards an outcome."));
        return false;
    }
    saveNow();
    QString outcomeId = chosenId(OutcomeItem);
    if (outcomeId.isEmpty())
        outcomeId = m_plan->outcomes.last().id;
    m_tree->setCurrentItem(nullptr);
    m_pendingParentId = outcomeId;
    plan::PlanAction action;
    action.outcomeId = outcomeId;
    m_form->editAction(action);
    m_form->actionWhat()->setFocus(Qt::ShortcutFocusReason);
    showProblem({});
    return true;
}

bool PlanEditor::removeChosen() {
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!m_plan || !m_store || !item)
        return false;
    const QString id = item->data(TextColumn, kIdRole).toString();
    const int kind = item->data(TextColumn, kKindRole).toInt();
    const QString what = kind == NeedItem
                             ? tr("Remove this need, with its outcomes and their actions?")
                         : kind == OutcomeItem ? tr("Remove this outcome and its actions?")
                                               : tr("Remove this action?");
    if (QMessageBox::question(this, tr("Remove from the plan"), what) != QMessageBox::Yes)
        return false;
    const Status removed = kind == NeedItem      ? m_store->removeNeed(m_plan->id, id)
                           : kind == OutcomeItem ? m_store->removeOutcome(m_plan->id, id)
                                                 : m_store->removeAction(m_plan->id, id);
    if (!removed) {
        showProblem(removed.error());
        return false;
    }
    m_form->showNothing(tr("Choose a need, outcome or action to change it, or add one."));
    reload();
    return true;
}

void PlanEditor::focusAction(const QString& actionId, const QString& findingCode) {
    if (QTreeWidgetItem* item = itemFor(actionId)) {
        choose(item);
        m_tree->scrollToItem(item);
        m_form->focusField(findingCode);
    }
}

bool PlanEditor::saveNow() {
    m_autosave->stop();
    if (!m_store || !m_plan || m_form->kind() == PlanItemForm::Kind::None)
        return false;
    const bool isNew = m_form->itemId().isEmpty();
    Result<QString> saved = Result<QString>::fail(QString());
    switch (m_form->kind()) {
    case PlanItemForm::Kind::Need: {
        plan::PlanNeed need = m_form->need();
        if (isNew && need.text.isEmpty())
            return false; // nothing written yet
        saved = m_store->saveNeed(m_plan->id, need);
        break;
    }
    case PlanItemForm::Kind::Outcome: {
        plan::PlanOutcome outcome = m_form->outcome();
        if (isNew && outcome.text.isEmpty())
            return false;
        saved = m_store->saveOutcome(m_plan->id, outcome);
        break;
    }
    case PlanItemForm::Kind::Action: {
        plan::PlanAction action = m_form->action();
        if (isNew && action.what.isEmpty())
            return false;
        saved = m_store->saveAction(m_plan->id, action);
        break;
    }
    case PlanItemForm::Kind::None:
        return false;
    }
    if (!saved) {
        showProblem(saved.error());
        return false;
    }
    showProblem({});
    m_form->setItemId(saved.value());
    m_pendingParentId.clear();
    reload();
    return true;
}

} // namespace kith::ui
