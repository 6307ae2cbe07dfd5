#include "token_store.h"

#include <QUrl>

namespace kith::sync {

QString TokenAccount::key() const {
    // QUrl lower-cases the scheme and host; trailing slashes name the same server.
    QUrl url(serverUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    const QString normalised = url.toString(QUrl::FullyEncoded);
    return user.trimmed() + u'@' + normalised;
}

QString TokenStoreText::describe(TokenStoreStatus status) {
    switch (status) {
    case TokenStoreStatus::Ok:
        return {};
    case TokenStoreStatus::NotFound:
        return tr("You have not signed in to this server on this computer yet.");
    case TokenStoreStatus::NoKeychain:
        return tr("This computer has no keychain that Kith can use, so Kith cannot remember "
                  "that you signed in. You will be asked for your password each time you "
                  "sync; it is never written to disk.");
    case TokenStoreStatus::Failed:
        return tr("The keychain did not let Kith keep your sign-in. You will be asked for "
                  "your password when you sync.");
    }
    return {};
}

} // namespace kith::sync
