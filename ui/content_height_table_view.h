#pragma once

#include <QTableView>

namespace kith::ui {

// A read-only table that is as tall as its rows, for tables stacked in a scrolling
// page: the page scrolls, the table never hides rows behind its own scroll bar.
class ContentHeightTableView : public QTableView {
    Q_OBJECT

public:
    explicit ContentHeightTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitToContents();
    void fitColumns();
};

} // namespace kith::ui
