#include "assessment/assessment_page.h"

#include "assessment/answer_autosaver.h"
#include "assessment/assessment_dialogs.h"
#include "assessment/assessment_header.h"
#include "assessment/assessment_history.h"
#include "assessment/assessment_store.h"
#include "assessment/assessment_summary.h"
#include "assessment/field_editor.h"
#include "assessment/section_editor.h"
#include "client/sync_state_store.h"
#include "due/due_settings.h"
#include "family_detail_models.h"
#include "family_tab.h"
#include "store_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kith::ui {

using namespace assessment;

namespace {

QLabel* makeText(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A boxed note that must not be missed: the manager's comments, a family's disagreement.
QLabel* makeNote(QWidget* parent, const QString& objectName, const QString& colour) {
    QLabel* label = makeText(parent, objectName);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid #c9a227; "
                                        "padding: 6px; }")
                             .arg(colour));
    return label;
}

QFont scaled(const QFont& base, double factor) {
    QFont font = base;
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

// The rows of each repeating field that hold answers, in the order they were first
// written (row ids are random, so their own order means nothing to a person).
QMap<QString, QStringList> answeredRows(const Answers& answers,
                                        const QList<Contribution>& contributions) {
    QMap<QString, QStringList> rows;
    for (const Contribution& contribution : contributions) {
        const auto path = AnswerPath::parse(contribution.path);
        if (!path || !path->isRow() || !isAnswered(answers.value(contribution.path)))
            continue;
        QStringList& list = rows[AnswerPath::make(path->section, path->field)];
        if (!list.contains(path->row))
            list.append(path->row);
    }
    return rows;
}

bool sameFamily(const FamilyContext& a, const FamilyContext& b) {
    QStringList childrenA, childrenB;
    for (const auto& child : a.children)
        childrenA.append(child.id);
    for (const auto& child : b.children)
        childrenB.append(child.id);
    return a.names == b.names && childrenA == childrenB &&
           a.involvementCount == b.involvementCount && a.consentInForce == b.consentInForce &&
           a.hasGenogram == b.hasGenogram;
}

} // namespace

AssessmentPage::AssessmentPage(QWidget* parent)
    : QWidget(parent)
    , m_forms(&FormLibrary::builtIn())
    , m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("assessmentPage"));
    m_autosaver = new AnswerAutosaver(
        [this](const QString& path) {
            FieldEditor* editor = fieldEditor(path);
            return editor ? editor->value() : QJsonValue();
        },
        [this](const QString& path, const QJsonValue& value) { return save(path, value); }, this);
    connect(m_autosaver, &AnswerAutosaver::stateChanged, this,
            [this] { m_header->setSaveState(m_autosaver->stateText()); });
    connect(m_autosaver, &AnswerAutosaver::saved, this, [this](const QString& path) {
        if (FieldEditor* editor = fieldEditor(path))
            editor->setError({});
    });
    connect(m_autosaver, &AnswerAutosaver::refused, this,
            [this](const QString& path, const QString& message) {
                if (FieldEditor* editor = fieldEditor(path))
                    editor->setError(message);
            });

    m_nothing = makeText(m_stack, QStringLiteral("assessmentNothing"));
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setText(tr("Choose a family to see their Early Help Assessment."));
    m_stack->addWidget(m_nothing);
    m_startView = buildStartView();
    m_stack->addWidget(m_startView);
    m_editorView = buildEditorView();
    m_stack->addWidget(m_editorView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

AssessmentPage::~AssessmentPage() = default;

QWidget* AssessmentPage::buildStartView() {
    auto* view = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(32, 32, 32, 32);
    auto* title = makeText(view, QStringLiteral("assessmentStartTitle"));
    title->setText(tr("This family has no Early Help Assessment yet."));
    title->setFont(scaled(font(), 1.3));
    auto* explain = makeText(view, QStringLiteral("assessmentStartExplain"));
    explain->setText(tr("The Early Help Assessment is written with the family: their story, "
                        "what is going well, what everyone is worried about, what each child "
                        "says, and what support would help; every service then works from it."));
    auto* startButton = new QPushButton(tr("Start the Early Help &Assessment"), view);
    startButton->setObjectName(QStringLiteral("assessmentStart"));
    connect(startButton, &QPushButton::clicked, this, [this] { start(); });
    m_startProblem =
        makeNote(view, QStringLiteral("assessmentStartProblem"), QStringLiteral("#fdecea"));
    m_startProblem->hide();
    layout->addWidget(title);
    layout->addWidget(explain);
    auto* row = new QHBoxLayout;
    row->addWidget(startButton);
    row->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_startProblem);
    layout->addStretch(1);
    return view;
}

