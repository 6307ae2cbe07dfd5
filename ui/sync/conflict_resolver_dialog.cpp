#include "conflict_resolver_dialog.h"

#include "client/conflict_resolver.h"
#include "conflict_list_model.h"
#include "protocol/wire.h"
#include "store_session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace kith::ui {

ConflictResolverDialog::ConflictResolverDialog(StoreSession& session, QString actor,
                                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(std::move(actor))
    , m_model(new ConflictListModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_keepThis(new QPushButton(tr("Keep &this"), this))
    , m_keepThat(new QPushButton(tr("Keep t&hat"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this)) {
    setObjectName(QStringLiteral("conflictResolverDialog"));
    setWindowTitle(tr("Resolve sync conflicts"));
    resize(940, 460);

    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_model->setSession(&m_session);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictListModel::Family,
                                                      QHeaderView::ResizeToContents);

    m_keepThis->setObjectName(QStringLiteral("keepThisButton"));
    m_keepThis->setToolTip(tr("Keep the value that is in the record now"));
    m_keepThat->setObjectName(QStringLiteral("keepThatButton"));
    m_keepThat->setToolTip(tr("Use the other change instead"));
    m_edit->setObjectName(QStringLiteral("editConflictButton"));
    m_edit->setToolTip(tr("Type the right value yourself"));
    connect(m_keepThis, &QPushButton::clicked, this, &ConflictResolverDialog::keepThis);
    connect(m_keepThat, &QPushButton::clicked, this, &ConflictResolverDialog::keepThat);
    connect(m_edit, &QPushButton::clicked, this, &ConflictResolverDialog::editValue);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictResolverDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictResolverDialog::updateButtons);

    auto* choices = new QHBoxLayout;
    choices->addWidget(m_keepThis);
    choices->addWidget(m_keepThat);
    choices->addWidget(m_edit);
    choices->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    choices->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(choices);
    m_table->selectRow(0);
    updateButtons();
}

void ConflictResolverDialog::updateButtons() {
    const int open = m_model->rowCount();
    m_summary->setText(
        open == 0   ? tr("There are no conflicts to resolve.")
        : open == 1 ? tr("One detail was changed differently on two computers while they were "
                         "offline. Both changes are kept here until you choose.")
                    : tr("%L1 details were changed differently on two computers while they were "
                         "offline. Both changes are kept here until you choose.")
                          .arg(open));
    if (open > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    const bool chosen = m_table->selectionModel()->hasSelection();
    m_keepThis->setEnabled(chosen);
    m_keepThat->setEnabled(chosen);
    bool editable = chosen;
    if (chosen) {
        const auto& conflict = m_model->conflictAt(m_table->currentIndex().row());
        editable = conflict.field != sync::kDeletedField; // keep or delete: nothing to type
    }
    m_edit->setEnabled(editable);
}

void ConflictResolverDialog::keepThis() {
    resolveCurrent(static_cast<int>(sync::ConflictChoice::KeepServer), {});
}

void ConflictResolverDialog::keepThat() {
    resolveCurrent(static_cast<int>(sync::ConflictChoice::KeepClient), {});
}

void ConflictResolverDialog::editValue() {
    if (!m_table->selectionModel()->hasSelection())
        return;
    const auto& conflict = m_model->conflictAt(m_table->currentIndex().row());
    const QString current = ConflictListModel::readableValue(conflict.serverValue);
    std::optional<QString> typed;
    if (m_prompt) {
        typed = m_prompt(current);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Type the right value"), ConflictListModel::readableDetail(conflict),
            QLineEdit::Normal, current == tr("(empty)") ? QString() : current, &ok);
        if (ok)
            typed = text;
    }
    if (typed)
        resolveCurrent(static_cast<int>(sync::ConflictChoice::Other), *typed);
}

void ConflictResolverDialog::resolveCurrent(int choice, const QString& value) {
    if (!m_table->selectionModel()->hasSelection())
        return;
    const int row = m_table->currentIndex().row();
    const QString id = m_model->conflictAt(row).id;
    sync::ConflictResolver resolver(m_session.database());
    const Status done = resolver.resolveConflict(id, static_cast<sync::ConflictChoice>(choice),
                                                 QJsonValue(value), m_actor);
    if (!done) {
        // Nothing was changed; the conflict stays for another try.
        QMessageBox::warning(this, tr("Kith could not save your choice"), done.error());
        return;
    }
    m_model->reload();
    m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    emit conflictResolved();
}

} // namespace kith::ui
