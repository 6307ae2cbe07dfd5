#include "genogram_editor.h"

#include "genogram/editing/add_child_command.h"
#include "genogram/editing/add_parent_command.h"
#include "genogram/editing/add_partner_command.h"
#include "genogram/editing/add_person_command.h"
#include "genogram/editing/add_relationship_command.h"
#include "genogram/editing/remove_line_command.h"
#include "genogram/editing/remove_person_command.h"
#include "genogram/editing/set_household_membership_command.h"
#include "genogram_details_panel.h"
#include "genogram_items.h"
#include "genogram_labels.h"
#include "genogram_legend.h"
#include "genogram_print.h"
#include "genogram_scene.h"
#include "genogram_view.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace kith::ui {

using namespace genogram;

namespace {

// The key as a picture in the side column: the same painter as exports use.
QLabel* legendLabel(QWidget* parent) {
    const LegendContent everything = LegendContent::everything();
    const QSizeF size = legendSize(everything, 280);
    const qreal ratio = parent->devicePixelRatioF();
    QPixmap pixmap((size * ratio).toSize());
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    paintLegend(painter, everything, QRectF(QPointF(0, 0), size));
    painter.end();
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("genogramLegend"));
    label->setPixmap(pixmap);
    label->setAccessibleName(GenogramEditor::tr("Key to the symbols and lines"));
    return label;
}

Person blankPerson(Sex sex) {
    Person person;
    person.sex = sex;
    return person;
}

Sex partnerSexFor(const Person* person) {
    if (!person)
        return Sex::Diverse;
    return person->sex == Sex::Male     ? Sex::Female
           : person->sex == Sex::Female ? Sex::Male
                                        : Sex::Diverse;
}

} // namespace

GenogramEditor::GenogramEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("genogramEditor"));
    auto* bar = new QWidget(this);
    buildToolbar(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_canvasHolder = new QWidget(splitter);
    auto* canvasLayout = new QVBoxLayout(m_canvasHolder);
    canvasLayout->setContentsMargins(0, 0, 0, 0);

    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsHolder = new QWidget(side);
    auto* detailsLayout = new QVBoxLayout(m_detailsHolder);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* legendScroll = new QScrollArea(side);
    legendScroll->setWidget(legendLabel(legendScroll));
    legendScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideLayout->addWidget(m_detailsHolder);
    sideLayout->addWidget(legendScroll, 1);
    splitter->addWidget(m_canvasHolder);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 300});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("genogramMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    setDocument(std::make_unique<GenogramDocument>(Genogram{}));
}

GenogramEditor::~GenogramEditor() {
    // Items refer to the document's genogram: the scene goes first.
    delete m_view;
    delete m_scene;
    delete m_details;
}

QAction* GenogramEditor::addTool(const QString& objectName, const QString& text,
                                 const QKeySequence& key, bool canvasOnly,
                                 void (GenogramEditor::*slot)()) {
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    if (canvasOnly) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_canvasActions.append(action);
    } else {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    return action;
}

void GenogramEditor::buildToolbar(QWidget* bar) {
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 4, 6, 0);
    auto button = [&](QAction* action) {
        auto* tool = new QToolButton(bar);
        tool->setDefaultAction(action);
        tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(tool);
    };
    button(addTool(QStringLiteral("addPerson"), tr("Person"), QKeySequence(Qt::Key_N), true,
                   &GenogramEditor::addPerson));
    button(addTool(QStringLiteral("addPartner"), tr("Partner"), QKeySequence(Qt::Key_P), true,
                   &GenogramEditor::addPartner));
    button(addTool(QStringLiteral("addChild"), tr("Child"), QKeySequence(Qt::Key_C), true,
                   &GenogramEditor::addChild));
    button(addTool(QStringLiteral("addParent"), tr("Parent"), QKeySequence(Qt::SHIFT | Qt::Key_P),
                   true, &GenogramEditor::addParent));
    m_draw = addTool(QStringLiteral("drawRelationship"), tr("Draw line"), QKeySequence(Qt::Key_R),
                     true, &GenogramEditor::toggleDrawing);
    m_draw->setCheckable(true);
    button(m_draw);
    m_bond = new QComboBox(bar);
    m_bond->setObjectName(QStringLiteral("genogramBond"));
    m_bond->setAccessibleName(tr("Kind of relationship to draw"));
    for (Bond bond : GenogramLabels::allBonds())
        m_bond->addItem(GenogramLabels::bond(bond), static_cast<int>(bond));
    connect(m_bond, &QComboBox::currentIndexChanged, this, [this] {
        if (m_view)
            m_view->setBond(Bond(m_bond->currentData().toInt()));
    });
    row->addWidget(m_bond);
    addTool(QStringLiteral("relationshipTo"), tr("Relationship with…"),
            QKeySequence(Qt::SHIFT | Qt::Key_R), true, &GenogramEditor::relationshipByKeyboard);
    addTool(QStringLiteral("toggleHousehold"), tr("In or out of the household"),
            QKeySequence(Qt::Key_H), true, &GenogramEditor::toggleHousehold);
    button(addTool(QStringLiteral("removeSelected"), tr("Remove"), QKeySequence::Delete, true,
                   &GenogramEditor::removeSelected));
    row->addSpacing(12);
    m_undo = new QAction(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    button(m_undo);
    m_redo = new QAction(tr("Redo"), this);
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redo);
    button(m_redo);
    connect(m_undo, &QAction::triggered, this, [this] { m_document->undoStack()->undo(); });
    connect(m_redo, &QAction::triggered, this, [this] { m_document->undoStack()->redo(); });
    row->addSpacing(12);
    button(addTool(QStringLiteral("zoomOut"), tr("Smaller"), QKeySequence::ZoomOut, false,
                   &GenogramEditor::zoomOut));
    button(addTool(QStringLiteral("zoomIn"), tr("Bigger"), QKeySequence::ZoomIn, false,
                   &GenogramEditor::zoomIn));
    button(addTool(QStringLiteral("fit"), tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), false,
                   &GenogramEditor::fit));
    button(addTool(QStringLiteral("large"), tr("Large"), QKeySequence(Qt::CTRL | Qt::Key_L), false,
                   &GenogramEditor::large));
    row->addStretch(1);
    button(addTool(QStringLiteral("exportPicture"), tr("Export…"),
                   QKeySequence(Qt::CTRL | Qt::Key_E), false, &GenogramEditor::exportAs));
    button(addTool(QStringLiteral("print"), tr("Print…"), QKeySequence::Print, false,
                   &GenogramEditor::print));
    for (QAction* tool : {m_undo, m_redo})
        tool->setToolTip(
            tr("%1 (%2)").arg(tool->text(), tool->shortcut().toString(QKeySequence::NativeText)));
}

