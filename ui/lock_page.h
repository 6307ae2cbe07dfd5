#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kith::ui {

// What a locked Kith shows: that it is locked, a box for the PIN or passphrase, and
// why the last attempt failed or how long to wait. Nothing about any family.
class LockPage : public QWidget {
    Q_OBJECT

public:
    explicit LockPage(QWidget* parent = nullptr);

    QLineEdit* secretBox() const { return m_secret; }
    QPushButton* unlockButton() const { return m_unlock; }
    QString message() const;
    QString waitMessage() const;

    // Empties the box and the message, ready for a new attempt.
    void reset();
    void showMessage(const QString& message);
    // While `seconds` > 0 the box and button are off; `text` explains the wait (and
    // after it, that the next attempt may be made).
    void setWaiting(qint64 seconds, const QString& text);

signals:
    void unlockRequested(const QString& secret);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void submit();

    QLineEdit* m_secret = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_wait = nullptr;
};

} // namespace kith::ui
