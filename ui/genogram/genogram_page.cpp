#include "genogram_page.h"

#include "family_tab.h"
#include "genogram/editing/store_persister.h"
#include "genogram/genogram_store.h"
#include "genogram_editor.h"
#include "store_session.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kith::ui {

using namespace genogram;

GenogramPage::GenogramPage(QWidget* parent)
    : QWidget(parent)
    , m_editor(new GenogramEditor(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("genogramPage"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_editor, 1);
}

GenogramPage::~GenogramPage() {
    // The editor's document saves through the store: it goes first.
    delete m_editor;
}

void GenogramPage::setSession(const StoreSession* session) {
    m_session = session;
    m_store.reset();
    if (session)
        m_store = std::make_unique<GenogramStore>(session->database());
    clear();
}

void GenogramPage::placeBeside(QWidget* familyPage) {
    placeAsFamilyTab(this, familyPage, tr("Genogram"));
}

void GenogramPage::showFamily(const QString& familyId) {
    m_familyId = familyId;
    if (isVisible())
        openNow();
}

void GenogramPage::clear() {
    m_familyId.clear();
    m_openedFamilyId.clear();
    m_problem->hide();
    m_editor->setDocument(std::make_unique<GenogramDocument>(Genogram{}));
}

bool GenogramPage::openNow() {
    if (!m_store || m_familyId.isEmpty() || m_familyId == m_openedFamilyId)
        return m_familyId == m_openedFamilyId && !m_familyId.isEmpty();
    Result<Genogram> opened = m_store->open(m_familyId);
    if (!opened) {
        m_problem->setText(tr("The genogram could not be opened: %1").arg(opened.error()));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    auto persister = std::make_shared<StorePersister>(*m_store, opened.value());
    m_editor->setDocument(std::make_unique<GenogramDocument>(opened.value(), persister.get()),
                          persister);
    m_openedFamilyId = m_familyId;
    return true;
}

void GenogramPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    openNow();
}

} // namespace kith::ui