void GenogramEditor::setDocument(std::unique_ptr<GenogramDocument> document,
                                 std::shared_ptr<GenogramPersister> persister) {
    delete m_view;
    delete m_scene;
    delete m_details;
    m_document = std::move(document);
    m_persister = std::move(persister);
    m_scene = new GenogramScene(m_document.get(), this);
    m_view = new GenogramView(m_scene, m_canvasHolder);
    m_view->setBond(Bond(m_bond->currentData().toInt()));
    m_view->addActions(m_canvasActions);
    m_canvasHolder->layout()->addWidget(m_view);
    m_details = new GenogramDetailsPanel(m_document.get(), m_detailsHolder);
    m_details->setPositionSource([this](const QString& id) {
        const PersonItem* item = m_scene->personItem(id);
        return item ? item->pos() : QPointF();
    });
    m_detailsHolder->layout()->addWidget(m_details);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GenogramEditor::selectionChanged);
    connect(m_view, &GenogramView::relationshipRefused, this, &GenogramEditor::showMessage);
    connect(m_document.get(), &GenogramDocument::saveFailed, this, [this](const QString& why) {
        showMessage(tr("Not saved yet: %1 Your changes are kept and will be saved with the "
                       "next one.")
                        .arg(why));
    });
    QUndoStack* stack = m_document->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::indexChanged, this, [this] { m_message->clear(); });
    m_draw->setChecked(false);
    m_view->fitAll();
}

QAction* GenogramEditor::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void GenogramEditor::showMessage(const QString& message) {
    m_message->setText(message);
}

void GenogramEditor::selectionChanged() {
    const QList<QGraphicsItem*> selected = m_scene->selectedItems();
    if (selected.size() != 1) {
        m_details->showRecord(RecordKind::Person, {});
        return;
    }
    QGraphicsItem* item = selected.first();
    if (item->type() == PersonItem::Type)
        m_details->showRecord(RecordKind::Person, static_cast<PersonItem*>(item)->personId());
    else if (item->type() == LineItem::Type)
        m_details->showRecord(static_cast<LineItem*>(item)->kind(),
                              static_cast<LineItem*>(item)->recordId());
}

namespace {
// Pushes `command` when it can apply, otherwise says why; selects `select` afterwards.
template <typename Command>
void pushOrExplain(GenogramEditor* editor, GenogramDocument* document, GenogramScene* scene,
                   Command* command, const QString& select,
                   const std::function<void(const QString&)>& explain) {
    Q_UNUSED(editor);
    if (!command->canApply()) {
        explain(command->reason());
        delete command;
        return;
    }
    document->undoStack()->push(command);
    scene->selectPerson(select);
}
} // namespace

void GenogramEditor::addPerson() {
    auto* command = new AddPersonCommand(m_document.get(), blankPerson(Sex::Diverse));
    pushOrExplain(this, m_document.get(), m_scene, command, command->personId(),
                  [this](const QString& why) { showMessage(why); });
}

void GenogramEditor::addPartner() {
    const QStringList selected = m_scene->selectedPeople();
    const QString person = selected.value(0);
    auto* command =
        new AddPartnerCommand(m_document.get(), person,
                              blankPerson(partnerSexFor(m_document->genogram().person(person))));
    pushOrExplain(this, m_document.get(), m_scene, command, command->partnerId(),
                  [this](const QString& why) { showMessage(why); });
}

