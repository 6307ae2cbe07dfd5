#include "plan/smart_panel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace kith::ui {
namespace {
constexpr int kActionIdRole = Qt::UserRole;
constexpr int kCodeRole = Qt::UserRole + 1;
} // namespace

SmartPanel::SmartPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("smartPanel"));
    auto* title = new QLabel(tr("Is the plan SMART?"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    m_summary->setObjectName(QStringLiteral("smartSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("smartFindings"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("SMART check findings"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    auto choose = [this](QListWidgetItem* item) {
        if (item)
            emit findingChosen(item->data(kActionIdRole).toString(),
                               item->data(kCodeRole).toString());
    };
    connect(m_list, &QListWidget::itemActivated, this, choose);
    connect(m_list, &QListWidget::itemClicked, this, choose);
    clear();
}

void SmartPanel::showFindings(const plan::Plan& plan, const QList<plan::SmartFinding>& findings) {
    m_list->clear();
    for (const plan::SmartFinding& finding : findings) {
        const plan::PlanAction* action = plan.action(finding.actionId);
        const QString about = action ? (action->what.isEmpty() ? tr("An action") : action->what)
                                     : tr("The whole plan");
        auto* item = new QListWidgetItem(tr("%1\n%2").arg(about, finding.message), m_list);
        item->setData(kActionIdRole, finding.actionId);
        item->setData(kCodeRole, finding.code);
        item->setToolTip(finding.message);
    }
    m_summary->setText(
        findings.isEmpty() ? tr("Every action says who, what, by when and how we will know.")
        : findings.size() == 1
            ? tr("1 thing to look at. Choose it to go to it.")
            : tr("%1 things to look at. Choose one to go to it.").arg(findings.size()));
}

void SmartPanel::clear() {
    m_list->clear();
    m_summary->setText(tr("The SMART check appears when there is a plan."));
}

} // namespace kith::ui
