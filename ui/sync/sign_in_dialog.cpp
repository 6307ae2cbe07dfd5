#include "sign_in_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

const QString kServerKey = QStringLiteral("sync/serverUrl");
const QString kUserKey = QStringLiteral("sync/user");

QLabel* wrappingLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent)
    , m_reason(wrappingLabel(this, QStringLiteral("signInReason")))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(wrappingLabel(this, QStringLiteral("signInProblem"))) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to sync"));
    setMinimumWidth(460);

    m_server->setObjectName(QStringLiteral("signInServer"));
    m_server->setPlaceholderText(tr("https://kith.your-council.gov.uk"));
    m_server->setText(rememberedServerUrl());
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_user->setText(rememberedUser());
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reason->setText(tr("Sign in to your hub's server to send your changes and receive "
                         "the families you work with."));
    m_reason->setVisible(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_problem->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server address:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    m_note = wrappingLabel(this, QStringLiteral("signInPasswordNote"));
    m_note->setEnabled(false);
    setKeychainAvailable(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in and sync"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    // Start where there is something to type.
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::setReason(const QString& text) {
    m_reason->setText(text);
}

void SignInDialog::setKeychainAvailable(bool available) {
    m_note->setText(available ? tr("Kith keeps your sign-in in this computer's keychain, never "
                                   "your password.")
                              : tr("Kith will ask for your password each time it syncs, and "
                                   "never keeps it."));
}

void SignInDialog::setProblem(const QString& text) {
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SignInDialog::setServerUrl(const QString& url) {
    m_server->setText(url);
}

void SignInDialog::setUser(const QString& user) {
    m_user->setText(user);
}

SyncCredentials SignInDialog::credentials() const {
    return {m_server->text().trimmed(), m_user->text().trimmed(), m_password->text()};
}

QString SignInDialog::validationMessage() const {
    const SyncCredentials typed = credentials();
    if (typed.serverUrl.isEmpty())
        return tr("Server address: type the address your hub gave you, for example "
                  "https://kith.your-council.gov.uk.");
    const QUrl url(typed.serverUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https" && scheme != u"http") || url.host().isEmpty())
        return tr("Server address: it must start with https:// followed by the server's "
                  "name, for example https://kith.your-council.gov.uk.");
    if (typed.user.isEmpty())
        return tr("User name: type the user name your hub gave you.");
    if (typed.password.isEmpty())
        return tr("Password: type your password.");
    return {};
}

void SignInDialog::accept() {
    const QString problem = validationMessage();
    if (!problem.isEmpty()) {
        setProblem(problem);
        return; // what was typed stays, to be corrected
    }
    QSettings settings;
    settings.setValue(kServerKey, credentials().serverUrl);
    settings.setValue(kUserKey, credentials().user);
    QDialog::accept();
}

QString SignInDialog::rememberedServerUrl() {
    return QSettings().value(kServerKey).toString();
}

QString SignInDialog::rememberedUser() {
    return QSettings().value(kUserKey).toString();
}

} // namespace kith::ui