void GenogramEditor::addChild() {
    const QStringList selected = m_scene->selectedPeople();
    const QString parent = selected.value(0);
    // Two people chosen: their child; one: theirs and their latest partner's.
    const QString other = selected.size() > 1
                              ? selected.value(1)
                              : AddChildCommand::latestPartnerOf(m_document->genogram(), parent);
    auto* command = new AddChildCommand(m_document.get(), parent, other, blankPerson(Sex::Diverse));
    pushOrExplain(this, m_document.get(), m_scene, command, command->childId(),
                  [this](const QString& why) { showMessage(why); });
}

void GenogramEditor::addParent() {
    auto* command = new AddParentCommand(m_document.get(), m_scene->selectedPeople().value(0),
                                         blankPerson(Sex::Diverse));
    pushOrExplain(this, m_document.get(), m_scene, command, command->parentId(),
                  [this](const QString& why) { showMessage(why); });
}

void GenogramEditor::removeSelected() {
    const QList<QGraphicsItem*> selected = m_scene->selectedItems();
    if (selected.isEmpty()) {
        showMessage(tr("Choose a person or a line to remove first."));
        return;
    }
    QStringList people;
    QList<QPair<RecordKind, QString>> lines;
    for (QGraphicsItem* item : selected) {
        if (item->type() == PersonItem::Type)
            people << static_cast<PersonItem*>(item)->personId();
        else if (item->type() == LineItem::Type)
            lines.append(
                {static_cast<LineItem*>(item)->kind(), static_cast<LineItem*>(item)->recordId()});
    }
    QUndoStack* stack = m_document->undoStack();
    // Several at once are one undo step.
    stack->beginMacro(tr("Remove"));
    for (const auto& [kind, id] : lines)
        if (kind != RecordKind::Household)
            stack->push(new RemoveLineCommand(m_document.get(), kind, id));
    for (const QString& id : people)
        stack->push(new RemovePersonCommand(m_document.get(), id));
    stack->endMacro();
    showMessage(tr("Removed. Undo (%1) puts it back.")
                    .arg(m_undo->shortcut().toString(QKeySequence::NativeText)));
}

void GenogramEditor::toggleDrawing() {
    m_view->setDrawingRelationship(m_draw->isChecked());
    if (m_draw->isChecked())
        showMessage(tr("Drag from one person to another to draw a \"%1\" line. Press R again to "
                       "stop.")
                        .arg(m_bond->currentText()));
    else
        m_message->clear();
}

void GenogramEditor::relationshipByKeyboard() {
    const QString from = m_scene->selectedPeople().value(0);
    if (from.isEmpty()) {
        showMessage(tr("Choose the first person, then press Shift+R to pick the second."));
        return;
    }
    QStringList names;
    QStringList ids;
    for (const Person& person : m_document->genogram().people) {
        if (person.id == from)
            continue;
        names << (person.name.isEmpty() ? tr("(no name yet)") : person.name);
        ids << person.id;
    }
    bool chosen = false;
    const QString name =
        QInputDialog::getItem(this, tr("Draw a relationship"),
                              tr("%1 with:").arg(m_bond->currentText()), names, 0, false, &chosen);
    if (!chosen)
        return;
    auto* command =
        new AddRelationshipCommand(m_document.get(), from, ids.value(names.indexOf(name)),
                                   Bond(m_bond->currentData().toInt()));
    pushOrExplain(this, m_document.get(), m_scene, command, from,
                  [this](const QString& why) { showMessage(why); });
}

void GenogramEditor::toggleHousehold() {
    const QString id = m_scene->selectedPeople().value(0);
    bool member = false;
    for (const Household& home : m_document->genogram().households)
        member = member || home.members.contains(id);
    auto* command = new SetHouseholdMembershipCommand(m_document.get(), id, !member);
    pushOrExplain(this, m_document.get(), m_scene, command, id,
                  [this](const QString& why) { showMessage(why); });
}

void GenogramEditor::zoomIn() {
    m_view->zoomBy(1.25);
}
void GenogramEditor::zoomOut() {
    m_view->zoomBy(0.8);
}
void GenogramEditor::fit() {
    m_view->fitAll();
}
void GenogramEditor::large() {
    m_view->zoomLarge();
}

Status GenogramEditor::exportPicture(PictureFormat format, const QString& path) const {
    return renderGenogram(m_document->genogram(), m_scene->layout(), format, path);
}

void GenogramEditor::exportAs() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the genogram as a picture"), tr("genogram.png"),
        tr("PNG picture (*.png);;SVG picture (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    const auto format = pictureFormatFromName(path.section(u'.', -1));
    if (!format) {
        showMessage(tr("Give the file name an ending of .png, .svg or .pdf to choose the kind of "
                       "picture."));
        return;
    }
    const Status saved = exportPicture(*format, path);
    showMessage(saved ? tr("Saved the genogram to %1.").arg(path) : saved.error());
}

void GenogramEditor::print() {
    printGenogram(m_document->genogram(), m_scene->layout(), this);
}

} // namespace kith::ui
