#include "privacy_screen_cover.h"

#include <QEvent>
#include <QMainWindow>
#include <QResizeEvent>

namespace kith::ui {

ContentCover::ContentCover(QMainWindow* window)
    : QObject(window)
    , m_window(window) {}

void ContentCover::cover(Layer layer, QWidget* page) {
    m_pages.insert(layer, page);
    page->installEventFilter(this);
    showTopmost();
    emit changed();
}

void ContentCover::uncover(Layer layer) {
    if (m_pages.remove(layer) == 0)
        return;
    showTopmost();
    emit changed();
}

QWidget* ContentCover::content() const {
    return m_content ? m_content.data() : m_window->centralWidget();
}

void ContentCover::showTopmost() {
    // Layers are ordered, so the last page is the one in front.
    QWidget* front = nullptr;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.value())
            front = it.value();
    }
    if (!front) {
        m_pages.clear();
        if (m_content) {
            setCentral(m_content);
            m_content = nullptr;
        }
        return;
    }
    if (m_window->centralWidget() == front)
        return;
    QWidget* previous = setCentral(front);
    if (!m_content)
        m_content = previous;
    if (m_content)
        m_content->resize(front->size());
}

// The content out of the window keeps the size it would have in it, so that whatever
// sizes itself from its width (splitters, on first show) sees the real one, and it
// comes back without a jump.
bool ContentCover::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize && m_content && watched == m_window->centralWidget())
        m_content->resize(static_cast<QResizeEvent*>(event)->size());
    return QObject::eventFilter(watched, event);
}

// Swaps the central widget without deleting the one taken out: it is kept, hidden, as
// a child of the window, so it lives exactly as long as the window does.
QWidget* ContentCover::setCentral(QWidget* widget) {
    QWidget* previous = m_window->takeCentralWidget();
    if (previous) {
        previous->setParent(m_window);
        previous->hide();
    }
    m_window->setCentralWidget(widget);
    widget->show();
    return previous;
}

} // namespace kith::ui
