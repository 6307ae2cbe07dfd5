#include "family_list_pane.h"

#include "display_format.h"
#include "family_list_model.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kith::ui {

FamilyListPane::FamilyListPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new FamilyListModel(this))
    , m_searchBox(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTableView(m_stack))
    , m_emptyState(new QLabel(m_stack))
    , m_searchDelay(new QTimer(this)) {
    m_searchBox->setObjectName(QStringLiteral("familySearchBox"));
    m_searchBox->setPlaceholderText(tr("Search: name, date of birth, postcode or NHS number"));
    m_searchBox->setToolTip(
        tr("Type part of a name, a date of birth like 04/03/2015, a postcode or an NHS number. "
           "Results appear as you type."));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setAccessibleName(tr("Search for a family"));
    m_searchBox->installEventFilter(this);

    m_summary->setObjectName(QStringLiteral("familyListSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_list->setObjectName(QStringLiteral("familyList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Families"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->horizontalHeader()->setStretchLastSection(true);

    m_emptyState->setObjectName(QStringLiteral("familyListEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyState->setMargin(16);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_emptyState);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &FamilyListPane::runSearch);
    connect(m_searchBox, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        // Enter does not wait: search now and open the best match.
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            runSearch();
        }
        if (selectRow(0))
            m_list->setFocus();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FamilyListPane::chooseCurrentRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FamilyListPane::adjustColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &FamilyListPane::updateEmptyStateAndSummary);
    updateEmptyStateAndSummary();
}

void FamilyListPane::setSession(const StoreSession* session) {
    m_searchDelay->stop();
    m_searchBox->blockSignals(true);
    m_searchBox->clear();
    m_searchBox->blockSignals(false);
    m_model->setSession(session);
    updateEmptyStateAndSummary();
}

bool FamilyListPane::selectRow(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    return true;
}

bool FamilyListPane::eventFilter(QObject* watched, QEvent* event) {
    // Down arrow from the search box goes to the list, as in a file dialog.
    if (watched == m_searchBox && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid())
            selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FamilyListPane::runSearch() {
    m_model->search(m_searchBox->text());
    updateEmptyStateAndSummary();
    emit listUpdated();
}

void FamilyListPane::updateEmptyStateAndSummary() {
    const int rows = m_model->rowCount();
    if (m_model->mode() == FamilyListModel::Mode::AllFamilies) {
        m_summary->setText(
            rows == 0
                ? tr("No families yet.")
                : tr("%1, in name order").arg(DisplayFormat::families(m_model->totalCount())));
        m_emptyState->setText(
            tr("There are no families in this store yet. Families appear here once they are "
               "registered or synced."));
    } else {
        const QString shown = m_model->searchText().toHtmlEscaped();
        m_summary->setText(rows == 0   ? tr("Nobody found")
                           : rows == 1 ? tr("1 person found")
                                       : tr("%L1 people found").arg(rows));
        m_emptyState->setText(tr("<p>No families match \u201c%1\u201d.</p><p>Try part of a name, "
                                 "a date of birth like 04/03/2015, a postcode or an NHS "
                                 "number.</p>")
                                  .arg(shown));
    }
    m_stack->setCurrentWidget(rows == 0 ? static_cast<QWidget*>(m_emptyState) : m_list);
}

void FamilyListPane::chooseCurrentRow() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    emit familyChosen(current.data(FamilyListModel::FamilyIdRole).toString());
}

void FamilyListPane::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

void FamilyListPane::adjustColumns() {
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Names get the room; short columns (postcode, dates, counts) fit their contents.
    const bool searching = m_model->mode() == FamilyListModel::Mode::SearchResults;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool isName = column == 0 || (searching ? column == FamilyListModel::PersonColumn
                                                      : column == FamilyListModel::LeadColumn);
        header->setSectionResizeMode(column,
                                     isName ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    header->setStretchLastSection(false);
}

} // namespace kith::ui
