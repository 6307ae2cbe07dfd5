#pragma once

#include <QWidget>
#include <chrono>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kith::ui {

// The first time Kith opens a store: choose the PIN or passphrase that unlocks it,
// typed twice. Shown in place of the families, which stay hidden until it is chosen.
class LockSetupPage : public QWidget {
    Q_OBJECT

public:
    explicit LockSetupPage(QWidget* parent = nullptr);

    QLineEdit* secretBox() const { return m_secret; }
    QLineEdit* confirmationBox() const { return m_confirmation; }
    QPushButton* saveButton() const { return m_save; }
    QString message() const;

    // How long Kith waits before locking, to tell the user.
    void setIdleTime(std::chrono::milliseconds idle);
    // Shows why the choice was refused and keeps what was typed, so it can be fixed.
    void showProblem(const QString& problem);
    void reset();

signals:
    void secretChosen(const QString& secret, const QString& confirmation);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void submit();

    QLabel* m_intro = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace kith::ui
