#include "main_window.h"

#include "access_history_recorder.h"
#include "access_history_view.h"
#include "family_list_pane.h"
#include "family_view.h"
#include "journey_tabs.h"
#include "keychain_token_store.h"
#include "lock_controller.h"
#include "privacy_screen.h"
#include "registration/registration_launcher.h"
#include "store_session.h"
#include "store_status_bar.h"
#include "sync/sync_controller.h"
#include "sync/sync_status_text.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <algorithm>
#include <cmath>

namespace kith::ui {
namespace {

constexpr int kMaxZoomStep = 8;
constexpr int kMinZoomStep = -3;
constexpr double kZoomFactorPerStep = 1.125;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_familyList(new FamilyListPane(m_splitter))
    , m_tabs(new QTabWidget(m_splitter))
    , m_familyView(new FamilyView(m_tabs))
    , m_status(new StoreStatusBar(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kith"));
    m_basePointSize = font().pointSizeF();

    m_familyList->setMinimumWidth(300);
    m_familyList->setContentsMargins(8, 8, 0, 0);
    m_tabs->setObjectName(QStringLiteral("familyTabs"));
    m_tabs->setMinimumWidth(560);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_familyView, tr("Family"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_familyList);
    m_splitter->addWidget(m_tabs);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 940});
    setCentralWidget(m_splitter);
    setStatusBar(m_status);
    m_lock = new LockController(this);
    m_privacy = new PrivacyScreen(this, m_lock->cover());
    m_accessHistory = new AccessHistoryView(m_familyView, this);
    m_accessRecorder = std::make_unique<AccessHistoryRecorder>(m_familyView, m_lock->cover());
    m_sync = new SyncController(this, std::make_unique<sync::KeychainTokenStore>());
    connect(m_sync, &SyncController::statusChanged, this, [this] {
        m_status->setSyncStatus(
            SyncStatusText::line(m_sync->facts(), QDateTime::currentDateTimeUtc()),
            SyncStatusText::tooltip(m_sync->facts()));
        m_status->setSyncProgress(m_sync->facts().running, m_sync->facts().done,
                                  m_sync->facts().total);
    });
    m_status->setStopAction(m_sync->stopAction());
    // What a sync brought in shows at once: the list, the counts and the open family.
    connect(m_sync, &SyncController::syncFinished, this, [this] {
        m_familyList->setSession(m_session.get());
        m_status->refresh();
    });
    buildMenus();

