#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace kith::ui {

// What a person types to sign in to the hub's server. The password lives only as long as
// the sync that uses it; it is never stored.
struct SyncCredentials {
    QString serverUrl;
    QString user;
    QString password;
};

// Asks for the server address, user name and password. Remembers the address and the
// user name (QSettings) for next time, never the password.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignInDialog(QWidget* parent = nullptr);

    // A sentence above the fields saying why Kith asks (first sync, sign-in expired,
    // no keychain on this computer).
    void setReason(const QString& text);
    // What went wrong with the last attempt, e.g. a wrong password.
    void setProblem(const QString& text);
    void setServerUrl(const QString& url);
    void setUser(const QString& user);
    // Without a keychain the note under the fields says the password is asked for each time
    // (rather than that the sign-in is kept).
    void setKeychainAvailable(bool available);
    QLabel* passwordNote() const { return m_note; }

    SyncCredentials credentials() const;
    // The first thing wrong with what was typed, naming the field and the fix; empty when
    // everything can be sent.
    QString validationMessage() const;

    QLineEdit* serverField() const { return m_server; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QLabel* problemLabel() const { return m_problem; }

    // The address and user name remembered from the last sign-in (empty at first).
    static QString rememberedServerUrl();
    static QString rememberedUser();

public slots:
    void accept() override;

private:
    QLabel* m_reason = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace kith::ui
