#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QWidget;

namespace kith::ui {

// Puts a page in front of a main window's content: the content widget comes out of
// the window (so nothing in it is painted, grabbed for a task-switcher preview or read
// by a screen reader) and the page takes its place. Works with whatever the central
// widget is at the time, so other features may change the window's content freely.
// Covers stack by layer: the lock page stays in front of the privacy screen.
class ContentCover : public QObject {
    Q_OBJECT

public:
    enum class Layer { PrivacyScreen, Lock };

    explicit ContentCover(QMainWindow* window);

    // Shows `page` for `layer` (replacing that layer's page, if any). The cover does
    // not own pages; their owner keeps them alive until removed.
    void cover(Layer layer, QWidget* page);
    void uncover(Layer layer);
    bool isCovered(Layer layer) const { return m_pages.contains(layer); }
    bool isCovered() const { return !m_pages.isEmpty(); }
    // The window's own content, wherever it is at the moment.
    QWidget* content() const;

signals:
    // A page came or went.
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showTopmost();
    QWidget* setCentral(QWidget* widget);

    QMainWindow* m_window;
    QPointer<QWidget> m_content; // the real content while a page is in front of it
    QMap<Layer, QPointer<QWidget>> m_pages;
};

} // namespace kith::ui