QWidget* AssessmentPage::buildEditorView() {
    auto* view = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new AssessmentHeader(view);
    layout->addWidget(m_header);
    connectActions();

    auto* body = new QHBoxLayout;
    body->setContentsMargins(16, 0, 0, 0);
    auto* left = new QVBoxLayout;
    auto* listLabel = new QLabel(tr("Secti&ons"), view);
    listLabel->setFont(scaled(font(), 1.0));
    m_overall = makeText(view, QStringLiteral("assessmentOverall"));
    m_sectionList = new QListWidget(view);
    m_sectionList->setObjectName(QStringLiteral("assessmentSections"));
    m_sectionList->setAccessibleName(tr("Sections of the assessment"));
    m_sectionList->setFixedWidth(260);
    m_sectionList->setWordWrap(true);
    m_sectionList->setSpacing(2);
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    listLabel->setBuddy(m_sectionList);
    m_overall->setFixedWidth(260);
    left->addWidget(listLabel);
    left->addWidget(m_overall);
    left->addWidget(m_sectionList, 1);
    body->addLayout(left);
    m_sectionStack = new QStackedWidget(view);
    body->addWidget(m_sectionStack, 1);
    layout->addLayout(body, 1);
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (sectionEditor(row))
            m_sectionStack->setCurrentIndex(row);
    });
    return view;
}

void AssessmentPage::setFormLibrary(const FormLibrary* forms) {
    m_forms = forms ? forms : &FormLibrary::builtIn();
    setSession(m_session);
}

void AssessmentPage::setSession(const StoreSession* session) {
    savePending(); // into the store that is closing
    m_session = session;
    m_store.reset();
    if (session) {
        m_store = std::make_unique<AssessmentStore>(session->database(), *m_forms);
        m_actor = due::DueSettings::actorId(session->database());
        m_store->setActor(m_actor);
    }
    clear();
}

void AssessmentPage::placeBeside(QWidget* familyPage) {
    placeAsFamilyTab(this, familyPage, tr("Assessment"));
}

bool AssessmentPage::showFamily(const QString& familyId) {
    savePending(); // the last family's answers first
    m_autosaver->reset();
    if (!m_store || familyId.isEmpty()) {
        clear();
        return false;
    }
    m_familyId = familyId;
    if (isVisible()) {
        reload();
        return m_family.exists;
    }
    // Drawn when the tab is first shown: choosing families in the list stays quick.
    m_stale = true;
    m_assessment.reset();
    rebuildSections(nullptr);
    m_family = FamilyContext::load(m_session->database().connection(), familyId);
    m_stack->setCurrentWidget(m_nothing);
    return m_family.exists;
}

void AssessmentPage::clear() {
    savePending();
    m_familyId.clear();
    m_stale = false;
    m_assessment.reset();
    m_family = FamilyContext();
    rebuildSections(nullptr);
    m_stack->setCurrentWidget(m_nothing);
}

void AssessmentPage::reload() {
    m_stale = false;
    m_family = FamilyContext::load(m_session->database().connection(), m_familyId);
    m_assessment = m_store->current(m_familyId);
    m_header->showMessage(okStatus());
    m_startProblem->hide();
    if (!m_assessment) {
        rebuildSections(nullptr);
        m_stack->setCurrentWidget(m_family.exists ? m_startView : m_nothing);
        return;
    }
    const auto form = m_store->formOf(*m_assessment);
    if (!form) {
        rebuildSections(nullptr);
        m_stack->setCurrentWidget(m_editorView);
        m_header->showMessage(Status::fail(form.error()));
        return;
    }
    rebuildSections(form.value().definition);
    refreshSummary();
    m_stack->setCurrentWidget(m_editorView);
}