    connect(m_familyList, &FamilyListPane::familyChosen, m_familyView, &FamilyView::showFamily);
    m_journeyTabs = new JourneyTabs(m_tabs, m_familyView, this);
    connect(m_familyList, &FamilyListPane::familyChosen, m_journeyTabs, &JourneyTabs::showFamily);
    // A family opened from the start screen is opened as if chosen from the list.
    connect(m_journeyTabs, &JourneyTabs::familyRequested, m_familyList,
            &FamilyListPane::familyChosen);
    connect(m_familyList, &FamilyListPane::familyChosen, m_accessRecorder.get(),
            &AccessHistoryRecorder::recordShownFamily);
    connect(m_familyList, &FamilyListPane::familyChosen, m_accessHistory,
            &AccessHistoryView::refresh);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // About my Family: a new family, from the menu, the toolbar or Ctrl+N.
    auto* registration = new RegistrationLauncher(this, [this] { return m_session.get(); });
    registration->setSyncController(m_sync); // "known to the hub?" once the store has synced
    file->addAction(registration->action());
    file->addSeparator();
    QToolBar* tools = addToolBar(tr("Family"));
    tools->setObjectName(QStringLiteral("familyToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(registration->action());
    connect(registration, &RegistrationLauncher::familyToShow, this, [this](const QString& id) {
        m_familyList->setSession(m_session.get()); // the list now holds the new family
        emit m_familyList->familyChosen(id);
    });
    QAction* open = file->addAction(tr("&Open store\u2026"), this, &MainWindow::openStore);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Work from another Kith store file"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    file->insertAction(quit, m_lock->lockAction());
    file->insertSeparator(quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_fullScreen = view->addAction(tr("&Full screen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreen, &QAction::toggled, this, &MainWindow::toggleFullScreen);
    view->addSeparator();
    view->addAction(m_privacy->action());
    view->addAction(m_accessHistory->openAction());
    view->addSeparator();
    QAction* in = view->addAction(tr("Zoom &in"), this, &MainWindow::zoomIn);
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    in->setStatusTip(tr("Larger text, for a projector or a big screen"));
    QAction* out = view->addAction(tr("Zoom &out"), this, &MainWindow::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction* actual = view->addAction(tr("&Actual size"), this, &MainWindow::resetZoom);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu* syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->addAction(m_sync->syncAction());
    syncMenu->addAction(m_sync->stopAction());
    syncMenu->addAction(m_sync->conflictsAction());
    syncMenu->addAction(m_sync->refusedAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Kith"), this, [this] {
        QMessageBox::about(
            this, tr("About Kith"),
            tr("<h3>Kith %1</h3>"
               "<p>Kith helps Early Help and Family Hub practitioners work with families: "
               "who is in the family, who else is working with them, their assessment and "
               "their plan.</p>"
               "<p>It works without a network and keeps everything in a store on this "
               "computer until it syncs with your hub.</p>")
                .arg(QString::fromLatin1(KITH_VERSION)));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setSession(std::unique_ptr<StoreSession> session, const QString& storeLabel) {
    // Point every view at the new store before the old one closes.
    std::unique_ptr<StoreSession> previous = std::move(m_session);
    m_session = std::move(session);
    m_familyView->setSession(m_session.get());
    m_familyList->setSession(m_session.get());
    m_journeyTabs->setSession(m_session.get());
    m_status->setSession(m_session.get(), storeLabel);
    m_accessRecorder->setSession(m_session.get());
    m_accessHistory->setAuditLog(m_accessRecorder->log(),
                                 m_session ? m_session->database().deviceId() : QString());
    m_privacy->setAuditLog(m_accessRecorder->log());
    m_lock->setSession(m_session.get(), m_accessRecorder->log());
    m_sync->setSession(m_session.get());
    previous.reset();
    setWindowTitle(m_session ? tr("%1 \u2014 Kith").arg(QFileInfo(m_session->path()).fileName())
                             : tr("Kith"));
    m_familyList->selectRow(0);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (m_sizedSplitter)
        return;
    // About a third for the list: room for names on a laptop, not too much on a big screen.
    m_sizedSplitter = true;
    const int total = m_splitter->width();
    const int left = std::clamp(total * 3 / 10, m_familyList->minimumWidth(), 560);
    m_splitter->setSizes({left, total - left});
}

void MainWindow::openStore() {
    const QString folder = m_session
                               ? QFileInfo(m_session->path()).absolutePath()
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Kith store"), folder, tr("Kith stores (*.sqlite *.kith);;All files (*)"));
    if (path.isEmpty())
        return;
    StoreSession::Opened opened = StoreSession::open(path);
    if (!opened) {
        // The store that is open stays open; the refused file is left as it was.
        QMessageBox::warning(this, tr("Kith cannot open this store"), opened.message);
        return;
    }
    setSession(std::move(opened.session));
}

void MainWindow::refreshStatus() {
    m_status->refresh();
}

void MainWindow::toggleFullScreen(bool fullScreen) {
    if (fullScreen) {
        m_wasMaximised = isMaximized();
        showFullScreen();
    } else if (m_wasMaximised) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::zoomIn() {
    m_zoomStep = std::min(m_zoomStep + 1, kMaxZoomStep);
    applyZoom();
}

void MainWindow::zoomOut() {
    m_zoomStep = std::max(m_zoomStep - 1, kMinZoomStep);
    applyZoom();
}

void MainWindow::resetZoom() {
    m_zoomStep = 0;
    applyZoom();
}

void MainWindow::applyZoom() {
    if (m_basePointSize <= 0)
        return;
    const double oldSize = font().pointSizeF();
    QFont zoomed = font();
    zoomed.setPointSizeF(m_basePointSize * std::pow(kZoomFactorPerStep, m_zoomStep));
    setFont(zoomed);
    // The family list grows with its text, up to half the window, so names still fit.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && oldSize > 0) {
        const int total = sizes.at(0) + sizes.at(1);
        const int left =
            std::min(static_cast<int>(sizes.at(0) * zoomed.pointSizeF() / oldSize), total / 2);
        m_splitter->setSizes({left, total - left});
    }
}

} // namespace kith::ui
