#include "plan/plan_page.h"

#include "display_format.h"
#include "family_tab.h"
#include "plan/plan_editor.h"
#include "plan/plan_versions_panel.h"
#include "plan/plan_views_panel.h"
#include "plan/smart_check.h"
#include "plan/smart_panel.h"
#include "store_session.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kith::ui {

PlanPage::PlanPage(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_editor(new PlanEditor(this))
    , m_smart(new SmartPanel(this))
    , m_views(new PlanViewsPanel(this))
    , m_versions(new PlanVersionsPanel(this)) {
    setObjectName(QStringLiteral("planPage"));
    auto* title = new QLabel(tr("Family plan"), this);
    QFont font = title->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_editor);
    top->addWidget(m_smart);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    m_smart->setMinimumWidth(240);

    auto* more = new QTabWidget(this);
    more->setObjectName(QStringLiteral("planMore"));
    more->setDocumentMode(true);
    auto* viewsScroll = new QScrollArea(more);
    viewsScroll->setWidgetResizable(true);
    viewsScroll->setFrameShape(QFrame::NoFrame);
    viewsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewsScroll->setWidget(m_views);
    more->addTab(viewsScroll, tr("Views and confidence"));
    more->addTab(m_versions, tr("Agreed versions and changes"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(more);
    split->setSizes({520, 220}); // the plan first; views and versions below
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_editor, &PlanEditor::planChanged, this, &PlanPage::planChanged);
    connect(m_smart, &SmartPanel::findingChosen, this,
            [this](const QString& actionId, const QString& code) {
                if (!actionId.isEmpty())
                    m_editor->focusAction(actionId, code);
            });
    // Views saved: only the list of changes moves (reloading would reset what is being typed).
    connect(m_views, &PlanViewsPanel::changed, this, [this] {
        if (m_editor->store() && !m_familyId.isEmpty())
            m_versions->showPlan(m_editor->store(), m_editor->store()->current(m_familyId));
    });
}

PlanPage::~PlanPage() {
    // The editor may still save (and say so) as it closes; this page is gone by then.
    disconnect(m_editor, nullptr, this, nullptr);
    disconnect(m_views, nullptr, this, nullptr);
}

void PlanPage::placeBeside(QWidget* familyPage) {
    placeAsFamilyTab(this, familyPage, tr("Plan"));
}

void PlanPage::setSession(const StoreSession* session) {
    m_session = session;
    m_editor->setSession(session);
    clear();
}

void PlanPage::showFamily(const QString& familyId) {
    m_familyId = familyId;
    m_editor->showFamily(familyId);
}

void PlanPage::clear() {
    m_familyId.clear();
    m_editor->clear();
    m_smart->clear();
    m_views->showPlan(nullptr, std::nullopt, nullptr);
    m_versions->showPlan(nullptr, std::nullopt);
    m_status->clear();
}

void PlanPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // The plan may have been written in the chair's window meanwhile.
    if (!m_familyId.isEmpty())
        m_editor->reload();
}

void PlanPage::planChanged() {
    const std::optional<plan::Plan>& plan = m_editor->plan();
    if (!plan) {
        m_smart->clear();
        m_status->clear();
    } else {
        const QDate today = m_session ? m_session->today() : QDate::currentDate();
        m_smart->showFindings(*plan, plan::checkPlan(*plan, today));
        m_status->setText(plan->version == 0 ? tr("Draft: not agreed at a meeting yet.")
                          : plan->status == plan::PlanStatus::Agreed
                              ? tr("As agreed at the meeting (version %1).").arg(plan->version)
                              : tr("Draft: changed since version %1 was agreed at the meeting.")
                                    .arg(plan->version));
    }
    const auto family = m_session && !m_familyId.isEmpty()
                            ? m_session->store().loadFamily(m_familyId)
                            : std::nullopt;
    if (!m_views->isAncestorOf(QApplication::focusWidget()))
        m_views->showPlan(m_editor->store(), plan, family ? &*family : nullptr);
    m_versions->showPlan(m_editor->store(), plan);
}

} // namespace kith::ui