// The section list and an empty page for each section; a section's editor is made when it
// is first shown (or asked for), so that opening a family stays quick.
void AssessmentPage::rebuildSections(const FormDefinition* form) {
    const int wasShowing = std::max(0, m_sectionList->currentRow());
    m_sectionList->clear();
    m_editors.clear();
    while (QWidget* old = m_sectionStack->widget(0)) {
        m_sectionStack->removeWidget(old);
        delete old;
    }
    m_form = m_assessment ? form : nullptr;
    if (!m_form)
        return;
    for (const SectionDefinition& section : m_form->sections) {
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_sectionStack->addWidget(scroll);
        m_editors.append(nullptr);
        auto* item = new QListWidgetItem(section.title, m_sectionList);
        item->setData(Qt::UserRole, section.key);
    }
    m_sectionList->setCurrentRow(std::min(wasShowing, m_sectionList->count() - 1));
}

SectionEditor* AssessmentPage::sectionEditor(int index) {
    if (!m_form || !m_assessment || index < 0 || index >= m_editors.size())
        return nullptr;
    if (m_editors.at(index))
        return m_editors.at(index);
    const Answers answers = m_store->answers(m_assessment->id);
    auto* editor = new SectionEditor(
        SectionEditor::Inputs{*m_form, m_form->sections.at(index), m_familyId, m_family, *m_session,
                              answeredRows(answers, m_store->contributions(m_assessment->id))});
    editor->setAnswers(answers);
    editor->setReadOnly(m_assessment->status == AssessmentStatus::Submitted);
    connect(editor, &SectionEditor::edited, m_autosaver, &AnswerAutosaver::changed);
    connect(editor, &SectionEditor::left, m_autosaver, [this] { m_autosaver->flush(); });
    connect(editor, &SectionEditor::rowRemoved, this, &AssessmentPage::clearRows);
    connect(editor, &SectionEditor::openTab, this, &AssessmentPage::openTab);
    qobject_cast<QScrollArea*>(m_sectionStack->widget(index))->setWidget(editor);
    m_editors[index] = editor;
    refreshBaselines();
    return editor;
}

int AssessmentPage::sectionCount() const {
    return static_cast<int>(m_editors.size());
}

void AssessmentPage::refreshSummary() {
    if (!m_assessment)
        return;
    const auto form = m_store->formOf(*m_assessment);
    const auto done = m_store->completeness(*m_assessment);
    if (!form || !done)
        return;
    const FormDefinition& definition = *form.value().definition;
    const Completeness& completeness = done.value();
    const auto name = [this](const QString& id) {
        return professionalName(id);
    };
    const QList<Review> reviews = m_store->reviews(m_assessment->id);
    AssessmentHeader::Facts facts;
    facts.title = definition.title;
    facts.formNote = form.value().note;
    facts.status = m_assessment->status;
    facts.statusText = AssessmentSummary::status(*m_assessment, reviews, name);
    facts.returned = AssessmentSummary::returnedComments(*m_assessment, reviews, name);
    const AssessmentDeadline deadline = dueDate(m_session->database(), *m_assessment);
    facts.due = AssessmentSummary::due(deadline, *m_assessment, m_session->today());
    facts.overdue = AssessmentSummary::overdue(deadline, *m_assessment, m_session->today());
    facts.familyViews = AssessmentSummary::familyViews(
        m_store->agreements(m_assessment->id),
        [this](const QString& id) { return m_family.nameOf(id); }, &facts.disagreed);
    facts.complete = completeness.isComplete();
    facts.missing = completeness.missing();
    const QString role = sync::SyncStateStore(m_session->database().connection()).accountRole();
    facts.mayDecide = role.isEmpty() || role == QLatin1String("manager");
    m_header->showFacts(facts);
    m_overall->setText(AssessmentSummary::overall(completeness));

    for (int row = 0; row < m_sectionList->count() && row < definition.sections.size(); ++row) {
        const SectionDefinition& section = definition.sections.at(row);
        const SectionCompleteness& progress = completeness.sections.at(row);
        QListWidgetItem* item = m_sectionList->item(row);
        item->setText(section.title + QLatin1Char('\n') +
                      AssessmentSummary::progress(section, progress));
        item->setToolTip(progress.missing.join(QLatin1Char('\n')));
    }
    for (SectionEditor* editor : std::as_const(m_editors)) {
        if (editor)
            editor->setReadOnly(m_assessment->status == AssessmentStatus::Submitted);
    }
}

