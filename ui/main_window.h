#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QSplitter;
class QTabWidget;

namespace kith::ui {

class AccessHistoryRecorder;
class AccessHistoryView;
class FamilyListPane;
class FamilyView;
class JourneyTabs;
class LockController;
class PrivacyScreen;
class StoreSession;
class StoreStatusBar;
class SyncController;

// The desktop's main window: families on the left, the chosen family on the right,
// the store's state along the bottom.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows `session`'s families and opens the first one. `storeLabel` replaces the
    // file name in the status bar (for a demo store that is deleted on exit).
    void setSession(std::unique_ptr<StoreSession> session, const QString& storeLabel = {});
    StoreSession* session() const { return m_session.get(); }

    FamilyListPane* familyList() const { return m_familyList; }
    FamilyView* familyView() const { return m_familyView; }
    QTabWidget* familyTabs() const { return m_tabs; }
    StoreStatusBar* storeStatusBar() const { return m_status; }
    LockController* lockController() const { return m_lock; }
    PrivacyScreen* privacyScreen() const { return m_privacy; }
    AccessHistoryView* accessHistory() const { return m_accessHistory; }
    SyncController* syncController() const { return m_sync; }

public slots:
    void openStore();
    void refreshStatus();
    void zoomIn();
    void zoomOut();
    void resetZoom();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildMenus();
    void toggleFullScreen(bool fullScreen);
    void applyZoom();

    std::unique_ptr<StoreSession> m_session;
    QSplitter* m_splitter = nullptr;
    FamilyListPane* m_familyList = nullptr;
    QTabWidget* m_tabs = nullptr;
    FamilyView* m_familyView = nullptr;
    JourneyTabs* m_journeyTabs = nullptr;
    StoreStatusBar* m_status = nullptr;
    QAction* m_fullScreen = nullptr;
    bool m_wasMaximised = false;
    bool m_sizedSplitter = false;
    double m_basePointSize = 0;
    int m_zoomStep = 0;
    LockController* m_lock = nullptr;
    PrivacyScreen* m_privacy = nullptr;
    AccessHistoryView* m_accessHistory = nullptr;
    SyncController* m_sync = nullptr;
    // Declared after m_session so that its audit log closes before the store does.
    std::unique_ptr<AccessHistoryRecorder> m_accessRecorder;
};

} // namespace kith::ui
