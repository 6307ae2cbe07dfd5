#include "access_history_view.h"

#include "access_history_model.h"
#include "audit/audit_log.h"
#include "family_view.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

// Enough for a manager's look back; older events are still in the log and on the server.
constexpr int kShownEvents = 200;

} // namespace

AccessHistoryView::AccessHistoryView(const FamilyView* familyView, QWidget* parent)
    : QDialog(parent)
    , m_familyView(familyView)
    , m_model(new AccessHistoryModel(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
    , m_openAction(new QAction(tr("&Who has looked at this family\u2026"), this)) {
    setObjectName(QStringLiteral("accessHistory"));
    setWindowTitle(tr("Who has looked at this family"));
    setModal(false);
    resize(720, 480);
    m_openAction->setObjectName(QStringLiteral("accessHistoryAction"));
    m_openAction->setStatusTip(tr("For managers: each time this family's record was opened, "
                                  "changed, printed, exported or shared"));
    connect(m_openAction, &QAction::triggered, this, &AccessHistoryView::showWindow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* about = new QLabel(tr("Kith writes down every time someone opens, changes, prints, "
                                "exports or shares this family's record. The newest is first."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);

    m_table->setObjectName(QStringLiteral("accessHistoryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_note->setObjectName(QStringLiteral("accessHistoryNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}

void AccessHistoryView::showWindow() {
    show();
    raise();
    activateWindow();
}

void AccessHistoryView::setAuditLog(const audit::AuditLog* audit, const QString& thisDevice) {
    m_audit = audit;
    m_thisDevice = thisDevice;
    refresh();
}

void AccessHistoryView::refresh() {
    if (isVisible())
        reload();
}

void AccessHistoryView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void AccessHistoryView::reload() {
    const QString familyId = m_familyView ? m_familyView->familyId() : QString();
    if (!m_audit || familyId.isEmpty()) {
        m_model->setEvents({}, m_thisDevice);
        m_note->setText(m_audit ? tr("Choose a family to see who has looked at it.")
                                : tr("The access history is not available for this store."));
        return;
    }
    m_model->setEvents(m_audit->history(familyId, kShownEvents), m_thisDevice);
    m_table->resizeColumnsToContents();
    const int rows = m_model->rowCount();
    m_note->setText(
        rows == 0 ? tr("Nobody has opened this family's record on this computer yet.")
        : rows >= kShownEvents
            ? tr("Showing the latest %1 events. Ask your hub for the older ones.").arg(kShownEvents)
            : QString());
}

} // namespace kith::ui
