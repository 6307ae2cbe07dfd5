#include "refused_changes_dialog.h"

#include "client/refused_changes.h"
#include "store_session.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kith::ui {

namespace {
enum Column { Family, Record, Tried, When, ColumnCount };
} // namespace

RefusedChangesDialog::RefusedChangesDialog(StoreSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_reason(new QLabel(this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this)) {
    setObjectName(QStringLiteral("refusedChangesDialog"));
    setWindowTitle(tr("Changes the server did not accept"));
    resize(820, 460);

    m_summary->setObjectName(QStringLiteral("refusedSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("refusedList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Family"), tr("Record"), tr("What was tried"), tr("When")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto* why = new QGroupBox(tr("Why the hub refused it"), this);
    m_reason->setObjectName(QStringLiteral("refusedReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 3);
    auto* whyLayout = new QVBoxLayout(why);
    whyLayout->addWidget(m_reason);

    m_dismiss->setObjectName(QStringLiteral("dismissRefusedButton"));
    m_dismiss->setToolTip(tr("Take it off this list once you have put it right or decided it "
                             "is not needed. The change itself is not sent again; the audit log "
                             "records that you dismissed it."));
    connect(m_dismiss, &QPushButton::clicked, this, &RefusedChangesDialog::dismissChosen);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RefusedChangesDialog::showChosen);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(why);
    layout->addLayout(buttons);
    reload();
}

QString RefusedChangesDialog::familyName(const QString& familyId) const {
    if (familyId.isEmpty())
        return tr("Not about one family");
    const auto family = m_session.store().loadFamily(familyId);
    return family ? family->family.name : tr("A family no longer on this computer");
}

void RefusedChangesDialog::reload() {
    m_changes = sync::RefusedChanges(m_session.database()).list();
    m_list->clear();
    QHash<QString, QString> names; // one read per family
    const QLocale locale;
    for (const sync::RejectedChange& change : std::as_const(m_changes)) {
        if (!names.contains(change.familyId))
            names.insert(change.familyId, familyName(change.familyId));
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Family, names.value(change.familyId));
        item->setText(Record, sync::RefusedChanges::recordKind(change.entity));
        item->setText(Tried, sync::RefusedChanges::whatWasTried(change.operation));
        item->setText(When, locale.toString(change.rejectedAt.toLocalTime(),
                                            QStringLiteral("d MMM yyyy HH:mm")));
        // A little air between rows: each is a thing to deal with, not a log line.
        // (Set on the last column, which stretches, so that no width is cut short.)
        item->setSizeHint(When, QSize(fontMetrics().horizontalAdvance(item->text(When)) + 16,
                                      fontMetrics().height() + 10));
    }
    const qsizetype count = m_changes.size();
    m_summary->setText(
        count == 0 ? tr("The hub has accepted every change sent from this computer.")
                   : tr("The hub did not accept these changes, so they are only on this "
                        "computer and will not be sent again. Check each one, put it right if "
                        "it matters, then dismiss it."));
    if (count > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showChosen();
}

void RefusedChangesDialog::showChosen() {
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    const bool chosen = row >= 0 && row < m_changes.size();
    m_dismiss->setEnabled(chosen);
    m_reason->setText(chosen ? sync::RefusedChanges::plainReason(m_changes.at(row).reason)
                             : QString());
}

void RefusedChangesDialog::dismissChosen() {
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_changes.size())
        return;
    const Status done =
        sync::RefusedChanges(m_session.database()).dismiss(m_changes.at(row).mutationId);
    if (!done)
        QMessageBox::warning(this, tr("Could not dismiss"), done.error());
    reload();
    emit dismissed();
}

} // namespace kith::ui
