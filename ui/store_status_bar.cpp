#include "store_status_bar.h"

#include "display_format.h"
#include "store_session.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <algorithm>

namespace kith::ui {
namespace {

QFrame* separator(QWidget* parent) {
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

StoreStatusBar::StoreStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_store(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QToolButton(this)) {
    setObjectName(QStringLiteral("storeStatusBar"));
    m_store->setObjectName(QStringLiteral("statusStore"));
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_connection->setObjectName(QStringLiteral("statusConnection"));
    m_pending->setObjectName(QStringLiteral("statusPending"));
    m_connection->setText(tr("Offline \u2014 working from the local store"));
    m_connection->setToolTip(
        tr("Everything you do is saved on this computer and sent to the hub when Kith syncs."));
    for (QLabel* label : {m_store, m_counts, m_connection, m_pending})
        label->setContentsMargins(8, 2, 8, 2);
    addWidget(m_store, 1);
    addPermanentWidget(m_counts);
    addPermanentWidget(separator(this));
    // The bar shows how far a sync has gone; the numbers are in the label beside it.
    m_progress->setObjectName(QStringLiteral("statusSyncProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->setMaximumHeight(m_connection->sizeHint().height() - 6);
    m_progress->hide();
    m_stop->setObjectName(QStringLiteral("statusStopSync"));
    m_stop->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stop->hide();
    addPermanentWidget(m_connection);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_stop);
    m_pendingSeparator = separator(this);
    addPermanentWidget(m_pendingSeparator);
    addPermanentWidget(m_pending);
    refresh();
}

void StoreStatusBar::setSession(const StoreSession* session, const QString& storeLabel) {
    m_session = session;
    m_storeLabel = storeLabel;
    refresh();
}

void StoreStatusBar::refresh() {
    if (!m_session) {
        m_store->setText(tr("No store open"));
        m_store->setToolTip({});
        m_counts->clear();
        m_pending->clear();
        return;
    }
    const QString path = m_session->path();
    m_store->setText(m_storeLabel.isEmpty() ? tr("Store: %1").arg(QFileInfo(path).fileName())
                                            : m_storeLabel);
    m_store->setToolTip(QDir::toNativeSeparators(path));
    const FamilyStore& store = m_session->store();
    m_counts->setText(tr("%1, %2").arg(DisplayFormat::families(store.familyCount()),
                                       DisplayFormat::people(store.personCount())));
    const int pending = store.pendingChangeCount();
    m_pending->setText(pending == 0   ? tr("No changes waiting to sync")
                       : pending == 1 ? tr("1 change waiting to sync")
                                      : tr("%L1 changes waiting to sync").arg(pending));
}

void StoreStatusBar::setSyncStatus(const QString& text, const QString& tooltip) {
    m_connection->setText(text);
    m_connection->setToolTip(tooltip);
}

void StoreStatusBar::setSyncProgress(bool running, int done, int total) {
    m_progress->setVisible(running && total > 0);
    if (running && total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(std::min(done, total));
    }
    m_stop->setVisible(running && m_stop->defaultAction());
    // The count of changes waiting is read again when the sync ends; until then it would
    // contradict the progress beside it.
    m_pending->setVisible(!running);
    m_pendingSeparator->setVisible(!running);
}

void StoreStatusBar::setStopAction(QAction* stop) {
    m_stop->setDefaultAction(stop);
}

QString StoreStatusBar::summaryText() const {
    QStringList parts;
    for (const QLabel* label : {m_store, m_counts, m_connection, m_pending}) {
        if (!label->text().isEmpty())
            parts.append(label->text());
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace kith::ui