// The scaling question's first score stays visible beside the latest one.
void AssessmentPage::refreshBaselines() {
    if (!m_assessment)
        return;
    for (SectionEditor* section : std::as_const(m_editors)) {
        for (FieldEditor* editor : section ? section->editors() : QList<FieldEditor*>()) {
            if (!editor->field().baseline)
                continue;
            const QJsonValue first = m_store->firstValue(m_assessment->id, editor->path());
            editor->setNote(
                isAnswered(first)
                    ? tr("Starting point (the first score given): %1").arg(first.toInt())
                    : QString());
        }
    }
}

Status AssessmentPage::save(const QString& path, const QJsonValue& value) {
    if (!m_store || !m_assessment)
        return Status::fail(tr("Choose a family first."));
    const Status done = m_store->saveAnswer(m_assessment->id, path, value);
    if (done) {
        m_assessment = m_store->load(m_assessment->id);
        refreshSummary();
        refreshBaselines();
    }
    return done;
}

void AssessmentPage::clearRows(const QStringList& paths) {
    m_autosaver->forget(paths);
    for (const QString& path : paths) {
        if (const Status done = save(path, QJsonValue()); !done) {
            m_header->showMessage(done);
            return;
        }
    }
}

bool AssessmentPage::savePending() {
    return m_autosaver->flush();
}

FieldEditor* AssessmentPage::fieldEditor(const QString& path) {
    const QString section = path.section(QLatin1Char('/'), 0, 0);
    for (int i = 0; m_form && i < m_form->sections.size(); ++i) {
        if (m_form->sections.at(i).key == section)
            return sectionEditor(i)->editor(path);
    }
    return nullptr;
}

QString AssessmentPage::messageText() const {
    return m_header->message();
}

QPushButton* AssessmentPage::submitButton() const {
    return m_header->submitButton();
}

QString AssessmentPage::saveStateText() const {
    return m_autosaver->stateText();
}

QString AssessmentPage::professionalName(const QString& id) const {
    if (id == m_actor)
        return tr("you");
    if (!m_session->store().professional(id))
        return id; // someone this laptop does not know (yet)
    return FamilyDetailModels::professionalName(m_session->store(), id);
}

void AssessmentPage::openTab(const QString& pageName) {
    QWidget* ancestor = parentWidget();
    while (ancestor && !qobject_cast<QTabWidget*>(ancestor))
        ancestor = ancestor->parentWidget();
    auto* tabs = qobject_cast<QTabWidget*>(ancestor);
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == pageName)
            tabs->setCurrentIndex(i);
    }
}

void AssessmentPage::hideEvent(QHideEvent* event) {
    savePending(); // leaving the tab, minimising, locking or closing the window
    QWidget::hideEvent(event);
}

void AssessmentPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // The window closing saves too, even when this tab is not the one showing.
    if (window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    // The family record may have changed on another tab (a child added, consent given).
    if (m_stale || (m_assessment && m_session &&
                    !sameFamily(m_family, FamilyContext::load(m_session->database().connection(),
                                                              m_familyId))))
        reload();
    else
        refreshSummary();
}

bool AssessmentPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_watchedWindow && event->type() == QEvent::Close)
        savePending();
    return QWidget::eventFilter(watched, event);
}

} // namespace kith::ui
